package io.roomgate.localtenant.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The answer a Graph call by an app on a mailbox gets.
 *
 * @param allowed whether the call is allowed now, with Exchange's propagation delays applied
 * @param reason  one paragraph for an admin: which grant, policy or assignment allowed it, or why each did not
 * @param routes  every way the app reaches the mailbox now (empty when denied)
 * @param pending set when a change has not reached Graph yet, so the answer will change once it does
 */
public record AccessDecision(boolean allowed, String reason, List<AccessRoute> routes, @Nullable Pending pending) {

    public AccessDecision {
        routes = List.copyOf(routes);
    }

    public Optional<Pending> pendingChange() {
        return Optional.ofNullable(pending);
    }

    /** Whether a tenant-wide Entra grant is among the routes: no scope or policy limits this app at all. */
    public boolean unrestricted() {
        return routes.stream().anyMatch(route -> route.kind() == AccessRoute.Kind.ENTRA_GRANT_UNRESTRICTED);
    }

    /**
     * A change Exchange has accepted but Graph does not see yet.
     *
     * @param allowedOnceApplied the answer once it has propagated (what the Test-* cmdlets already show)
     * @param settlesBy          when Graph's answer becomes {@code allowedOnceApplied}, if nothing else changes
     */
    public record Pending(boolean allowedOnceApplied, Instant settlesBy) {
    }
}
