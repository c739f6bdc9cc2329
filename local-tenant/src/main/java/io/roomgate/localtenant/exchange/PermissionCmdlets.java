package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.FolderPermissionEntry;
import io.roomgate.localtenant.tenant.MailboxPermissionEntry;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Mailbox permissions (FullAccess …) and the Calendar folder's permission table. */
final class PermissionCmdlets {
    private static final List<String> MAILBOX_RIGHTS = List.of("ChangeOwner", "ChangePermission", "DeleteItem",
            "ExternalAccount", "FullAccess", "ReadPermission");
    private static final List<String> INHERITANCE = List.of("None", "All", "Children", "Descendents", "SelfAndChildren");
    private static final List<String> FOLDER_RIGHTS = List.of("None", "Owner", "PublishingEditor", "Editor",
            "PublishingAuthor", "Author", "NonEditingAuthor", "Reviewer", "Contributor", "AvailabilityOnly",
            "LimitedDetails", "CreateItems", "CreateSubfolders", "DeleteAllItems", "DeleteOwnedItems",
            "EditAllItems", "EditOwnedItems", "FolderContact", "FolderOwner", "FolderVisible", "ReadItems");
    private static final List<String> SHARING_FLAGS = List.of("None", "Delegate", "CanViewPrivateItems");
    private static final String FOLDER_RIGHT_TYPE = "Microsoft.Exchange.Management.StoreTasks.MailboxFolderAccessRight";
    private static final String SELF = "NT AUTHORITY\\SELF";
    private static final String ALREADY_IN_TABLE =
            "Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException";
    private static final String NOT_IN_TABLE =
            "Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException";

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-MailboxPermission", this::getMailboxPermission, Parameter.string("Identity").required(),
                        Parameter.string("User"), Parameter.bool("Owner")),
                Cmdlet.write("Add-MailboxPermission", this::addMailboxPermission, Parameter.string("Identity").required(),
                        Parameter.string("User").required(),
                        Parameter.enumerations("AccessRights", "Microsoft.Exchange.Management.RecipientTasks.MailboxRights",
                                MAILBOX_RIGHTS).required(),
                        Parameter.enumeration("InheritanceType",
                                "System.DirectoryServices.ActiveDirectorySecurityInheritance", INHERITANCE),
                        Parameter.bool("AutoMapping"), Parameter.bool("Deny")),
                Cmdlet.write("Remove-MailboxPermission", this::removeMailboxPermission,
                        Parameter.string("Identity").required(), Parameter.string("User").required(),
                        Parameter.enumerations("AccessRights", "Microsoft.Exchange.Management.RecipientTasks.MailboxRights",
                                MAILBOX_RIGHTS).required(),
                        Parameter.enumeration("InheritanceType",
                                "System.DirectoryServices.ActiveDirectorySecurityInheritance", INHERITANCE),
                        Parameter.bool("Deny"), Parameter.bool("BypassMasterAccountSid")),
                Cmdlet.read("Get-MailboxFolderPermission", this::getFolderPermission,
                        Parameter.string("Identity").required(), Parameter.string("User")),
                Cmdlet.write("Add-MailboxFolderPermission", this::addFolderPermission, folderParameters()),
                Cmdlet.write("Set-MailboxFolderPermission", this::setFolderPermission, folderParameters()),
                Cmdlet.write("Remove-MailboxFolderPermission", this::removeFolderPermission,
                        Parameter.string("Identity").required(), Parameter.string("User").required(),
                        Parameter.bool("SendNotificationToUser"), Parameter.bool("Force")));
    }

    private static Parameter[] folderParameters() {
        return new Parameter[] {Parameter.string("Identity").required(), Parameter.string("User").required(),
                Parameter.enumerations("AccessRights", FOLDER_RIGHT_TYPE, FOLDER_RIGHTS).required(),
                Parameter.enumerations("SharingPermissionFlags",
                        "Microsoft.Exchange.Data.Storage.Management.MailboxFolderPermissionFlags", SHARING_FLAGS),
                Parameter.bool("SendNotificationToUser")};
    }

    // ---- mailbox permissions

    private static String trusteeName(Recipient user) {
        return user.userPrincipalName != null ? user.userPrincipalName : user.name;
    }

    private static Map<String, Object> mailboxRow(Recipient mailbox, String user, List<String> rights, boolean deny,
                                                  String inheritance) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Identity", mailbox.name);
        row.put("User", user);
        row.put("AccessRights", String.join(", ", rights));
        row.put("IsInherited", false);
        row.put("Deny", deny);
        row.put("InheritanceType", inheritance);
        return row;
    }

    private Cmdlet.Result getMailboxPermission(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Recipient mailbox = call.identity(call.args().string("Identity"), CmdletCall.MAILBOX);
        Recipient onlyUser = call.args().has("User") ? call.reference(call.args().string("User")) : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        if (onlyUser == null) {
            rows.add(mailboxRow(mailbox, SELF, List.of("FullAccess", "ReadPermission"), false, "All"));
        }
        for (MailboxPermissionEntry entry : Optional.ofNullable(mailbox.mailboxPermissions).orElse(List.of())) {
            if (onlyUser != null && !onlyUser.guid.equals(entry.userGuid)) {
                continue;
            }
            String user = tenant.recipientByGuid(entry.userGuid).map(PermissionCmdlets::trusteeName).orElse(entry.userGuid);
            rows.add(mailboxRow(mailbox, user, entry.accessRights, entry.deny, entry.inheritanceType));
        }
        return Cmdlet.Result.of(rows);
    }

    private static Optional<MailboxPermissionEntry> entry(Recipient mailbox, Recipient user, boolean deny) {
        return mailbox.mailboxPermissionEntries().stream()
                .filter(e -> e.userGuid.equals(user.guid) && e.deny == deny).findFirst();
    }

    private Cmdlet.Result addMailboxPermission(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
        Recipient user = call.reference(args.string("User"));
        boolean deny = args.flag("Deny");
        String inheritance = args.optionalString("InheritanceType").orElse("All");
        boolean autoMapping = args.bool("AutoMapping") == null || args.flag("AutoMapping");
        Optional<MailboxPermissionEntry> existing = entry(mailbox, user, deny);
        MailboxPermissionEntry entry = existing.orElseGet(() -> {
            MailboxPermissionEntry added = new MailboxPermissionEntry(user.guid, List.of(), inheritance, deny,
                    autoMapping);
            mailbox.mailboxPermissionEntries().add(added);
            return added;
        });
        Set<String> rights = new LinkedHashSet<>(entry.accessRights);
        boolean grew = rights.addAll(args.strings("AccessRights"));
        if (grew || existing.isEmpty()) {
            entry.accessRights = new ArrayList<>(rights);
            entry.inheritanceType = inheritance;
            call.changed();
        }
        return Cmdlet.Result.one(mailboxRow(mailbox, trusteeName(user), entry.accessRights, deny, inheritance));
    }

    private Cmdlet.Result removeMailboxPermission(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient mailbox = call.identity(args.string("Identity"), CmdletCall.MAILBOX);
        Recipient user = call.reference(args.string("User"));
        Optional<MailboxPermissionEntry> existing = entry(mailbox, user, args.flag("Deny"));
        List<String> rights = args.strings("AccessRights");
        if (existing.isEmpty() || existing.get().accessRights.stream().noneMatch(rights::contains)) {
            return Cmdlet.Result.warning("Can't remove the access control entry on the object \""
                    + call.tenant().distinguishedName(mailbox) + "\" for the user account because the ACE doesn't "
                    + "exist on the object.");
        }
        MailboxPermissionEntry entry = existing.get();
        entry.accessRights = new ArrayList<>(entry.accessRights);
        entry.accessRights.removeAll(rights);
        if (entry.accessRights.isEmpty()) {
            mailbox.mailboxPermissions.remove(entry);
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    // ---- folder permissions

    /** {@code mailbox:\Calendar}: the mailbox, and the folder (only the Calendar is modelled). */
    private static Recipient calendarOf(CmdletCall call, String identity) throws CmdletException {
        int separator = identity.lastIndexOf(":\\");
        if (separator < 0) {
            throw CmdletException.notFound(identity);
        }
        String folder = identity.substring(separator + 2);
        if (!folder.equalsIgnoreCase("Calendar")) {
            throw CmdletException.notFound(identity);
        }
        return call.identity(identity.substring(0, separator), CmdletCall.MAILBOX);
    }

    private static String folderUser(CmdletCall call, String user) throws CmdletException {
        if (user.equalsIgnoreCase(FolderPermissionEntry.DEFAULT_USER)) {
            return FolderPermissionEntry.DEFAULT_USER;
        }
        if (user.equalsIgnoreCase(FolderPermissionEntry.ANONYMOUS_USER)) {
            return FolderPermissionEntry.ANONYMOUS_USER;
        }
        return call.reference(user).guid;
    }

    private static String folderUserName(Tenant tenant, String user) {
        return tenant.recipientByGuid(user).map(r -> r.displayName).orElse(user);
    }

    private static Map<String, Object> folderRow(Tenant tenant, Recipient mailbox, FolderPermissionEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Identity", mailbox.alias + ":\\Calendar");
        row.put("FolderName", "Calendar");
        row.put("User", folderUserName(tenant, entry.user));
        row.put("AccessRights", entry.accessRights);
        row.put("SharingPermissionFlags", entry.sharingPermissionFlags.isEmpty() ? null
                : String.join(", ", entry.sharingPermissionFlags));
        return row;
    }

    private static Optional<FolderPermissionEntry> folderEntry(List<FolderPermissionEntry> table, String user) {
        return table.stream().filter(e -> e.user.equalsIgnoreCase(user)).findFirst();
    }

    private static CmdletException notInTable(String user) {
        return CmdletException.task(NOT_IN_TABLE, "There is no existing permission entry found for user: " + user + ".");
    }

    private Cmdlet.Result getFolderPermission(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Recipient mailbox = calendarOf(call, call.args().string("Identity"));
        List<FolderPermissionEntry> table = mailbox.calendarPermissionsView();
        if (call.args().has("User")) {
            String user = folderUser(call, call.args().string("User"));
            FolderPermissionEntry entry = folderEntry(table, user)
                    .orElseThrow(() -> notInTable(call.args().string("User")));
            return Cmdlet.Result.one(folderRow(tenant, mailbox, entry));
        }
        return Cmdlet.Result.of(table.stream().map(e -> folderRow(tenant, mailbox, e)).toList());
    }

    private static List<String> sharingFlags(Arguments args, List<String> rights) throws CmdletException {
        List<String> flags = new ArrayList<>(args.strings("SharingPermissionFlags"));
        flags.remove("None");
        if (flags.isEmpty()) {
            return flags;
        }
        if (!rights.equals(List.of("Editor"))) {
            throw CmdletException.task("Microsoft.Exchange.Management.StoreTasks.InvalidSharingPermissionFlagsException",
                    "SharingPermissionFlags can be set only together with the Editor access right.");
        }
        if (flags.contains("CanViewPrivateItems") && !flags.contains("Delegate")) {
            throw CmdletException.task("Microsoft.Exchange.Management.StoreTasks.InvalidSharingPermissionFlagsException",
                    "CanViewPrivateItems can be set only together with Delegate.");
        }
        return flags;
    }

    private Cmdlet.Result addFolderPermission(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Recipient mailbox = calendarOf(call, call.args().string("Identity"));
        String user = folderUser(call, call.args().string("User"));
        List<String> rights = call.args().strings("AccessRights");
        List<String> flags = sharingFlags(call.args(), rights);
        if (folderEntry(mailbox.calendarPermissionsView(), user).isPresent()) {
            throw CmdletException.task(ALREADY_IN_TABLE, "An existing permission entry was found for user: "
                    + folderUserName(tenant, user) + ".");
        }
        FolderPermissionEntry entry = new FolderPermissionEntry(user, rights, flags);
        mailbox.calendarPermissionEntries().add(entry);
        call.changed();
        return Cmdlet.Result.one(folderRow(tenant, mailbox, entry));
    }

    private Cmdlet.Result setFolderPermission(CmdletCall call) throws CmdletException {
        Recipient mailbox = calendarOf(call, call.args().string("Identity"));
        String user = folderUser(call, call.args().string("User"));
        List<String> rights = call.args().strings("AccessRights");
        List<String> flags = sharingFlags(call.args(), rights);
        FolderPermissionEntry existing = folderEntry(mailbox.calendarPermissionsView(), user)
                .orElseThrow(() -> notInTable(call.args().string("User")));
        if (existing.accessRights.equals(rights) && existing.sharingPermissionFlags.equals(flags)) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(mailbox.alias + ":\\Calendar"));
        }
        FolderPermissionEntry entry = folderEntry(mailbox.calendarPermissionEntries(), user).orElseThrow();
        entry.accessRights = new ArrayList<>(rights);
        entry.sharingPermissionFlags = new ArrayList<>(flags);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result removeFolderPermission(CmdletCall call) throws CmdletException {
        Recipient mailbox = calendarOf(call, call.args().string("Identity"));
        String user = folderUser(call, call.args().string("User"));
        if (folderEntry(mailbox.calendarPermissionsView(), user).isEmpty()) {
            throw notInTable(call.args().string("User"));
        }
        mailbox.calendarPermissionEntries().removeIf(e -> e.user.equalsIgnoreCase(user));
        call.changed();
        return Cmdlet.Result.none();
    }
}
