package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** Mail-enabled security groups, distribution groups and room lists, and their membership. */
final class GroupCmdlets {
    private static final List<String> GROUP_TYPES = List.of("Distribution", "Security");
    private static final List<String> RESTRICTIONS = List.of("Open", "Closed", "ApprovalRequired");
    private static final List<String> GROUP_TYPE_DETAILS = List.of("MailNonUniversalGroup",
            "MailUniversalDistributionGroup", "MailUniversalSecurityGroup", "RoomList");
    private static final String GROUP_MANAGER_EXCEPTION =
            "Microsoft.Exchange.Configuration.Tasks.OperationRequiresGroupManagerException";
    private static final String BYPASS = "BypassSecurityGroupManagerCheck";

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-DistributionGroup", this::getGroup, Parameter.string("Identity"),
                        Parameter.enumerations("RecipientTypeDetails",
                                "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails", GROUP_TYPE_DETAILS),
                        Parameter.string("Filter"), Parameter.resultSize(), Parameter.string("Anr")),
                Cmdlet.write("New-DistributionGroup", this::newGroup, Parameter.string("Name").required(),
                        Parameter.string("Alias"), Parameter.string("DisplayName"),
                        Parameter.string("PrimarySmtpAddress"),
                        Parameter.enumeration("Type", "Microsoft.Exchange.Management.RecipientTasks.GroupType",
                                GROUP_TYPES),
                        Parameter.strings("Members"), Parameter.strings("ManagedBy"),
                        Parameter.bool("IgnoreNamingPolicy"), Parameter.bool("RoomList"),
                        Parameter.bool("CopyOwnerToMember"), Parameter.string("Notes"),
                        Parameter.string("OrganizationalUnit"), Parameter.bool("ModerationEnabled"),
                        Parameter.bool("RequireSenderAuthenticationEnabled"),
                        Parameter.enumeration("MemberJoinRestriction",
                                "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType", RESTRICTIONS),
                        Parameter.enumeration("MemberDepartRestriction",
                                "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType", RESTRICTIONS)),
                Cmdlet.write("Set-DistributionGroup", this::setGroup, Parameter.string("Identity").required(),
                        Parameter.string("Name"), Parameter.string("Alias"), Parameter.string("DisplayName"),
                        Parameter.string("PrimarySmtpAddress"), Parameter.multiValued("ManagedBy"),
                        Parameter.bool("HiddenFromAddressListsEnabled"),
                        Parameter.bool("RequireSenderAuthenticationEnabled"), Parameter.bool(BYPASS),
                        Parameter.bool("IgnoreNamingPolicy"),
                        Parameter.enumeration("MemberJoinRestriction",
                                "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType", RESTRICTIONS),
                        Parameter.enumeration("MemberDepartRestriction",
                                "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType", RESTRICTIONS)),
                Cmdlet.write("Remove-DistributionGroup", this::removeGroup, Parameter.string("Identity").required(),
                        Parameter.bool(BYPASS)),
                Cmdlet.read("Get-DistributionGroupMember", this::getMembers, Parameter.string("Identity").required(),
                        Parameter.resultSize(), Parameter.bool("IncludeSoftDeletedObjects")),
                Cmdlet.write("Add-DistributionGroupMember", this::addMember, Parameter.string("Identity").required(),
                        Parameter.string("Member").required(), Parameter.bool(BYPASS)),
                Cmdlet.write("Remove-DistributionGroupMember", this::removeMember,
                        Parameter.string("Identity").required(), Parameter.string("Member").required(),
                        Parameter.bool(BYPASS)),
                Cmdlet.write("Update-DistributionGroupMember", this::updateMembers,
                        Parameter.string("Identity").required(), Parameter.strings("Members").required(),
                        Parameter.bool(BYPASS)));
    }

    private Cmdlet.Result getGroup(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Tenant tenant = call.tenant();
        if (args.has("Identity")) {
            return Cmdlet.Result.one(Views.group(tenant, call.identity(args.string("Identity"), CmdletCall.GROUP)));
        }
        Predicate<Recipient> matches = Listing.recipientQuery(call, CmdletCall.GROUP);
        return Listing.limited(args, Listing.visible(tenant, matches), r -> Views.group(tenant, r));
    }

    private Cmdlet.Result newGroup(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        RecipientKind kind = args.flag("RoomList") ? RecipientKind.RoomList
                : "Security".equals(args.string("Type")) ? RecipientKind.MailUniversalSecurityGroup
                : RecipientKind.MailUniversalDistributionGroup;
        if (kind == RecipientKind.RoomList) {
            Addresses.requireAcceptedDomain(call.tenant(), args.string("PrimarySmtpAddress"));
        }
        Recipient group = Recipients.create(call, kind, args.string("Name"), args.string("Alias"),
                args.string("DisplayName"), args.string("PrimarySmtpAddress"));
        group.notes = args.string("Notes");
        if (args.has("RequireSenderAuthenticationEnabled")) {
            group.requireSenderAuthenticationEnabled = args.flag("RequireSenderAuthenticationEnabled");
        }
        for (String owner : args.strings("ManagedBy")) {
            group.managedBy.add(call.reference(owner).guid);
        }
        Set<String> members = new LinkedHashSet<>();
        for (String member : args.strings("Members")) {
            members.add(memberOf(group, call.reference(member)).guid);
        }
        if (args.flag("CopyOwnerToMember")) {
            members.addAll(group.managedBy);
        }
        group.members.addAll(members);
        call.tenant().addRecipient(group);
        call.changed();
        return Cmdlet.Result.one(Views.group(call.tenant(), group));
    }

    /** Apps are never a group's managers: changing a security group needs the bypass switch. */
    private static void requireManagerOrBypass(CmdletCall call, Recipient group) throws CmdletException {
        if (group.kind == RecipientKind.MailUniversalSecurityGroup && !call.args().flag(BYPASS)) {
            throw CmdletException.task(GROUP_MANAGER_EXCEPTION, "You don't have sufficient permissions. This "
                    + "operation can only be performed by a manager of the group.");
        }
    }

    private Cmdlet.Result setGroup(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Tenant tenant = call.tenant();
        Recipient group = call.identity(args.string("Identity"), CmdletCall.GROUP);
        requireManagerOrBypass(call, group);
        String name = args.optionalString("Name").orElse(group.name);
        String alias = args.optionalString("Alias").orElse(group.alias);
        String address = args.optionalString("PrimarySmtpAddress").orElse(group.primarySmtpAddress);
        Recipients.checkLength("Name", name, Recipients.MAX_NAME_LENGTH);
        Recipients.checkLength("Alias", alias, Recipients.MAX_NAME_LENGTH);
        boolean changed = false;
        if (!name.equals(group.name) || !alias.equals(group.alias) || !address.equalsIgnoreCase(group.primarySmtpAddress)) {
            Recipient candidate = new Recipient();
            candidate.name = name;
            candidate.alias = alias;
            candidate.primarySmtpAddress = address;
            Recipients.checkUnique(tenant, candidate, group);
            tenant.renameRecipient(group, () -> {
                if (!address.equalsIgnoreCase(group.primarySmtpAddress)) {
                    group.secondaryAddresses.add(group.primarySmtpAddress);
                    group.secondaryAddresses.removeIf(a -> a.equalsIgnoreCase(address));
                }
                group.name = name;
                group.alias = alias;
                group.primarySmtpAddress = address;
            });
            changed = true;
        }
        if (args.has("DisplayName") && !args.string("DisplayName").equals(group.displayName)) {
            Recipients.checkLength("DisplayName", args.string("DisplayName"), 256);
            group.displayName = args.string("DisplayName");
            changed = true;
        }
        if (args.has("HiddenFromAddressListsEnabled")
                && group.hiddenFromAddressListsEnabled != args.flag("HiddenFromAddressListsEnabled")) {
            group.hiddenFromAddressListsEnabled = args.flag("HiddenFromAddressListsEnabled");
            changed = true;
        }
        if (args.has("RequireSenderAuthenticationEnabled")
                && group.requireSenderAuthenticationEnabled != args.flag("RequireSenderAuthenticationEnabled")) {
            group.requireSenderAuthenticationEnabled = args.flag("RequireSenderAuthenticationEnabled");
            changed = true;
        }
        if (args.has("ManagedBy")) {
            List<String> owners = edit(call, group.managedBy, args.multiValue("ManagedBy"));
            if (!owners.equals(group.managedBy)) {
                group.managedBy = owners;
                changed = true;
            }
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(group.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    private static List<String> edit(CmdletCall call, List<String> current, Arguments.MultiValue edit)
            throws CmdletException {
        LinkedHashSet<String> result = new LinkedHashSet<>(edit.isReplacement() ? List.of() : current);
        if (edit.isReplacement()) {
            for (String identity : edit.replace()) {
                result.add(call.reference(identity).guid);
            }
        }
        for (String identity : edit.add()) {
            result.add(call.reference(identity).guid);
        }
        for (String identity : edit.remove()) {
            result.remove(call.reference(identity).guid);
        }
        return new ArrayList<>(result);
    }

    private Cmdlet.Result removeGroup(CmdletCall call) throws CmdletException {
        Recipient group = call.identity(call.args().string("Identity"), CmdletCall.GROUP);
        requireManagerOrBypass(call, group);
        call.tenant().removeRecipient(group);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result getMembers(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Recipient group = call.identity(call.args().string("Identity"), CmdletCall.GROUP);
        List<Recipient> members = group.members.stream().map(tenant::recipientByGuid)
                .flatMap(java.util.Optional::stream).toList();
        return Listing.limited(call.args(), members, r -> Views.recipient(tenant, r));
    }

    /** A room list holds rooms only; any other recipient is refused. */
    private static Recipient memberOf(Recipient group, Recipient member) throws CmdletException {
        if (group.kind == RecipientKind.RoomList && member.kind != RecipientKind.RoomMailbox) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.RecipientTaskException",
                    "The recipient \"" + member.name + "\" can't be added to the room list \"" + group.name
                            + "\". Only room mailboxes can be members of a room list.");
        }
        return member;
    }

    private Cmdlet.Result addMember(CmdletCall call) throws CmdletException {
        Recipient group = call.identity(call.args().string("Identity"), CmdletCall.GROUP);
        Recipient member = memberOf(group, call.reference(call.args().string("Member")));
        requireManagerOrBypass(call, group);
        if (group.members.contains(member.guid)) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException",
                    "The recipient \"" + member.name + "\" is already a member of the group \"" + group.name + "\".");
        }
        if (member == group) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.RecipientTaskException",
                    "The group \"" + group.name + "\" can't be a member of itself.");
        }
        group.members.add(member.guid);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result removeMember(CmdletCall call) throws CmdletException {
        Recipient group = call.identity(call.args().string("Identity"), CmdletCall.GROUP);
        Recipient member = call.reference(call.args().string("Member"));
        requireManagerOrBypass(call, group);
        if (!group.members.remove(member.guid)) {
            throw CmdletException.task("Microsoft.Exchange.Management.Tasks.MemberNotFoundException",
                    "The recipient \"" + member.name + "\" isn't a member of the group \"" + group.name + "\".");
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result updateMembers(CmdletCall call) throws CmdletException {
        Recipient group = call.identity(call.args().string("Identity"), CmdletCall.GROUP);
        requireManagerOrBypass(call, group);
        LinkedHashSet<String> members = new LinkedHashSet<>();
        for (String identity : call.args().strings("Members")) {
            members.add(memberOf(group, call.reference(identity)).guid);
        }
        if (!Objects.equals(new ArrayList<>(members), group.members)) {
            group.members = new ArrayList<>(members);
            call.changed();
        }
        return Cmdlet.Result.none();
    }
}
