package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Get-Mailbox, New-Mailbox (rooms, equipment, shared and user mailboxes), the Set-Mailbox settings rooms and
 * service accounts use, Remove-Mailbox and Get-AcceptedDomain.
 */
final class MailboxCmdlets {
    static final List<String> RECIPIENT_TYPE_DETAILS = List.of("DiscoveryMailbox", "EquipmentMailbox",
            "GroupMailbox", "LegacyMailbox", "LinkedMailbox", "LinkedRoomMailbox", "RoomMailbox",
            "SchedulingMailbox", "SharedMailbox", "TeamMailbox", "UserMailbox");
    private static final String RECIPIENT_TYPE_DETAILS_TYPE =
            "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails";

    private final SecureStrings secureStrings;

    MailboxCmdlets(SecureStrings secureStrings) {
        this.secureStrings = secureStrings;
    }

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
                        Parameter.bool("EnableRoomMailboxAccount"), Parameter.string("RoomMailboxPassword"),
                        Parameter.bool("ResetPasswordOnNextLogon"),
                        Parameter.string("FirstName"), Parameter.string("LastName")),
                Cmdlet.write("Set-Mailbox", this::setMailbox, Parameter.string("Identity").required(),
                        Parameter.string("Name"), Parameter.string("Alias"), Parameter.string("DisplayName"), Parameter.string("Office"),
                        Parameter.integer("ResourceCapacity"), Parameter.bool("HiddenFromAddressListsEnabled"),
                        Parameter.bool("AccountDisabled")),
                Cmdlet.write("Remove-Mailbox", this::removeMailbox, Parameter.string("Identity").required(),
                        Parameter.bool("PermanentlyDelete"), Parameter.bool("Force")),
                Cmdlet.read("Get-AcceptedDomain", this::getAcceptedDomain, Parameter.string("Identity")));
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
                : args.flag("Shared") ? RecipientKind.SharedMailbox : RecipientKind.UserMailbox;
        String userId = args.string("MicrosoftOnlineServicesID");
        String password = null;
        if (kind == RecipientKind.UserMailbox) {
            List<String> missing = new ArrayList<>();
            if (userId == null) {
                missing.add("MicrosoftOnlineServicesID");
            }
            if (!args.has("Password")) {
                missing.add("Password");
            }
            if (!missing.isEmpty()) {
                throw CmdletException.parameterBinding("Cannot process command because of one or more missing "
                        + "mandatory parameters: " + String.join(" ", missing) + ".");
            }
            password = secureStrings.decrypt("Password", args.string("Password"));
        }
        if (kind == RecipientKind.RoomMailbox && args.flag("EnableRoomMailboxAccount")) {
            if (!args.has("RoomMailboxPassword")) {
                throw CmdletException.parameterBinding("Cannot process command because of one or more missing "
                        + "mandatory parameters: RoomMailboxPassword.");
            }
            password = secureStrings.decrypt("RoomMailboxPassword", args.string("RoomMailboxPassword"));
        }
        String address = args.optionalString("PrimarySmtpAddress").orElse(userId);
        Addresses.requireAcceptedDomain(call.tenant(), address);
        if (password != null) {
            PasswordPolicy.require(password, args.optionalString("Alias").orElse(null));
        }
        // Exchange takes a user mailbox's alias from the left side of its sign-in name.
        Recipient mailbox = Recipients.create(call, kind, args.string("Name"), args.optionalString("Alias")
                .orElse(userId != null ? localPart(userId) : null), args.string("DisplayName"), address);
        mailbox.userPrincipalName = userId != null ? userId : mailbox.primarySmtpAddress;
        mailbox.resourceCapacity = args.integer("ResourceCapacity");
        mailbox.accountDisabled = password == null;
        call.tenant().addRecipient(mailbox);
        call.changed();
        return Cmdlet.Result.one(Views.mailbox(call.tenant(), mailbox));
    }

    private Cmdlet.Result setMailbox(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
        boolean changed = rename(call, mailbox);
        if (args.has("DisplayName") && !Objects.equals(mailbox.displayName, args.string("DisplayName"))) {
            Recipients.checkLength("DisplayName", args.string("DisplayName"), 256);
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
        if (args.has("AccountDisabled") && mailbox.accountDisabled() != args.flag("AccountDisabled")) {
            mailbox.accountDisabled = args.flag("AccountDisabled");
            changed = true;
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(mailbox.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    /** Set-Mailbox -Name / -Alias: the same uniqueness and syntax rules as a new recipient. */
    private static boolean rename(CmdletCall call, Recipient mailbox) throws CmdletException {
        String name = call.args().optionalString("Name").orElse(mailbox.name);
        String alias = call.args().optionalString("Alias").orElse(mailbox.alias);
        if (name.equals(mailbox.name) && alias.equals(mailbox.alias)) {
            return false;
        }
        Recipients.checkLength("Name", name, Recipients.MAX_NAME_LENGTH);
        Recipients.checkLength("Alias", alias, Recipients.MAX_NAME_LENGTH);
        Addresses.requireValidAlias(alias);
        Recipient candidate = new Recipient();
        candidate.name = name;
        candidate.alias = alias;
        candidate.primarySmtpAddress = mailbox.primarySmtpAddress;
        Recipients.checkUnique(call.tenant(), candidate, mailbox);
        call.tenant().renameRecipient(mailbox, () -> {
            mailbox.name = name;
            mailbox.alias = alias;
        });
        return true;
    }

    /** Deleting a mailbox deletes its account and calendar with it; the room's bookings are gone. */
    private Cmdlet.Result removeMailbox(CmdletCall call) throws CmdletException {
        Recipient mailbox = call.identity(call.args().string("Identity"), CmdletCall.MAILBOX);
        call.tenant().removeRecipient(mailbox);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result getAcceptedDomain(CmdletCall call) throws CmdletException {
        List<String> domains = Addresses.acceptedDomains(call.tenant());
        if (call.args().has("Identity")) {
            String wanted = call.args().string("Identity");
            domains = domains.stream().filter(d -> d.equalsIgnoreCase(wanted)).toList();
            if (domains.isEmpty()) {
                throw CmdletException.notFound(wanted);
            }
        }
        String initial = call.tenant().organization().initialDomain;
        return Cmdlet.Result.of(domains.stream().map(domain -> Views.acceptedDomain(domain,
                domain.equalsIgnoreCase(initial))).toList());
    }

    private static String localPart(String address) {
        int at = address.indexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /** A Guid for a new object (not from the seed's sequence). */
    static String newGuid() {
        return Seeder.newGuid();
    }
}
