package io.roomgate.localtenant.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How late Exchange applies each kind of change to the calls apps make. A Graph call at {@code now} sees each kind
 * of fact as it stood at {@code now - delay}; removals lag exactly like additions, because what lags is a cache.
 *
 * @param accessPolicies application access policies and the group memberships they read ("can take longer than
 *                       1 hour to take effect in Microsoft Graph REST API calls")
 * @param rbacCache      role assignments, management scopes and the group memberships scopes read ("cache
 *                       maintenance that varies between 30 minutes and 2 hours depending on the app's recent usage")
 * @param entraGrants    Entra application permissions (granted programmatically they "take effect immediately";
 *                       a token already issued is the token layer's business, not this one's)
 */
public record PropagationDelays(Duration accessPolicies, Duration rbacCache, Duration entraGrants) {

    /** What the Test-* cmdlets see: they bypass the cache. Also a tenant that has settled. */
    public static final PropagationDelays IMMEDIATE = new PropagationDelays(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** A fresh app with no recent calls: policies after an hour, the RBAC cache after its 30-minute reset. */
    public static final PropagationDelays EXCHANGE_ONLINE_TYPICAL =
            new PropagationDelays(Duration.ofHours(1), Duration.ofMinutes(30), Duration.ZERO);

    /** An app in active use: its RBAC cache is kept alive for up to 2 hours. */
    public static final PropagationDelays EXCHANGE_ONLINE_ACTIVE_APP =
            new PropagationDelays(Duration.ofHours(1), Duration.ofHours(2), Duration.ZERO);

    public PropagationDelays {
        for (Duration delay : new Duration[] {
                Objects.requireNonNull(accessPolicies, "accessPolicies"),
                Objects.requireNonNull(rbacCache, "rbacCache"),
                Objects.requireNonNull(entraGrants, "entraGrants")}) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a propagation delay cannot be negative: " + delay);
            }
        }
    }
}
