package io.roomgate.exchange;

import com.google.gson.JsonObject;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.roomgate.exchange.ExchangeException.Kind;

/**
 * {@link ExchangeAdmin} over a {@link CmdletInvoker}: each operation builds one cmdlet and maps its output to a
 * record. What this class adds on top of the invoker is what only a typed operation can know: which object a lost
 * create would have made (so it looks it up instead of duplicating it), and which names refer to objects it just
 * created (so their "not found" is waited out as replication lag).
 */
public final class ExchangeAdminClient implements ExchangeAdmin {
    private static final System.Logger LOG = System.getLogger("io.roomgate.exchange");

    private final CmdletInvoker invoker;
    private final ReplicationWindow recentlyCreated;
    private final Duration retryBaseDelay;
    private final ExchangeRetryStrategy replays;

    /** Typed operations over {@code invoker}, with the replication wait and the retry budget of {@code options}. */
    public ExchangeAdminClient(CmdletInvoker invoker, ExchangeClientOptions options) {
        this.invoker = invoker;
        this.recentlyCreated = new ReplicationWindow(options.replicationWait(), Clock.systemUTC());
        this.retryBaseDelay = options.retryBaseDelay();
        this.replays = ExchangeRetryStrategy.forWrites(options);
    }

    /** The production client: azure-identity credential, azure-core pipeline, limits and retries from the options. */
    public static ExchangeAdminClient connect(ExchangeClientOptions options) {
        return new ExchangeAdminClient(InvokeCommandClient.create(options), options);
    }

    // ---- groups ----

    @Override
    public Optional<DistributionGroup> findDistributionGroup(String identity) {
        return find(Cmdlet.named("Get-DistributionGroup").with("Identity", identity).build(), DistributionGroup.class);
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
        return create(cmdlet, DistributionGroup.class, () -> findDistributionGroup(group.name()),
                created -> new String[]{group.name(), group.alias(), group.primarySmtpAddress(), created.guid(),
                        created.identity(), created.distinguishedName(), created.primarySmtpAddress()});
    }

    @Override
    public Warnings setDistributionGroup(String identity, DistributionGroupChanges changes) {
        if (changes.isEmpty()) {
            return Warnings.none();
        }
        return call(Cmdlet.named("Set-DistributionGroup")
                .with("Identity", identity)
                .with("Name", changes.name())
                .with("DisplayName", changes.displayName())
                .with("PrimarySmtpAddress", changes.primarySmtpAddress())
                .with("ManagedBy", changes.owners())
                .with("HiddenFromAddressListsEnabled", changes.hiddenFromAddressListsEnabled())
                .withSwitch("BypassSecurityGroupManagerCheck")
                .build()).warnings();
    }

