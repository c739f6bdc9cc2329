package io.roomgate.exchange;

import com.google.gson.JsonObject;

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
    private final String passwordEncryptionKey;

    /** Typed operations over {@code invoker}, with the replication wait and the retry budget of {@code options}. */
    public ExchangeAdminClient(CmdletInvoker invoker, ExchangeClientOptions options) {
        this.exchange = new WriteSettling(invoker, options);
        this.passwordEncryptionKey = options.passwordEncryptionKey();
    }

    /** The production client: azure-identity credential, azure-core pipeline, limits and retries from the options. */
    public static ExchangeAdminClient connect(ExchangeClientOptions options) {
        return new ExchangeAdminClient(InvokeCommandClient.create(options), options);
    }

    // ---- groups ----

    @Override
    public Optional<DistributionGroup> findDistributionGroup(String identity) {
        return find(ExchangeCmdlets.getDistributionGroup(identity), DistributionGroup.class);
    }

    @Override
    public DistributionGroup newSecurityGroup(NewSecurityGroup group) {
        return create(ExchangeCmdlets.newSecurityGroup(group), DistributionGroup.class,
                lookUp(ExchangeCmdlets.getDistributionGroup(group.name())));
    }

    @Override
    public Warnings setDistributionGroup(String identity, DistributionGroupChanges changes) {
        return changes.isEmpty() ? Warnings.none() : write(ExchangeCmdlets.setDistributionGroup(identity, changes));
    }

    @Override
    public Warnings removeDistributionGroup(String identity) {
        return write(ExchangeCmdlets.removeDistributionGroup(identity));
    }

    // ---- membership ----

    @Override
    public List<Recipient> listDistributionGroupMembers(String group) {
        return all(ExchangeCmdlets.getDistributionGroupMembers(group), Recipient.class);
    }

    @Override
    public Warnings addDistributionGroupMember(String group, String member) {
        return write(ExchangeCmdlets.addDistributionGroupMember(group, member));
    }

    @Override
    public Warnings removeDistributionGroupMember(String group, String member) {
        return write(ExchangeCmdlets.removeDistributionGroupMember(group, member));
    }

    @Override
    public Warnings replaceDistributionGroupMembers(String group, List<String> members) {
        return write(ExchangeCmdlets.updateDistributionGroupMembers(group, members));
    }

    // ---- application access policies ----

    @Override
    public List<ApplicationAccessPolicy> listApplicationAccessPolicies() {
        // A tenant that never had a policy answers "object '...\*' couldn't be found".
        return listOrNone(ExchangeCmdlets.getApplicationAccessPolicies(), ApplicationAccessPolicy.class);
    }

    @Override
    public ApplicationAccessPolicy newApplicationAccessPolicy(NewApplicationAccessPolicy policy) {
        return create(ExchangeCmdlets.newApplicationAccessPolicy(policy), ApplicationAccessPolicy.class,
                () -> policyMatching(policy));
    }

    /** The policy a lost {@code New-ApplicationAccessPolicy} would have made: same app, right and scope group. */
    private Optional<JsonObject> policyMatching(NewApplicationAccessPolicy policy) {
        Set<String> scopeGroup = scopeGroupIdentifiers(policy.policyScopeGroupId());
        return objectsOrNone(ExchangeCmdlets.getApplicationAccessPolicies()).stream().filter(object -> {
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
        return write(ExchangeCmdlets.setApplicationAccessPolicyDescription(identity, description));
    }

    @Override
    public Warnings removeApplicationAccessPolicy(String identity) {
        return write(ExchangeCmdlets.removeApplicationAccessPolicy(identity));
    }

    @Override
    public ApplicationAccessCheck testApplicationAccessPolicy(String mailbox, String appId) {
        return single(ExchangeCmdlets.testApplicationAccessPolicy(mailbox, appId), ApplicationAccessCheck.class);
    }

    // ---- service principals ----

    @Override
    public Optional<ServicePrincipal> findServicePrincipal(String identity) {
        return find(ExchangeCmdlets.getServicePrincipal(identity), ServicePrincipal.class);
    }

    @Override
    public ServicePrincipal newServicePrincipal(String appId, String objectId, String displayName) {
        return create(ExchangeCmdlets.newServicePrincipal(appId, objectId, displayName), ServicePrincipal.class,
                lookUp(ExchangeCmdlets.getServicePrincipal(objectId)));
    }

    @Override
    public Warnings setServicePrincipalDisplayName(String identity, String displayName) {
        return write(ExchangeCmdlets.setServicePrincipalDisplayName(identity, displayName));
    }

    @Override
    public Warnings removeServicePrincipal(String identity) {
        return write(ExchangeCmdlets.removeServicePrincipal(identity));
    }

    // ---- management scopes ----

    @Override
    public Optional<ManagementScope> findManagementScope(String name) {
        return find(ExchangeCmdlets.getManagementScope(name), ManagementScope.class);
    }

    @Override
    public ManagementScope newManagementScope(String name, String recipientRestrictionFilter) {
        return create(ExchangeCmdlets.newManagementScope(name, recipientRestrictionFilter), ManagementScope.class,
                lookUp(ExchangeCmdlets.getManagementScope(name)));
    }

    @Override
    public Warnings setManagementScopeFilter(String name, String recipientRestrictionFilter) {
        return write(ExchangeCmdlets.setManagementScopeFilter(name, recipientRestrictionFilter));
    }

    @Override
    public Warnings removeManagementScope(String name) {
        return write(ExchangeCmdlets.removeManagementScope(name));
    }

    // ---- management role assignments ----

    @Override
    public Optional<ManagementRoleAssignment> findManagementRoleAssignment(String name) {
        return find(ExchangeCmdlets.getManagementRoleAssignment(name), ManagementRoleAssignment.class);
    }

    @Override
    public List<ManagementRoleAssignment> listManagementRoleAssignmentsForApp(String app) {
        // An app Exchange has no service principal for holds no assignment.
        return listOrNone(ExchangeCmdlets.getManagementRoleAssignmentsFor(app), ManagementRoleAssignment.class);
    }

    @Override
    public ManagementRoleAssignment newManagementRoleAssignment(NewManagementRoleAssignment assignment) {
        return create(ExchangeCmdlets.newManagementRoleAssignment(assignment), ManagementRoleAssignment.class,
                lookUp(ExchangeCmdlets.getManagementRoleAssignment(assignment.name())));
    }

    @Override
    public Warnings setManagementRoleAssignmentScope(String name, String customResourceScope) {
        return write(ExchangeCmdlets.setManagementRoleAssignmentScope(name, customResourceScope));
    }

    @Override
    public Warnings removeManagementRoleAssignment(String name) {
        return write(ExchangeCmdlets.removeManagementRoleAssignment(name));
    }

    @Override
    public List<ServicePrincipalAuthorization> testServicePrincipalAuthorization(String servicePrincipal,
                                                                               String mailbox) {
        return all(ExchangeCmdlets.testServicePrincipalAuthorization(servicePrincipal, mailbox),
                ServicePrincipalAuthorization.class);
    }

    // ---- calendar processing ----

    @Override
    public CalendarProcessingSettings getCalendarProcessing(String room) {
        return single(ExchangeCmdlets.getCalendarProcessing(room), CalendarProcessingSettings.class);
    }

    @Override
    public Warnings setCalendarProcessing(String room, CalendarProcessingSettings settings) {
        Cmdlet cmdlet = ExchangeCmdlets.setCalendarProcessing(room, settings);
        return cmdlet.parameters().size() == 1 ? Warnings.none() : write(cmdlet);
    }

    // ---- mailbox permissions ----

    @Override
    public List<MailboxPermission> getMailboxPermissions(String mailbox, String user) {
        return all(ExchangeCmdlets.getMailboxPermissions(mailbox, user), MailboxPermission.class);
    }

    @Override
    public Warnings addMailboxPermission(NewMailboxPermission permission) {
        return write(ExchangeCmdlets.addMailboxPermission(permission));
    }

    @Override
    public Warnings removeMailboxPermission(String mailbox, String user, List<String> accessRights,
                                            String inheritanceType) {
        // A missing entry comes back as a warning, which the invoker reports as PERMISSION_ENTRY_NOT_FOUND.
        return write(ExchangeCmdlets.removeMailboxPermission(mailbox, user, accessRights, inheritanceType));
    }

    // ---- mailbox folder permissions ----

    @Override
    public Optional<MailboxFolderPermission> findMailboxFolderPermission(String folder, String user) {
        try {
            return find(ExchangeCmdlets.getMailboxFolderPermission(folder, user), MailboxFolderPermission.class);
        } catch (ExchangeException failure) {
            if (failure.is(Kind.PERMISSION_ENTRY_NOT_FOUND)) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    @Override
    public Warnings addMailboxFolderPermission(FolderPermissionGrant grant) {
        // A Set- in place of a lost Add- would fail with "no existing permission entry" when the Add- never ran.
        return write(ExchangeCmdlets.folderPermission("Add-MailboxFolderPermission", grant));
    }

    @Override
    public Warnings setMailboxFolderPermission(FolderPermissionGrant grant) {
        return write(ExchangeCmdlets.folderPermission("Set-MailboxFolderPermission", grant));
    }

    @Override
    public Warnings removeMailboxFolderPermission(String folder, String user) {
        return write(ExchangeCmdlets.removeMailboxFolderPermission(folder, user));
    }

    // ---- mailboxes ----

    @Override
    public Optional<Mailbox> findMailbox(String identity) {
        return find(ExchangeCmdlets.getMailbox(identity), Mailbox.class);
    }

    @Override
    public List<Mailbox> listRoomMailboxes(RoomQuery query) {
        List<Mailbox> rooms = all(ExchangeCmdlets.getRoomMailboxes(query), Mailbox.class);
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

    // ---- room mailboxes, room lists and service accounts ----

    @Override
    public Mailbox newRoomMailbox(NewRoomMailbox room) {
        String lookup = room.primarySmtpAddress() != null ? room.primarySmtpAddress() : room.alias();
        return create(ExchangeCmdlets.newRoomMailbox(room), Mailbox.class, lookUp(ExchangeCmdlets.getMailbox(lookup)));
    }

    @Override
    public Mailbox newUserMailbox(NewUserMailbox mailbox) {
        if (passwordEncryptionKey == null || passwordEncryptionKey.isBlank()) {
            throw new ExchangeException(Kind.INVALID_PARAMETER, "New-Mailbox", "New-Mailbox for " + mailbox.address()
                    + " needs a password, and the admin API takes one only encrypted with Exchange's public key. Set "
                    + "exchangeonline:passwordEncryptionKey to the <RSAKeyValue> in the module Connect-ExchangeOnline "
                    + "generates, or create the account by hand and adopt it.");
        }
        String encrypted = PasswordEncryption.of(passwordEncryptionKey).encrypt(mailbox.password());
        return create(ExchangeCmdlets.newUserMailbox(mailbox, encrypted), Mailbox.class,
                lookUp(ExchangeCmdlets.getMailbox(mailbox.address())));
    }

    @Override
    public Warnings setMailbox(String identity, MailboxChanges changes) {
        return changes.isEmpty() ? Warnings.none() : write(ExchangeCmdlets.setMailbox(identity, changes));
    }

    @Override
    public Warnings removeMailbox(String identity) {
        return write(ExchangeCmdlets.removeMailbox(identity));
    }

    @Override
    public Optional<PlaceSettings> findPlace(String room) {
        return find(ExchangeCmdlets.getPlace(room), PlaceSettings.class);
    }

    @Override
    public Warnings setPlace(String room, PlaceSettings settings) {
        return settings.isEmpty() ? Warnings.none() : write(ExchangeCmdlets.setPlace(room, settings));
    }

    @Override
    public DistributionGroup newRoomList(NewRoomList list) {
        return create(ExchangeCmdlets.newRoomList(list), DistributionGroup.class,
                lookUp(ExchangeCmdlets.getDistributionGroup(list.name())));
    }

    @Override
    public List<String> acceptedDomains() {
        return call(ExchangeCmdlets.getAcceptedDomains()).values().stream()
                .map(domain -> domain.get("DomainName"))
                .filter(name -> name != null && name.isJsonPrimitive())
                .map(name -> lower(name.getAsString()))
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

    /** The one object a read of one thing must answer. */
    private <T> T single(Cmdlet cmdlet, Class<T> type) {
        JsonObject object = call(cmdlet).single();
        if (object == null) {
            throw new ExchangeException(Kind.FAILED, cmdlet.name(), cmdlet.describe() + " returned no object.");
        }
        return RecordMapper.map(object, type);
    }

    private <T> List<T> all(Cmdlet cmdlet, Class<T> type) {
        return RecordMapper.mapAll(call(cmdlet).values(), type);
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
