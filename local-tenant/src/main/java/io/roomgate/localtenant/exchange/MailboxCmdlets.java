package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** Get-Mailbox, New-Mailbox (rooms, equipment, shared) and the few Set-Mailbox settings rooms use. */
final class MailboxCmdlets {
    static final List<String> RECIPIENT_TYPE_DETAILS = List.of("DiscoveryMailbox", "EquipmentMailbox",
            "GroupMailbox", "LegacyMailbox", "LinkedMailbox", "LinkedRoomMailbox", "RoomMailbox",
            "SchedulingMailbox", "SharedMailbox", "TeamMailbox", "UserMailbox");
    private static final String RECIPIENT_TYPE_DETAILS_TYPE =
            "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails";

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-Mailbox", this::getMailbox, Parameter.string("Identity"),
                        Parameter.enumerations("RecipientTypeDetails", RECIPIENT_TYPE_DETAILS_TYPE,
                                RECIPIENT_TYPE_DETAILS),
                        Parameter.string("Filter"), Parameter.resultSize(), Parameter.string("Anr"),
                        Parameter.bool("IncludeSoftDeletedRecipients"), Parameter.string("OrganizationalUnit")),
                Cmdlet.write("New-Mailbox", this::newMailbox, Parameter.string("Name").required(),
                        Parameter.string("Alias"), Parameter.string("DisplayName"),
                        Parameter.string("PrimarySmtpAddress"), Parameter.bool("Room"), Parameter.bool("Equipment"),
                        Parameter.bool("Shared"), Parameter.integer("ResourceCapacity"),
                        Parameter.string("MicrosoftOnlineServicesID"), Parameter.string("Password"),
                        Parameter.string("FirstName"), Parameter.string("LastName")),
                Cmdlet.write("Set-Mailbox", this::setMailbox, Parameter.string("Identity").required(),
                        Parameter.string("DisplayName"), Parameter.string("Office"),
                        Parameter.integer("ResourceCapacity"), Parameter.bool("HiddenFromAddressListsEnabled")));
    }

    private Cmdlet.Result getMailbox(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Tenant tenant = call.tenant();
        if (args.has("Identity")) {
            Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
            return Cmdlet.Result.one(Views.mailbox(tenant, mailbox));
        }
        Predicate<Recipient> matches = Listing.recipientQuery(call, CmdletCall.MAILBOX);
        return Listing.limited(args, Listing.visible(tenant, matches), r -> Views.mailbox(tenant, r));
    }

    private Cmdlet.Result newMailbox(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        RecipientKind kind = args.flag("Room") ? RecipientKind.RoomMailbox
                : args.flag("Equipment") ? RecipientKind.EquipmentMailbox
                : args.flag("Shared") ? RecipientKind.SharedMailbox : null;
        if (kind == null) {
            throw CmdletException.parameterBinding("Cannot process command because of one or more missing "
                    + "mandatory parameters: MicrosoftOnlineServicesID Password.");
        }
        Recipient mailbox = Recipients.create(call, kind, args.string("Name"), args.string("Alias"),
                args.string("DisplayName"), args.string("PrimarySmtpAddress"));
        mailbox.userPrincipalName = mailbox.primarySmtpAddress;
        mailbox.resourceCapacity = args.integer("ResourceCapacity");
        call.tenant().addRecipient(mailbox);
        call.changed();
        return Cmdlet.Result.one(Views.mailbox(call.tenant(), mailbox));
    }

    private Cmdlet.Result setMailbox(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
        boolean changed = false;
        if (args.has("DisplayName") && !Objects.equals(mailbox.displayName, args.string("DisplayName"))) {
            mailbox.displayName = args.string("DisplayName");
            changed = true;
        }
        if (args.has("Office") && !Objects.equals(mailbox.office, args.string("Office"))) {
            mailbox.office = args.string("Office");
            changed = true;
        }
        if (args.has("ResourceCapacity") && !Objects.equals(mailbox.resourceCapacity, args.integer("ResourceCapacity"))) {
            mailbox.resourceCapacity = args.integer("ResourceCapacity");
            changed = true;
        }
        if (args.has("HiddenFromAddressListsEnabled")
                && mailbox.hiddenFromAddressListsEnabled != args.flag("HiddenFromAddressListsEnabled")) {
            mailbox.hiddenFromAddressListsEnabled = args.flag("HiddenFromAddressListsEnabled");
            changed = true;
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(mailbox.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    /** A Guid for a new object (not from the seed's sequence). */
    static String newGuid() {
        return Seeder.newGuid();
    }
}
