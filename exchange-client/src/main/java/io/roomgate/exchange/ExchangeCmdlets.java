package io.roomgate.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cmdlet the typed operations send, as Exchange wants it on the wire: its parameters, switches, the answer to
 * the removal prompt and the mailbox it is routed to. {@link ExchangeAdminClient} decides what to do with the answers.
 */
final class ExchangeCmdlets {
    private static final String BYPASS_MANAGER_CHECK = "BypassSecurityGroupManagerCheck";

    private ExchangeCmdlets() {}

    // ---- groups and membership

    static Cmdlet getDistributionGroup(String identity) {
        return Cmdlet.named("Get-DistributionGroup").with("Identity", identity).build();
    }

    static Cmdlet newSecurityGroup(NewSecurityGroup group) {
        return Cmdlet.named("New-DistributionGroup")
                .with("Name", group.name())
                .with("Alias", group.alias())
                .with("DisplayName", group.displayName())
                .with("PrimarySmtpAddress", group.primarySmtpAddress())
                .with("Type", "Security")
                .with("ManagedBy", group.owners().isEmpty() ? null : group.owners())
                .with("Members", group.members().isEmpty() ? null : group.members())
                .withSwitch("IgnoreNamingPolicy")
                .build();
    }

    static Cmdlet setDistributionGroup(String identity, DistributionGroupChanges changes) {
        return Cmdlet.named("Set-DistributionGroup")
                .with("Identity", identity)
                .with("Name", changes.name())
                .with("DisplayName", changes.displayName())
                .with("PrimarySmtpAddress", changes.primarySmtpAddress())
                .with("ManagedBy", changes.owners())
                .with("HiddenFromAddressListsEnabled", changes.hiddenFromAddressListsEnabled())
                .withSwitch(BYPASS_MANAGER_CHECK)
                .build();
    }

    static Cmdlet removeDistributionGroup(String identity) {
        return Cmdlet.named("Remove-DistributionGroup").with("Identity", identity).withSwitch(BYPASS_MANAGER_CHECK)
                .withoutConfirmation().build();
    }

    static Cmdlet getDistributionGroupMembers(String group) {
        return Cmdlet.named("Get-DistributionGroupMember").with("Identity", group).with("ResultSize", "Unlimited")
                .build();
    }

