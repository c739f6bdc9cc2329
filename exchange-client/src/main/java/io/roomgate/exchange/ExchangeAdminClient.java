package io.roomgate.exchange;

import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.roomgate.exchange.ExchangeException.Kind;

/**
 * {@link ExchangeAdmin} over a {@link CmdletInvoker}: each operation builds one cmdlet and maps its output to a
 * record, and a create names the look-up that finds what it would have made. Settling what Exchange leaves
 * unsettled (lost responses, replays, replication lag) is the {@link WriteSettling} layer around the invoker.
 */
public final class ExchangeAdminClient implements ExchangeAdmin {
    private final WriteSettling exchange;

    /** Typed operations over {@code invoker}, with the replication wait and the retry budget of {@code options}. */
    public ExchangeAdminClient(CmdletInvoker invoker, ExchangeClientOptions options) {
        this.exchange = new WriteSettling(invoker, options);
    }

    /** The production client: azure-identity credential, azure-core pipeline, limits and retries from the options. */
    public static ExchangeAdminClient connect(ExchangeClientOptions options) {
        return new ExchangeAdminClient(InvokeCommandClient.create(options), options);
    }

    // ---- groups ----

    @Override
    public Optional<DistributionGroup> findDistributionGroup(String identity) {
        return find(getDistributionGroup(identity), DistributionGroup.class);
    }

    private static Cmdlet getDistributionGroup(String identity) {
        return Cmdlet.named("Get-DistributionGroup").with("Identity", identity).build();
    }

    @Override
    public DistributionGroup newSecurityGroup(NewSecurityGroup group) {
        Cmdlet cmdlet = Cmdlet.named("New-DistributionGroup")
                .with("Name", group.name())
                .with("Alias", group.alias())
                .with("DisplayName", group.displayName())
                .with("PrimarySmtpAddress", group.primarySmtpAddress())
                .with("Type", "Security")
                .with("ManagedBy", group.owners().isEmpty() ? null : group.owners())
                .with("Members", group.members().isEmpty() ? null : group.members())
                .withSwitch("IgnoreNamingPolicy")
                .build();
        return create(cmdlet, DistributionGroup.class, lookUp(getDistributionGroup(group.name())));
    }

    @Override
    public Warnings setDistributionGroup(String identity, DistributionGroupChanges changes) {
        if (changes.isEmpty()) {
            return Warnings.none();
        }
        return write(Cmdlet.named("Set-DistributionGroup")
                .with("Identity", identity)
                .with("Name", changes.name())
                .with("DisplayName", changes.displayName())
                .with("PrimarySmtpAddress", changes.primarySmtpAddress())
                .with("ManagedBy", changes.owners())
                .with("HiddenFromAddressListsEnabled", changes.hiddenFromAddressListsEnabled())
                .withSwitch("BypassSecurityGroupManagerCheck")
                .build());
    }

    @Override
    public Warnings removeDistributionGroup(String identity) {
        return write(Cmdlet.named("Remove-DistributionGroup").with("Identity", identity)
                .withSwitch("BypassSecurityGroupManagerCheck").withoutConfirmation().build());
    }

    // ---- membership ----

    @Override
    public List<Recipient> listDistributionGroupMembers(String group) {
        return RecordMapper.mapAll(call(Cmdlet.named("Get-DistributionGroupMember").with("Identity", group)
                .with("ResultSize", "Unlimited").build()).values(), Recipient.class);
    }