    @Override
    public Warnings removeDistributionGroup(String identity) {
        return remove(Cmdlet.named("Remove-DistributionGroup").with("Identity", identity)
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
        return add(Cmdlet.named("Add-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch("BypassSecurityGroupManagerCheck").build());
    }

    @Override
    public Warnings removeDistributionGroupMember(String group, String member) {
        return remove(Cmdlet.named("Remove-DistributionGroupMember").with("Identity", group).with("Member", member)
                .withSwitch("BypassSecurityGroupManagerCheck").withoutConfirmation().build());
    }

    @Override
    public Warnings replaceDistributionGroupMembers(String group, List<String> members) {
        return call(Cmdlet.named("Update-DistributionGroupMember").with("Identity", group)
                .with("Members", members).withSwitch("BypassSecurityGroupManagerCheck").withoutConfirmation()
                .build()).warnings();
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
        return create(cmdlet, ApplicationAccessPolicy.class, () -> {
                    Set<String> scopeGroup = scopeGroupIdentifiers(policy.policyScopeGroupId());
                    return listApplicationAccessPolicies().stream()
                            .filter(existing -> policy.appId().equalsIgnoreCase(existing.appId()))
                            .filter(existing -> policy.accessRight().equalsIgnoreCase(existing.accessRight()))
                            .filter(existing -> Stream.of(existing.scopeName(), existing.scopeIdentity(),
                                            existing.scopeGroupObjectId())
                                    .filter(Objects::nonNull).map(ExchangeAdminClient::lower)
                                    .anyMatch(scopeGroup::contains))
                            .findFirst();
                },
                created -> new String[]{created.identity()});
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
        return call(Cmdlet.named("Set-ApplicationAccessPolicy").with("Identity", identity)
                .with("Description", description).build()).warnings();
    }

    @Override
    public Warnings removeApplicationAccessPolicy(String identity) {
        return remove(Cmdlet.named("Remove-ApplicationAccessPolicy").with("Identity", identity)
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
        return find(Cmdlet.named("Get-ServicePrincipal").with("Identity", identity).build(), ServicePrincipal.class);
    }

    @Override
    public ServicePrincipal newServicePrincipal(String appId, String objectId, String displayName) {
        Cmdlet cmdlet = Cmdlet.named("New-ServicePrincipal").with("AppId", appId).with("ObjectId", objectId)
                .with("DisplayName", displayName).build();
        return create(cmdlet, ServicePrincipal.class, () -> findServicePrincipal(objectId),
                created -> new String[]{appId, objectId, displayName, created.identity()});
    }

    @Override
    public Warnings setServicePrincipalDisplayName(String identity, String displayName) {
        return call(Cmdlet.named("Set-ServicePrincipal").with("Identity", identity).with("DisplayName", displayName)
                .build()).warnings();
    }

    @Override
    public Warnings removeServicePrincipal(String identity) {
        return remove(Cmdlet.named("Remove-ServicePrincipal").with("Identity", identity).withoutConfirmation().build());
    }

    // ---- management scopes ----

    @Override
    public Optional<ManagementScope> findManagementScope(String name) {
        return find(Cmdlet.named("Get-ManagementScope").with("Identity", name).build(), ManagementScope.class);
    }

    @Override
    public ManagementScope newManagementScope(String name, String recipientRestrictionFilter) {
        Cmdlet cmdlet = Cmdlet.named("New-ManagementScope").with("Name", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build();
        return create(cmdlet, ManagementScope.class, () -> findManagementScope(name),
                created -> new String[]{name, created.identity()});
    }

    @Override
    public Warnings setManagementScopeFilter(String name, String recipientRestrictionFilter) {
        return call(Cmdlet.named("Set-ManagementScope").with("Identity", name)
                .with("RecipientRestrictionFilter", recipientRestrictionFilter).build()).warnings();
    }

    @Override
    public Warnings removeManagementScope(String name) {
        return remove(Cmdlet.named("Remove-ManagementScope").with("Identity", name).withoutConfirmation().build());
    }

    // ---- management role assignments ----

    @Override
    public Optional<ManagementRoleAssignment> findManagementRoleAssignment(String name) {
        return find(Cmdlet.named("Get-ManagementRoleAssignment").with("Identity", name).build(),
                ManagementRoleAssignment.class);
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
        return create(cmdlet, ManagementRoleAssignment.class, () -> findManagementRoleAssignment(assignment.name()),
                created -> new String[]{assignment.name(), created.identity()});
    }

    @Override
    public Warnings setManagementRoleAssignmentScope(String name, String customResourceScope) {
        return call(Cmdlet.named("Set-ManagementRoleAssignment").with("Identity", name)
                .with("CustomResourceScope", customResourceScope).build()).warnings();
    }

    @Override
    public Warnings removeManagementRoleAssignment(String name) {
        return remove(Cmdlet.named("Remove-ManagementRoleAssignment").with("Identity", name).withoutConfirmation()
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
        return call(cmdlet).warnings();
    }

    // ---- mailbox permissions ----

    @Override
    public List<MailboxPermission> getMailboxPermissions(String mailbox, String user) {
        return RecordMapper.mapAll(call(Cmdlet.named("Get-MailboxPermission").with("Identity", mailbox)
                .with("User", user).boundTo(mailbox).build()).values(), MailboxPermission.class);
    }

    @Override
    public Warnings addMailboxPermission(NewMailboxPermission permission) {
        return add(Cmdlet.named("Add-MailboxPermission")
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
        Cmdlet cmdlet = Cmdlet.named("Remove-MailboxPermission")
                .with("Identity", mailbox)
                .with("User", user)
                .with("AccessRights", accessRights)
                .with("InheritanceType", inheritanceType)
                .withoutConfirmation()
                .boundTo(mailbox)
                .build();
        // Exchange reports a missing ACE on this cmdlet as a warning, not an error.
        return remove(cmdlet, () -> {
            Warnings warnings = call(cmdlet).warnings();
            if (warnings.mention("ACE doesn't exist") || warnings.mention("ACE does not exist")) {
                throw new ExchangeException(Kind.PERMISSION_ENTRY_NOT_FOUND, cmdlet.name(),
                        cmdlet.name() + " on '" + mailbox + "': " + user + " holds no such permission entry ("
                                + String.join(" ", warnings.messages()) + ")");
            }
            return warnings;
        });
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
        return add(folderPermission("Add-MailboxFolderPermission", grant));
    }

    @Override
    public Warnings setMailboxFolderPermission(FolderPermissionGrant grant) {
        return call(folderPermission("Set-MailboxFolderPermission", grant)).warnings();
    }

    @Override
    public Warnings removeMailboxFolderPermission(String folder, String user) {
        return remove(Cmdlet.named("Remove-MailboxFolderPermission").with("Identity", folder).with("User", user)
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

    /** One cmdlet; a "not found" that names an object this client just created is waited out as replication lag. */
    private CmdletResult call(Cmdlet cmdlet) {
        Duration delay = retryBaseDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return invoker.invoke(cmdlet);
            } catch (ExchangeException failure) {
                if (!failure.is(Kind.NOT_FOUND)) {
                    throw failure;
                }
                Optional<Instant> deadline = recentlyCreated.lagDeadline(cmdlet);
                Instant wakeUp = Instant.now().plus(delay);
                if (deadline.isEmpty() || wakeUp.isAfter(deadline.get())) {
                    throw failure;
                }
                int tried = attempt;
                LOG.log(Level.INFO, () -> cmdlet.name() + " found no '" + cmdlet.identity() + "' " + tried
                        + " time(s) right after it was created; waiting for Exchange to replicate it");
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(Duration.ofSeconds(15)) > 0 ? Duration.ofSeconds(15)
                        : delay.multipliedBy(2);
            }
        }
    }

    private <T> Optional<T> find(Cmdlet cmdlet, Class<T> type) {
        return listOrNone(cmdlet, type).stream().findFirst();
    }

    /** For reads where Exchange's "not found" means "there are none"; any other failure is still thrown. */
    private <T> List<T> listOrNone(Cmdlet cmdlet, Class<T> type) {
        try {
            return RecordMapper.mapAll(call(cmdlet).values(), type);
        } catch (ExchangeException failure) {
            if (failure.is(Kind.NOT_FOUND)) {
                return List.of();
            }
            throw failure;
        }
    }

    /**
     * A create that never duplicates: while its outcome is unknown, look the object up before each replay and adopt
     * it when there; on "already exists" to a replay, adopt what an earlier attempt made.
     */
    private <T> T create(Cmdlet cmdlet, Class<T> type, Supplier<Optional<T>> lookup, Function<T, String[]> names) {
        T created = settle(cmdlet, "looking the object up first",
                () -> createdObject(call(cmdlet), type, lookup, cmdlet),
                () -> lookup.get().orElseGet(() -> {
                    try {
                        return createdObject(call(cmdlet), type, lookup, cmdlet);
                    } catch (ExchangeException replay) {
                        if (!replay.is(Kind.ALREADY_EXISTS)) {
                            throw replay;
                        }
                        // An earlier attempt landed but was not visible yet: wait for it under its requested names.
                        recentlyCreated.remember(requestedNames(cmdlet));
                        return lookup.get().orElseThrow(() -> replay);
                    }
                }));
        recentlyCreated.remember(names.apply(created));
        return created;
    }

    private <T> T createdObject(CmdletResult result, Class<T> type, Supplier<Optional<T>> lookup, Cmdlet cmdlet) {
        if (result.single() != null) {
            return RecordMapper.map(result.single(), type);
        }
        // Some creates answer with no object; read it back (under its requested names, so lag is waited out).
        recentlyCreated.remember(requestedNames(cmdlet));
        return lookup.get().orElseThrow(() -> new ExchangeException(Kind.FAILED, cmdlet.name(), cmdlet.name()
                + " succeeded but the new object could not be read back; run again to adopt it."));
    }

    private static String[] requestedNames(Cmdlet cmdlet) {
        return java.util.stream.Stream.of("Name", "Alias", "PrimarySmtpAddress", "ObjectId", "AppId", "Identity")
                .map(cmdlet.parameters()::get)
                .filter(value -> value instanceof String)
                .map(String.class::cast)
                .toArray(String[]::new);
    }

    /** An add whose outcome is unknown is sent again; "already a member/entry" then means an earlier one landed. */
    private Warnings add(Cmdlet cmdlet) {
        Supplier<Warnings> attempt = () -> call(cmdlet).warnings();
        return settle(cmdlet, "'already there' will then mean an earlier attempt landed", attempt,
                () -> replayed(cmdlet, attempt, ExchangeException::meansPresent, "already there"));
    }

    private Warnings remove(Cmdlet cmdlet) {
        return remove(cmdlet, () -> call(cmdlet).warnings());
    }

    /** A removal whose outcome is unknown is sent again; "not found / not a member" then means an earlier one landed. */
    private Warnings remove(Cmdlet cmdlet, Supplier<Warnings> attempt) {
        Warnings warnings = settle(cmdlet, "'not found' will then mean an earlier attempt landed", attempt, () -> {
            // An earlier attempt may have landed: from now on "not found" means done, not replication lag.
            recentlyCreated.forget(cmdlet.identity());
            return replayed(cmdlet, attempt, ExchangeException::meansAbsent, "already gone");
        });
        recentlyCreated.forget(cmdlet.identity());
        return warnings;
    }

    /** A replay of an idempotent write: an answer saying its effect is already there means an earlier attempt landed. */
    private static Warnings replayed(Cmdlet cmdlet, Supplier<Warnings> attempt, Predicate<ExchangeException> landed,
                                     String state) {
        try {
            return attempt.get();
        } catch (ExchangeException replay) {
            if (!landed.test(replay)) {
                throw replay;
            }
            LOG.log(Level.INFO, () -> what(cmdlet) + ": " + state + " when sent again, so an earlier attempt landed");
            return Warnings.none();
        }
    }

    /**
     * Runs {@code first}; while the write's outcome is unknown (a 5xx or a lost response after the request left),
     * waits the client's back-off and runs {@code replay}, at most {@code maxRetries} times. Each replay decides what
     * Exchange's answer means for an operation that may already have landed (a removal's "not found" is done).
     */
    private <T> T settle(Cmdlet cmdlet, String replaying, Supplier<T> first, Supplier<T> replay) {
        ExchangeException unknown;
        try {
            return first.get();
        } catch (ExchangeException failure) {
            if (!failure.is(Kind.OUTCOME_UNKNOWN)) {
                throw failure;
            }
            unknown = failure;
        }
        long started = System.nanoTime();
        int budget = replays.getMaxRetries();
        for (int replayed = 0; replayed < budget; replayed++) {
            Duration delay = replays.calculateRetryDelay(replayed);
            ExchangeException last = unknown;
            int next = replayed + 1;
            LOG.log(Level.INFO, () -> what(cmdlet) + ": outcome unknown (" + answer(last) + "); replay " + next
                    + " of " + budget + " in " + delay.toMillis() + " ms (" + replaying + ")");
            if (!pause(delay)) {
                // Stopped while the write's outcome is unknown: say so, not that nothing changed.
                throw unknown;
            }
            try {
                return replay.get();
            } catch (ExchangeException failure) {
                if (!failure.is(Kind.OUTCOME_UNKNOWN)) {
                    throw failure;
                }
                unknown = failure;
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        throw new ExchangeException(Kind.OUTCOME_UNKNOWN, cmdlet.name(), unknown.httpStatus(),
                unknown.exchangeErrorType(), List.of(), unknown.requestId(), what(cmdlet) + " was sent "
                + (budget + 1) + " times over " + seconds + " s and its outcome stayed unknown every time (last: "
                + answer(unknown) + "), so it may or may not have taken effect. Wait until Exchange Online answers"
                + " again (Service health in the Microsoft 365 admin center), then run again: the next run looks at"
                + " what is there before writing.", unknown);
    }

    /** How Exchange answered a write whose outcome is unknown, in the attempt log's words. */
    private static String answer(ExchangeException unknown) {
        return (unknown.httpStatus() == 0 ? "no response" : "HTTP " + unknown.httpStatus())
                + (unknown.requestId() == null ? "" : ", request id " + unknown.requestId());
    }

    private static String what(Cmdlet cmdlet) {
        Object named = cmdlet.identity() != null ? cmdlet.identity() : cmdlet.parameters().get("Name");
        return cmdlet.name() + (named == null ? "" : " on '" + named + "'");
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

    private static void sleep(Duration delay) {
        if (!pause(delay)) {
            throw new ExchangeException(Kind.TRANSIENT, null, "Interrupted while waiting for Exchange to replicate.");
        }
    }

    /** Waits {@code delay}; false when interrupted (the thread keeps its interrupt for the caller to see). */
    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