    static Cmdlet addDistributionGroupMember(String group, String member) {
        return Cmdlet.named("Add-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch(BYPASS_MANAGER_CHECK).build();
    }

    static Cmdlet removeDistributionGroupMember(String group, String member) {
        return Cmdlet.named("Remove-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch(BYPASS_MANAGER_CHECK).withoutConfirmation().build();
    }

    static Cmdlet updateDistributionGroupMembers(String group, List<String> members) {
        return Cmdlet.named("Update-DistributionGroupMember").with("Identity", group).with("Members", members)
                .withSwitch(BYPASS_MANAGER_CHECK).withoutConfirmation().build();
    }

    // ---- application access policies

    static Cmdlet getApplicationAccessPolicies() {
        return Cmdlet.named("Get-ApplicationAccessPolicy").build();
    }

    static Cmdlet newApplicationAccessPolicy(NewApplicationAccessPolicy policy) {
        return Cmdlet.named("New-ApplicationAccessPolicy")
                .with("AppId", List.of(policy.appId()))
                .with("PolicyScopeGroupId", policy.policyScopeGroupId())
                .with("AccessRight", policy.accessRight())
                .with("Description", policy.description())
                .build();
    }

    static Cmdlet setApplicationAccessPolicyDescription(String identity, String description) {
        return Cmdlet.named("Set-ApplicationAccessPolicy").with("Identity", identity).with("Description", description)
                .build();
    }

    static Cmdlet removeApplicationAccessPolicy(String identity) {
        return Cmdlet.named("Remove-ApplicationAccessPolicy").with("Identity", identity).withoutConfirmation().build();
    }

    static Cmdlet testApplicationAccessPolicy(String mailbox, String appId) {
        return Cmdlet.named("Test-ApplicationAccessPolicy").with("Identity", mailbox).with("AppId", appId).build();
    }

    // ---- RBAC for Applications

    static Cmdlet getServicePrincipal(String identity) {
        return Cmdlet.named("Get-ServicePrincipal").with("Identity", identity).build();
    }

    static Cmdlet newServicePrincipal(String appId, String objectId, String displayName) {
        return Cmdlet.named("New-ServicePrincipal").with("AppId", appId).with("ObjectId", objectId)
                .with("DisplayName", displayName).build();
    }

    static Cmdlet setServicePrincipalDisplayName(String identity, String displayName) {
        return Cmdlet.named("Set-ServicePrincipal").with("Identity", identity).with("DisplayName", displayName).build();
    }

    static Cmdlet removeServicePrincipal(String identity) {
        return Cmdlet.named("Remove-ServicePrincipal").with("Identity", identity).withoutConfirmation().build();
    }

    static Cmdlet getManagementScope(String name) {
        return Cmdlet.named("Get-ManagementScope").with("Identity", name).build();
    }

    static Cmdlet newManagementScope(String name, String recipientRestrictionFilter) {
        return Cmdlet.named("New-ManagementScope").with("Name", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build();
    }

    static Cmdlet setManagementScopeFilter(String name, String recipientRestrictionFilter) {
        return Cmdlet.named("Set-ManagementScope").with("Identity", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build();
    }

    static Cmdlet removeManagementScope(String name) {
        return Cmdlet.named("Remove-ManagementScope").with("Identity", name).withoutConfirmation().build();
    }

    static Cmdlet getManagementRoleAssignment(String name) {
        return Cmdlet.named("Get-ManagementRoleAssignment").with("Identity", name).build();
    }

    static Cmdlet getManagementRoleAssignmentsFor(String app) {
        return Cmdlet.named("Get-ManagementRoleAssignment").with("RoleAssignee", app).build();
    }

    static Cmdlet newManagementRoleAssignment(NewManagementRoleAssignment assignment) {
        return Cmdlet.named("New-ManagementRoleAssignment")
                .with("Name", assignment.name())
                .with("Role", assignment.role())
                .with("App", assignment.app())
                .with("CustomResourceScope", assignment.customResourceScope())
                .build();
    }

    static Cmdlet setManagementRoleAssignmentScope(String name, String customResourceScope) {
        return Cmdlet.named("Set-ManagementRoleAssignment").with("Identity", name)
                .with("CustomResourceScope", customResourceScope).build();
    }

    static Cmdlet removeManagementRoleAssignment(String name) {
        return Cmdlet.named("Remove-ManagementRoleAssignment").with("Identity", name).withoutConfirmation().build();
    }

    static Cmdlet testServicePrincipalAuthorization(String servicePrincipal, String mailbox) {
        return Cmdlet.named("Test-ServicePrincipalAuthorization").with("Identity", servicePrincipal)
                .with("Resource", mailbox).build();
    }

    // ---- calendar processing

    static Cmdlet getCalendarProcessing(String room) {
        return Cmdlet.named("Get-CalendarProcessing").with("Identity", room).boundTo(room).build();
    }

    /** Only the settings that are set; with none, the cmdlet has its {@code Identity} alone. */
    static Cmdlet setCalendarProcessing(String room, CalendarProcessingSettings settings) {
        return Cmdlet.named("Set-CalendarProcessing")
                .with("Identity", room)
                .with("AutomateProcessing", settings.automateProcessing())
                .with("AddOrganizerToSubject", settings.addOrganizerToSubject())
                .with("DeleteSubject", settings.deleteSubject())
                .with("DeleteComments", settings.deleteComments())
                .with("RemovePrivateProperty", settings.removePrivateProperty())
                .with("DeleteAttachments", settings.deleteAttachments())
                .with("DeleteNonCalendarItems", settings.deleteNonCalendarItems())
                .with("ProcessExternalMeetingMessages", settings.processExternalMeetingMessages())
                .with("AllowConflicts", settings.allowConflicts())
                .with("AllowRecurringMeetings", settings.allowRecurringMeetings())
                .with("BookingWindowInDays", settings.bookingWindowInDays())
                .with("MaximumDurationInMinutes", settings.maximumDurationInMinutes())
                .with("ResourceDelegates", settings.resourceDelegates())
                .boundTo(room)
                .build();
    }

    // ---- mailbox and folder permissions

    static Cmdlet getMailboxPermissions(String mailbox, String user) {
        return Cmdlet.named("Get-MailboxPermission").with("Identity", mailbox).with("User", user).boundTo(mailbox)
                .build();
    }

    static Cmdlet addMailboxPermission(NewMailboxPermission permission) {
        return Cmdlet.named("Add-MailboxPermission")
                .with("Identity", permission.mailbox())
                .with("User", permission.user())
                .with("AccessRights", permission.accessRights())
                .with("InheritanceType", permission.inheritanceType())
                .with("AutoMapping", permission.autoMapping())
                .boundTo(permission.mailbox())
                .build();
    }

    static Cmdlet removeMailboxPermission(String mailbox, String user, List<String> accessRights,
                                          String inheritanceType) {
        return Cmdlet.named("Remove-MailboxPermission")
                .with("Identity", mailbox)
                .with("User", user)
                .with("AccessRights", accessRights)
                .with("InheritanceType", inheritanceType)
                .withoutConfirmation()
                .boundTo(mailbox)
                .build();
    }

    static Cmdlet getMailboxFolderPermission(String folder, String user) {
        return Cmdlet.named("Get-MailboxFolderPermission").with("Identity", folder).with("User", user)
                .boundTo(mailboxOf(folder)).build();
    }

    /** {@code Add-} or {@code Set-MailboxFolderPermission} of a grant. */
    static Cmdlet folderPermission(String cmdlet, FolderPermissionGrant grant) {
        return Cmdlet.named(cmdlet)
                .with("Identity", grant.folder())
                .with("User", grant.user())
                .with("AccessRights", grant.accessRights())
                .with("SharingPermissionFlags", grant.sharingPermissionFlags().isEmpty() ? null
                        : String.join(",", grant.sharingPermissionFlags()))
                .boundTo(mailboxOf(grant.folder()))
                .build();
    }

    static Cmdlet removeMailboxFolderPermission(String folder, String user) {
        return Cmdlet.named("Remove-MailboxFolderPermission").with("Identity", folder).with("User", user)
                .withoutConfirmation().boundTo(mailboxOf(folder)).build();
    }

    // ---- mailboxes

    static Cmdlet getMailbox(String identity) {
        return Cmdlet.named("Get-Mailbox").with("Identity", identity).boundTo(addressOrNull(identity)).build();
    }

    /** Room mailboxes matching the query's filter and building (its room list is applied to the answer). */
    static Cmdlet getRoomMailboxes(RoomQuery query) {
        List<String> clauses = new ArrayList<>();
        if (query.filter() != null && !query.filter().isBlank()) {
            clauses.add("(" + query.filter() + ")");
        }
        if (query.building() != null && !query.building().isBlank()) {
            clauses.add("(Office -eq '" + query.building().replace("'", "''") + "')");
        }
        return Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", "RoomMailbox")
                .with("Filter", clauses.isEmpty() ? null : String.join(" -and ", clauses))
                .with("ResultSize", "Unlimited")
                .build();
    }

    // ---- room mailboxes, room lists and service accounts

    static Cmdlet newRoomMailbox(NewRoomMailbox room) {
        return Cmdlet.named("New-Mailbox")
                .with("Name", room.name())
                .with("Alias", room.alias())
                .with("DisplayName", room.displayName())
                .with("PrimarySmtpAddress", room.primarySmtpAddress())
                .with("ResourceCapacity", room.resourceCapacity())
                .withSwitch("Room")
                .build();
    }

    /** {@code encryptedPassword}: the SecureString as the admin API takes it (see {@link PasswordEncryption}). */
    static Cmdlet newUserMailbox(NewUserMailbox mailbox, String encryptedPassword) {
        return Cmdlet.named("New-Mailbox")
                .with("Name", mailbox.name())
                .with("Alias", mailbox.alias())
                .with("DisplayName", mailbox.displayName())
                .with("MicrosoftOnlineServicesID", mailbox.address())
                .with("PrimarySmtpAddress", mailbox.address())
                .with("Password", encryptedPassword)
                .build();
    }

    static Cmdlet setMailbox(String identity, MailboxChanges changes) {
        return Cmdlet.named("Set-Mailbox").with("Identity", identity)
                .with("Name", changes.name())
                .with("Alias", changes.alias())
                .with("DisplayName", changes.displayName())
                .with("AccountDisabled", changes.accountDisabled())
                .boundTo(addressOrNull(identity)).build();
    }

    static Cmdlet removeMailbox(String identity) {
        return Cmdlet.named("Remove-Mailbox").with("Identity", identity).withoutConfirmation()
                .boundTo(addressOrNull(identity)).build();
    }

    static Cmdlet getPlace(String room) {
        return Cmdlet.named("Get-Place").with("Identity", room).boundTo(addressOrNull(room)).build();
    }

    static Cmdlet setPlace(String room, PlaceSettings settings) {
        return Cmdlet.named("Set-Place")
                .with("Identity", room)
                .with("Building", settings.building())
                .with("Floor", settings.floor())
                .with("FloorLabel", settings.floorLabel())
                .with("Label", settings.label())
                .with("Capacity", settings.capacity())
                .with("Street", settings.street())
                .with("City", settings.city())
                .with("State", settings.state())
                .with("PostalCode", settings.postalCode())
                .with("CountryOrRegion", settings.countryOrRegion())
                .with("Phone", settings.phone())
                .with("Tags", settings.tags())
                .with("IsWheelChairAccessible", settings.isWheelChairAccessible())
                .with("AudioDeviceName", settings.audioDeviceName())
                .with("VideoDeviceName", settings.videoDeviceName())
                .with("DisplayDeviceName", settings.displayDeviceName())
                .boundTo(addressOrNull(room))
                .build();
    }

    static Cmdlet newRoomList(NewRoomList list) {
        return Cmdlet.named("New-DistributionGroup")
                .with("Name", list.name())
                .with("Alias", list.alias())
                .with("DisplayName", list.displayName())
                .with("PrimarySmtpAddress", list.primarySmtpAddress())
                .with("Members", list.members().isEmpty() ? null : list.members())
                .withSwitch("RoomList")
                .withSwitch("IgnoreNamingPolicy")
                .build();
    }

    static Cmdlet getAcceptedDomains() {
        return Cmdlet.named("Get-AcceptedDomain").build();
    }

    private static String mailboxOf(String folder) {
        int separator = folder.indexOf(":\\");
        return addressOrNull(separator < 0 ? folder : folder.substring(0, separator));
    }

    /** Route by mailbox only when the identity is an address; names and GUIDs go to the organisation anchor. */
    private static String addressOrNull(String identity) {
        return identity != null && identity.contains("@") && !identity.contains(" ") ? identity : null;
    }
}