    @Override
    public Warnings addDistributionGroupMember(String group, String member) {
        return write(Cmdlet.named("Add-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch("BypassSecurityGroupManagerCheck").build());
    }

    @Override
    public Warnings removeDistributionGroupMember(String group, String member) {
        return write(Cmdlet.named("Remove-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch("BypassSecurityGroupManagerCheck").withoutConfirmation().build());
    }

    @Override
    public Warnings replaceDistributionGroupMembers(String group, List<String> members) {
        return write(Cmdlet.named("Update-DistributionGroupMember").with("Identity", group)
                .with("Members", members).withSwitch("BypassSecurityGroupManagerCheck").withoutConfirmation()
                .build());
    }

    // ---- application access policies ----

    @Override
    public List<ApplicationAccessPolicy> listApplicationAccessPolicies() {
        // A tenant that never had a policy answers "object '...\*' couldn't be found".
        return listOrNone(Cmdlet.named("Get-ApplicationAccessPolicy").build(), ApplicationAccessPolicy.class);
    }

    @Override
    public ApplicationAccessPolicy newApplicationAccessPolicy(NewApplicationAccessPolicy policy) {
        Cmdlet cmdlet = Cmdlet.named("New-ApplicationAccessPolicy")
                .with("AppId", List.of(policy.appId()))
                .with("PolicyScopeGroupId", policy.policyScopeGroupId())
                .with("AccessRight", policy.accessRight())
                .with("Description", policy.description())
                .build();
        return create(cmdlet, ApplicationAccessPolicy.class, () -> policyMatching(policy));
    }

    /** The policy a lost {@code New-ApplicationAccessPolicy} would have made: same app, right and scope group. */
    private Optional<JsonObject> policyMatching(NewApplicationAccessPolicy policy) {
        Set<String> scopeGroup = scopeGroupIdentifiers(policy.policyScopeGroupId());
        return objectsOrNone(Cmdlet.named("Get-ApplicationAccessPolicy").build()).stream().filter(object -> {
            ApplicationAccessPolicy existing = RecordMapper.map(object, ApplicationAccessPolicy.class);
            return policy.appId().equalsIgnoreCase(existing.appId())
                    && policy.accessRight().equalsIgnoreCase(existing.accessRight())
                    && Stream.of(existing.scopeName(), existing.scopeIdentity(), existing.scopeGroupObjectId())
                    .filter(Objects::nonNull).map(ExchangeAdminClient::lower).anyMatch(scopeGroup::contains);
        }).findFirst();
    }

    /**
     * Every name a policy may report its scope group by. Callers pass the group's address (or GUID), while
     * Get-ApplicationAccessPolicy reports it by name, display name and Entra object id, so a lost create can only be
     * recognised through the group itself.
     */
    private Set<String> scopeGroupIdentifiers(String scopeGroupIdentity) {
        Set<String> identifiers = new HashSet<>();
        identifiers.add(lower(scopeGroupIdentity));
        findDistributionGroup(scopeGroupIdentity).ifPresent(group -> Stream.of(group.name(), group.displayName(),
                        group.primarySmtpAddress(), group.guid(), group.externalDirectoryObjectId(), group.identity(),
                        group.distinguishedName())
                .filter(Objects::nonNull).map(ExchangeAdminClient::lower).forEach(identifiers::add));
        return identifiers;
    }

    @Override
    public Warnings setApplicationAccessPolicyDescription(String identity, String description) {
        return write(Cmdlet.named("Set-ApplicationAccessPolicy").with("Identity", identity)
                .with("Description", description).build());
    }

    @Override
    public Warnings removeApplicationAccessPolicy(String identity) {
        return write(Cmdlet.named("Remove-ApplicationAccessPolicy").with("Identity", identity)
                .withoutConfirmation().build());
    }

    @Override
    public ApplicationAccessCheck testApplicationAccessPolicy(String mailbox, String appId) {
        CmdletResult result = call(Cmdlet.named("Test-ApplicationAccessPolicy").with("Identity", mailbox)
                .with("AppId", appId).build());
        return RecordMapper.map(single(result, "Test-ApplicationAccessPolicy", mailbox), ApplicationAccessCheck.class);
    }

    // ---- service principals ----

    @Override
    public Optional<ServicePrincipal> findServicePrincipal(String identity) {
        return find(getServicePrincipal(identity), ServicePrincipal.class);
    }

    private static Cmdlet getServicePrincipal(String identity) {
        return Cmdlet.named("Get-ServicePrincipal").with("Identity", identity).build();
    }

    @Override
    public ServicePrincipal newServicePrincipal(String appId, String objectId, String displayName) {
        Cmdlet cmdlet = Cmdlet.named("New-ServicePrincipal").with("AppId", appId).with("ObjectId", objectId)
                .with("DisplayName", displayName).build();
        return create(cmdlet, ServicePrincipal.class, lookUp(getServicePrincipal(objectId)));
    }

    @Override
    public Warnings setServicePrincipalDisplayName(String identity, String displayName) {
        return write(Cmdlet.named("Set-ServicePrincipal").with("Identity", identity).with("DisplayName", displayName)
                .build());
    }

    @Override
    public Warnings removeServicePrincipal(String identity) {
        return write(Cmdlet.named("Remove-ServicePrincipal").with("Identity", identity).withoutConfirmation().build());
    }

    // ---- management scopes ----

    @Override
    public Optional<ManagementScope> findManagementScope(String name) {
        return find(getManagementScope(name), ManagementScope.class);
    }

    private static Cmdlet getManagementScope(String name) {
        return Cmdlet.named("Get-ManagementScope").with("Identity", name).build();
    }

    @Override
    public ManagementScope newManagementScope(String name, String recipientRestrictionFilter) {
        Cmdlet cmdlet = Cmdlet.named("New-ManagementScope").with("Name", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build();
        return create(cmdlet, ManagementScope.class, lookUp(getManagementScope(name)));
    }

    @Override
    public Warnings setManagementScopeFilter(String name, String recipientRestrictionFilter) {
        return write(Cmdlet.named("Set-ManagementScope").with("Identity", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build());
    }

    @Override
    public Warnings removeManagementScope(String name) {
        return write(Cmdlet.named("Remove-ManagementScope").with("Identity", name).withoutConfirmation().build());
    }

    // ---- management role assignments ----

    @Override
    public Optional<ManagementRoleAssignment> findManagementRoleAssignment(String name) {
        return find(getManagementRoleAssignment(name), ManagementRoleAssignment.class);
    }

    private static Cmdlet getManagementRoleAssignment(String name) {
        return Cmdlet.named("Get-ManagementRoleAssignment").with("Identity", name).build();
    }

    @Override
    public List<ManagementRoleAssignment> listManagementRoleAssignmentsForApp(String app) {
        // An app Exchange has no service principal for holds no assignment.
        return listOrNone(Cmdlet.named("Get-ManagementRoleAssignment").with("RoleAssignee", app).build(),
                ManagementRoleAssignment.class);
    }

    @Override
    public ManagementRoleAssignment newManagementRoleAssignment(NewManagementRoleAssignment assignment) {
        Cmdlet cmdlet = Cmdlet.named("New-ManagementRoleAssignment")
                .with("Name", assignment.name())
                .with("Role", assignment.role())
                .with("App", assignment.app())
                .with("CustomResourceScope", assignment.customResourceScope())
                .build();
        return create(cmdlet, ManagementRoleAssignment.class, lookUp(getManagementRoleAssignment(assignment.name())));
    }

    @Override
    public Warnings setManagementRoleAssignmentScope(String name, String customResourceScope) {
        return write(Cmdlet.named("Set-ManagementRoleAssignment").with("Identity", name)
                .with("CustomResourceScope", customResourceScope).build());
    }

    @Override
    public Warnings removeManagementRoleAssignment(String name) {
        return write(Cmdlet.named("Remove-ManagementRoleAssignment").with("Identity", name).withoutConfirmation()
                .build());
    }

    @Override
    public List<ServicePrincipalAuthorization> testServicePrincipalAuthorization(String servicePrincipal,
                                                                               String mailbox) {
        return RecordMapper.mapAll(call(Cmdlet.named("Test-ServicePrincipalAuthorization")
                .with("Identity", servicePrincipal).with("Resource", mailbox).build()).values(),
                ServicePrincipalAuthorization.class);
    }

    // ---- calendar processing ----

    @Override
    public CalendarProcessingSettings getCalendarProcessing(String room) {
        CmdletResult result = call(Cmdlet.named("Get-CalendarProcessing").with("Identity", room).boundTo(room).build());
        return RecordMapper.map(single(result, "Get-CalendarProcessing", room), CalendarProcessingSettings.class);
    }

    @Override
    public Warnings setCalendarProcessing(String room, CalendarProcessingSettings settings) {
        Cmdlet cmdlet = Cmdlet.named("Set-CalendarProcessing")
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
        if (cmdlet.parameters().size() == 1) {
            return Warnings.none();
        }
        return write(cmdlet);
    }

    // ---- mailbox permissions ----

    @Override
    public List<MailboxPermission> getMailboxPermissions(String mailbox, String user) {
        return RecordMapper.mapAll(call(Cmdlet.named("Get-MailboxPermission").with("Identity", mailbox)
                .with("User", user).boundTo(mailbox).build()).values(), MailboxPermission.class);
    }

    @Override
    public Warnings addMailboxPermission(NewMailboxPermission permission) {
        return write(Cmdlet.named("Add-MailboxPermission")
                .with("Identity", permission.mailbox())
                .with("User", permission.user())
                .with("AccessRights", permission.accessRights())
                .with("InheritanceType", permission.inheritanceType())
                .with("AutoMapping", permission.autoMapping())
                .boundTo(permission.mailbox())
                .build());
    }

    @Override
    public Warnings removeMailboxPermission(String mailbox, String user, List<String> accessRights,
                                            String inheritanceType) {
        // A missing entry comes back as a warning, which the invoker reports as PERMISSION_ENTRY_NOT_FOUND.
        return write(Cmdlet.named("Remove-MailboxPermission")
                .with("Identity", mailbox)
                .with("User", user)
                .with("AccessRights", accessRights)
                .with("InheritanceType", inheritanceType)
                .withoutConfirmation()
                .boundTo(mailbox)
                .build());
    }

    // ---- mailbox folder permissions ----

    @Override
    public Optional<MailboxFolderPermission> findMailboxFolderPermission(String folder, String user) {
        try {
            return call(Cmdlet.named("Get-MailboxFolderPermission").with("Identity", folder).with("User", user)
                    .boundTo(mailboxOf(folder)).build()).values().stream()
                    .findFirst().map(object -> RecordMapper.map(object, MailboxFolderPermission.class));
        } catch (ExchangeException failure) {
            if (failure.is(Kind.PERMISSION_ENTRY_NOT_FOUND) || failure.is(Kind.NOT_FOUND)) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    @Override
    public Warnings addMailboxFolderPermission(FolderPermissionGrant grant) {
        // A Set- in place of a lost Add- would fail with "no existing permission entry" when the Add- never ran.
        return write(folderPermission("Add-MailboxFolderPermission", grant));
    }

    @Override
    public Warnings setMailboxFolderPermission(FolderPermissionGrant grant) {
        return write(folderPermission("Set-MailboxFolderPermission", grant));
    }

    @Override
    public Warnings removeMailboxFolderPermission(String folder, String user) {
        return write(Cmdlet.named("Remove-MailboxFolderPermission").with("Identity", folder).with("User", user)
                .withoutConfirmation().boundTo(mailboxOf(folder)).build());
    }

    private static Cmdlet folderPermission(String cmdlet, FolderPermissionGrant grant) {
        return Cmdlet.named(cmdlet)
                .with("Identity", grant.folder())
                .with("User", grant.user())
                .with("AccessRights", grant.accessRights())
                .with("SharingPermissionFlags", grant.sharingPermissionFlags().isEmpty() ? null
                        : String.join(",", grant.sharingPermissionFlags()))
                .boundTo(mailboxOf(grant.folder()))
                .build();
    }

    // ---- mailboxes ----

    @Override
    public Optional<Mailbox> findMailbox(String identity) {
        return find(Cmdlet.named("Get-Mailbox").with("Identity", identity).boundTo(addressOrNull(identity)).build(),
                Mailbox.class);
    }

    @Override
    public List<Mailbox> listRoomMailboxes(RoomQuery query) {
        List<String> clauses = new ArrayList<>();
        if (query.filter() != null && !query.filter().isBlank()) {
            clauses.add("(" + query.filter() + ")");
        }
        if (query.building() != null && !query.building().isBlank()) {
            clauses.add("(Office -eq '" + query.building().replace("'", "''") + "')");
        }
        List<Mailbox> rooms = RecordMapper.mapAll(call(Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", "RoomMailbox")
                .with("Filter", clauses.isEmpty() ? null : String.join(" -and ", clauses))
                .with("ResultSize", "Unlimited")
                .build()).values(), Mailbox.class);
        if (query.roomList() != null && !query.roomList().isBlank()) {
            Set<String> inList = listDistributionGroupMembers(query.roomList()).stream()
                    .flatMap(member -> java.util.stream.Stream.of(member.primarySmtpAddress(), member.guid()))
                    .filter(java.util.Objects::nonNull)
                    .map(ExchangeAdminClient::lower)
                    .collect(Collectors.toSet());
            rooms = rooms.stream()
                    .filter(room -> (room.primarySmtpAddress() != null && inList.contains(lower(room.primarySmtpAddress())))
                            || (room.guid() != null && inList.contains(lower(room.guid()))))
                    .toList();
        }
        return rooms.stream()
                .sorted(Comparator.comparing(room -> lower(room.primarySmtpAddress()),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    // ---- shared plumbing ----

    private CmdletResult call(Cmdlet cmdlet) {
        return exchange.invoke(cmdlet);
    }

    /** A write whose answer is its warnings (adds and removes are settled by the layer below). */
    private Warnings write(Cmdlet cmdlet) {
        return call(cmdlet).warnings();
    }

    private <T> T create(Cmdlet cmdlet, Class<T> type, Supplier<Optional<JsonObject>> lookup) {
        return RecordMapper.map(exchange.create(cmdlet, lookup), type);
    }

    /** The look-up a create names: the first object {@code get} finds, none when Exchange says "not found". */
    private Supplier<Optional<JsonObject>> lookUp(Cmdlet get) {
        return () -> objectsOrNone(get).stream().findFirst();
    }

    private <T> Optional<T> find(Cmdlet cmdlet, Class<T> type) {
        return listOrNone(cmdlet, type).stream().findFirst();
    }

    /** For reads where Exchange's "not found" means "there are none"; any other failure is still thrown. */
    private <T> List<T> listOrNone(Cmdlet cmdlet, Class<T> type) {
        return RecordMapper.mapAll(objectsOrNone(cmdlet), type);
    }

    private List<JsonObject> objectsOrNone(Cmdlet cmdlet) {
        try {
            return call(cmdlet).values();
        } catch (ExchangeException failure) {
            if (failure.is(Kind.NOT_FOUND)) {
                return List.of();
            }
            throw failure;
        }
    }

    private static JsonObject single(CmdletResult result, String cmdlet, String identity) {
        if (result.single() == null) {
            throw new ExchangeException(Kind.FAILED, cmdlet, cmdlet + " on '" + identity + "' returned no object.");
        }
        return result.single();
    }

    private static String mailboxOf(String folder) {
        int separator = folder.indexOf(":\\");
        return addressOrNull(separator < 0 ? folder : folder.substring(0, separator));
    }

    /** Route by mailbox only when the identity is an address; names and GUIDs go to the organisation anchor. */
    private static String addressOrNull(String identity) {
        return identity != null && identity.contains("@") && !identity.contains(" ") ? identity : null;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
