package io.roomgate.localtenant.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The simulated tenant: its state, the indexes Exchange-style identity lookups need, one read/write lock around
 * both, the clock and the change log. Every handler (Exchange today, Graph later) works through
 * {@link #read} and {@link #write} so that the tenant is consistent under concurrent requests.
 */
public final class Tenant {
    private final TenantState state;
    private final SimulatedClock clock;
    private final ChangeLog changeLog = new ChangeLog();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Recipient> recipientsByGuid = new HashMap<>();
    private final Map<String, List<Recipient>> recipientsByKey = new HashMap<>();
    private volatile Runnable onWrite = () -> { };
    private final AccessHistory accessHistory = new AccessHistory();

    public Tenant(TenantState state, SimulatedClock clock) {
        this.state = state;
        this.clock = clock;
        state.recipients.forEach(this::index);
        accessHistory.observe(new TenantAccess(this).currentFacts(), clock.now());
    }

    public <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
            onWrite.run();
        }
    }

    /** Called after every write (persistence hooks here). */
    public void onWrite(Runnable listener) {
        this.onWrite = listener;
    }

    /** The raw state; hold the lock (through {@link #read}/{@link #write}) while using it. */
    public TenantState state() {
        return state;
    }

    public TenantState.Organization organization() {
        return state.organization;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.now();
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    /** Records a committed write in the change log; call inside {@link #write}. */
    public void recordChange(String operation, Map<String, Object> parameters, String callerAppId) {
        Instant now = now();
        changeLog.record(now, operation, parameters, callerAppId);
        accessHistory.observe(new TenantAccess(this).currentFacts(), now);
    }

    AccessHistory accessHistory() {
        return accessHistory;
    }

    // ---- recipients

    public List<Recipient> recipients() {
        return state.recipients;
    }

    public Optional<Recipient> recipientByGuid(String guid) {
        return Optional.ofNullable(guid == null ? null : recipientsByGuid.get(guid.toLowerCase(Locale.ROOT)));
    }

    /**
     * Recipients an identity names, the way Exchange resolves one: Name, Alias, any e-mail address, Guid,
     * Entra object id, user principal name or distinguished name. Objects still replicating are not found.
     */
    public List<Recipient> resolveRecipients(String identity) {
        List<Recipient> matches = recipientsByKey.getOrDefault(key(identity), List.of());
        Instant now = now();
        return matches.stream().filter(r -> r.isVisibleAt(now)).toList();
    }

    /** Like {@link #resolveRecipients} but ignores replication lag: what a uniqueness check sees. */
    public List<Recipient> recipientsClaiming(String identity) {
        return List.copyOf(recipientsByKey.getOrDefault(key(identity), List.of()));
    }

    public void addRecipient(Recipient recipient) {
        state.recipients.add(recipient);
        index(recipient);
    }

    public void removeRecipient(Recipient recipient) {
        unindex(recipient);
        state.recipients.remove(recipient);
        for (Recipient group : state.recipients) {
            if (group.kind.isGroup()) {
                group.members.remove(recipient.guid);
                group.managedBy.remove(recipient.guid);
            }
        }
    }

    /** Changes a recipient's naming properties and keeps the lookup indexes right. */
    public void renameRecipient(Recipient recipient, Runnable change) {
        unindex(recipient);
        change.run();
        index(recipient);
    }

    public String distinguishedName(Recipient recipient) {
        return "CN=" + recipient.name + "," + state.organization.distinguishedNameSuffix();
    }

    /** The groups a recipient is a direct member of. */
    public List<Recipient> groupsOf(Recipient member) {
        List<Recipient> groups = new ArrayList<>();
        for (Recipient recipient : state.recipients) {
            if (recipient.kind.isGroup() && recipient.members.contains(member.guid)) {
                groups.add(recipient);
            }
        }
        return groups;
    }

    private void index(Recipient recipient) {
        recipientsByGuid.put(recipient.guid.toLowerCase(Locale.ROOT), recipient);
        for (String key : keys(recipient)) {
            recipientsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(recipient);
        }
    }

    private void unindex(Recipient recipient) {
        recipientsByGuid.remove(recipient.guid.toLowerCase(Locale.ROOT));
        for (String key : keys(recipient)) {
            List<Recipient> list = recipientsByKey.get(key);
            if (list != null) {
                list.remove(recipient);
                if (list.isEmpty()) {
                    recipientsByKey.remove(key);
                }
            }
        }
    }

    private List<String> keys(Recipient recipient) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (String value : new String[] {recipient.guid, recipient.externalDirectoryObjectId, recipient.name,
                recipient.alias, recipient.primarySmtpAddress, recipient.userPrincipalName,
                distinguishedName(recipient)}) {
            if (value != null) {
                keys.put(key(value), true);
            }
        }
        for (String address : recipient.secondaryAddresses) {
            keys.put(key(address), true);
        }
        return List.copyOf(keys.keySet());
    }

    private static String key(String identity) {
        String trimmed = identity.trim();
        if (trimmed.regionMatches(true, 0, "smtp:", 0, 5)) {
            trimmed = trimmed.substring(5);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    // ---- Entra

    public Optional<Entra.Application> applicationByAppId(String appId) {
        return state.applications.stream().filter(a -> a.appId.equalsIgnoreCase(appId)).findFirst();
    }

    public Optional<Entra.ServicePrincipal> servicePrincipalByAppId(String appId) {
        return state.servicePrincipals.stream().filter(sp -> sp.appId.equalsIgnoreCase(appId)).findFirst();
    }

    public Optional<Entra.ServicePrincipal> servicePrincipalByObjectId(String objectId) {
        return state.servicePrincipals.stream().filter(sp -> sp.objectId.equalsIgnoreCase(objectId)).findFirst();
    }

    /** The resource a token can be requested for, by identifier URI or app id. */
    public Optional<Entra.ServicePrincipal> resourceByIdentifier(String identifier) {
        String wanted = identifier.endsWith("/") ? identifier.substring(0, identifier.length() - 1) : identifier;
        return state.servicePrincipals.stream()
                .filter(sp -> sp.appId.equalsIgnoreCase(wanted)
                        || sp.servicePrincipalNames.stream().anyMatch(n -> trimSlash(n).equalsIgnoreCase(wanted)))
                .findFirst();
    }

    private static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** Values of the app roles a client's service principal holds on a resource. */
    public List<String> grantedRoles(Entra.ServicePrincipal client, Entra.ServicePrincipal resource) {
        List<String> roles = new ArrayList<>();
        for (Entra.AppRoleAssignment assignment : state.appRoleAssignments) {
            if (assignment.principalId.equalsIgnoreCase(client.objectId)
                    && assignment.resourceId.equalsIgnoreCase(resource.objectId)) {
                resource.appRoles.stream().filter(role -> role.id.equalsIgnoreCase(assignment.appRoleId))
                        .findFirst().ifPresent(role -> roles.add(role.value));
            }
        }
        return roles;
    }

    /** Directory role template ids held by a service principal. */
    public List<String> directoryRoles(Entra.ServicePrincipal principal) {
        return state.directoryRoleAssignments.stream()
                .filter(a -> a.principalId.equalsIgnoreCase(principal.objectId))
                .map(a -> a.roleDefinitionId).distinct().toList();
    }
}
