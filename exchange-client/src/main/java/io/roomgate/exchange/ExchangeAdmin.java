package io.roomgate.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The Exchange Online admin operations roomgate needs, one method per cmdlet use, over plain records.
 *
 * <p>Contract shared by every method:
 * <ul>
 *   <li>A {@code find*} returns {@link Optional#empty()} only when Exchange clearly said "not found"; any other
 *       failure (throttled, denied, transient) is thrown, never read as "gone" (DESIGN rule 4).</li>
 *   <li>Other methods throw {@link ExchangeException}; its {@link ExchangeException#kind()} says whether the object
 *       was absent ({@link ExchangeException#meansAbsent()}), already there ({@link ExchangeException#meansPresent()})
 *       or the call may pass later ({@link ExchangeException#mayPass()}).</li>
 *   <li>{@code new*} methods whose response was lost look the object up themselves and return it when the create
 *       took effect; they throw {@link ExchangeException.Kind#OUTCOME_UNKNOWN} only when that cannot be settled.</li>
 *   <li>Writes return the {@code @adminapi.warnings} Exchange attached ({@link Warnings}).</li>
 *   <li>Throttling, retries, paging, routing headers and the per-tenant concurrency bound are handled inside.</li>
 * </ul>
 */
public interface ExchangeAdmin {

    // ---- mail-enabled security groups (New-/Get-/Set-/Remove-DistributionGroup) ----

    /** Get-DistributionGroup -Identity (name, alias, address, DN or GUID). */
    Optional<DistributionGroup> findDistributionGroup(String identity);

    /** New-DistributionGroup -Type Security; throws {@code ALREADY_EXISTS} on a name or address collision. */
    DistributionGroup newSecurityGroup(NewSecurityGroup group);

    /** Set-DistributionGroup with only the non-null fields of {@code changes}; throws {@code NOT_FOUND}. */
    Warnings setDistributionGroup(String identity, DistributionGroupChanges changes);

    /** Remove-DistributionGroup -Confirm:$false; throws {@code NOT_FOUND} when the group is already gone. */
    Warnings removeDistributionGroup(String identity);

    // ---- membership ----

    /** Get-DistributionGroupMember -ResultSize Unlimited, every page followed; throws {@code NOT_FOUND} for the group. */
    List<Recipient> listDistributionGroupMembers(String group);

    /** Add-DistributionGroupMember; throws {@code ALREADY_MEMBER} when it is already a member. */
    Warnings addDistributionGroupMember(String group, String member);

    /** Remove-DistributionGroupMember; throws {@code NOT_MEMBER} when it is not a member. */
    Warnings removeDistributionGroupMember(String group, String member);

    /** Update-DistributionGroupMember: replaces the whole membership with {@code members} (may be empty). */
    Warnings replaceDistributionGroupMembers(String group, List<String> members);

    // ---- application access policies (legacy) ----

    /** Get-ApplicationAccessPolicy; a tenant without policies (Exchange answers "not found") gives an empty list. */
    List<ApplicationAccessPolicy> listApplicationAccessPolicies();

    /** New-ApplicationAccessPolicy. */
    ApplicationAccessPolicy newApplicationAccessPolicy(NewApplicationAccessPolicy policy);

    /** Set-ApplicationAccessPolicy -Description (the only property Exchange lets change in place). */
    Warnings setApplicationAccessPolicyDescription(String identity, String description);

    /** Remove-ApplicationAccessPolicy; throws {@code NOT_FOUND} when it is already gone. */
    Warnings removeApplicationAccessPolicy(String identity);

    /** Test-ApplicationAccessPolicy -Identity mailbox -AppId app. */
    ApplicationAccessCheck testApplicationAccessPolicy(String mailbox, String appId);

    // ---- Exchange service principals (RBAC for Applications) ----

    /** Get-ServicePrincipal -Identity (object id, app id or display name). */
    Optional<ServicePrincipal> findServicePrincipal(String identity);

    /** New-ServicePrincipal -AppId -ObjectId [-DisplayName]; {@code displayName} may be null. */
    ServicePrincipal newServicePrincipal(String appId, String objectId, String displayName);

    /** Set-ServicePrincipal -DisplayName. */
    Warnings setServicePrincipalDisplayName(String identity, String displayName);

    /** Remove-ServicePrincipal; throws {@code NOT_FOUND} when it is already gone. */
    Warnings removeServicePrincipal(String identity);

    // ---- management scopes ----

    /** Get-ManagementScope -Identity name. */
    Optional<ManagementScope> findManagementScope(String name);

    /** New-ManagementScope -Name -RecipientRestrictionFilter. */
    ManagementScope newManagementScope(String name, String recipientRestrictionFilter);

    /** Set-ManagementScope -RecipientRestrictionFilter. */
    Warnings setManagementScopeFilter(String name, String recipientRestrictionFilter);

    /** Remove-ManagementScope; throws {@code NOT_FOUND} when it is already gone. */
    Warnings removeManagementScope(String name);

    // ---- management role assignments ----

    /** Get-ManagementRoleAssignment -Identity name. */
    Optional<ManagementRoleAssignment> findManagementRoleAssignment(String name);

    /** Get-ManagementRoleAssignment -RoleAssignee app (app id, object id or display name of the service principal). */
    List<ManagementRoleAssignment> listManagementRoleAssignmentsForApp(String app);

    /** New-ManagementRoleAssignment -Name -Role -App -CustomResourceScope. */
    ManagementRoleAssignment newManagementRoleAssignment(NewManagementRoleAssignment assignment);

    /** Set-ManagementRoleAssignment -CustomResourceScope. */
    Warnings setManagementRoleAssignmentScope(String name, String customResourceScope);

    /** Remove-ManagementRoleAssignment; throws {@code NOT_FOUND} when it is already gone. */
    Warnings removeManagementRoleAssignment(String name);

    /**
     * Test-ServicePrincipalAuthorization -Identity servicePrincipal [-Resource mailbox]; {@code mailbox} may be null
     * (then every row's {@code inScope} is null). Bypasses Exchange's RBAC cache.
     */
    List<ServicePrincipalAuthorization> testServicePrincipalAuthorization(String servicePrincipal, String mailbox);

    // ---- calendar processing ----

    /** Get-CalendarProcessing -Identity room; throws {@code NOT_FOUND} for an unknown mailbox. */
    CalendarProcessingSettings getCalendarProcessing(String room);

    /** Set-CalendarProcessing with only the non-null settings; nothing is sent when none is set. */
    Warnings setCalendarProcessing(String room, CalendarProcessingSettings settings);

    // ---- mailbox permissions ----

    /** Get-MailboxPermission -Identity mailbox -User user: the user's entries (explicit and inherited), maybe none. */
    List<MailboxPermission> getMailboxPermissions(String mailbox, String user);

    /** Add-MailboxPermission. */
    Warnings addMailboxPermission(NewMailboxPermission permission);

    /**
     * Remove-MailboxPermission -Confirm:$false; throws {@code PERMISSION_ENTRY_NOT_FOUND} when the ACE does not exist
     * (whether Exchange says so as an error or as a warning). {@code inheritanceType} may be null.
     */
    Warnings removeMailboxPermission(String mailbox, String user, List<String> accessRights, String inheritanceType);

    // ---- mailbox folder permissions ----

    /** Get-MailboxFolderPermission -Identity folder -User user; empty when the user has no entry on the folder. */
    Optional<MailboxFolderPermission> findMailboxFolderPermission(String folder, String user);

    /** Add-MailboxFolderPermission; throws {@code PERMISSION_ENTRY_EXISTS} when the user already has an entry. */
    Warnings addMailboxFolderPermission(FolderPermissionGrant grant);

    /** Set-MailboxFolderPermission; throws {@code PERMISSION_ENTRY_NOT_FOUND} when the user has no entry. */
    Warnings setMailboxFolderPermission(FolderPermissionGrant grant);

    /** Remove-MailboxFolderPermission -Confirm:$false; throws {@code PERMISSION_ENTRY_NOT_FOUND} when there is none. */
    Warnings removeMailboxFolderPermission(String folder, String user);

    // ---- mailboxes ----

    /** Get-Mailbox -Identity. */
    Optional<Mailbox> findMailbox(String identity);

    /** Room mailboxes matching every criterion of {@code query}, every page followed, sorted by primary address. */
    List<Mailbox> listRoomMailboxes(RoomQuery query);

    // ---- room mailboxes, room lists and service accounts ----

    /** New-Mailbox -Room: a room whose account cannot sign in; throws {@code ALREADY_EXISTS} on a name or address. */
    Mailbox newRoomMailbox(NewRoomMailbox room);

    /**
     * New-Mailbox -MicrosoftOnlineServicesID -Password: a user mailbox whose account signs in with the password,
     * which is sent encrypted with the configured {@code passwordEncryptionKey} (throws {@code INVALID_PARAMETER}
     * without one).
     */
    Mailbox newUserMailbox(NewUserMailbox mailbox);

    /** Set-Mailbox with only the non-null fields of {@code changes}; throws {@code NOT_FOUND}. */
    Warnings setMailbox(String identity, MailboxChanges changes);

    /** Remove-Mailbox -Confirm:$false: the mailbox, its account and its calendar; {@code NOT_FOUND} when gone. */
    Warnings removeMailbox(String identity);

    /** Get-Place -Identity room; empty when Exchange has no such room. */
    Optional<PlaceSettings> findPlace(String room);

    /** Set-Place with only the non-null fields of {@code settings}; nothing is sent when none is set. */
    Warnings setPlace(String room, PlaceSettings settings);

    /** New-DistributionGroup -RoomList; throws {@code ALREADY_EXISTS} on a name or address collision. */
    DistributionGroup newRoomList(NewRoomList list);

    /** Get-AcceptedDomain: the domains the organisation may give addresses in, lower case. */
    List<String> acceptedDomains();
}
