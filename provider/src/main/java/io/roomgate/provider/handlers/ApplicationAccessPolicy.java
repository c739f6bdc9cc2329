package io.roomgate.provider.handlers;

import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.NewApplicationAccessPolicy;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A legacy application access policy: restricts (or denies) an app's Graph mailbox access to one group. */
public final class ApplicationAccessPolicy implements ResourceHandler<ApplicationAccessPolicy.Policy> {

    public record Policy(
            @Property(description = "The app (client) id the policy restricts.", required = true,
                    change = Change.REPLACE, format = ExchangeFormats.Guid.class, ignoreCase = true)
            String appId,
            @Property(description = "The mail-enabled security group the policy scopes to, by address or GUID.",
                    required = true, change = Change.REPLACE, format = ExchangeFormats.AddressOrGuid.class, ignoreCase = true)
            String policyScopeGroupId,
            @Property(description = "RestrictAccess (only the group) or DenyAccess (all but the group).",
                    required = true, change = Change.REPLACE, allowed = {"RestrictAccess", "DenyAccess"})
            String accessRight,
            @Property(description = "Free text shown with the policy.")
            String description,
            @Property(description = "The policy's Exchange identity (its id).", output = true)
            String identity,
            @Property(description = "The scope group as Exchange resolved it.", output = true)
            String scopeIdentity) {
    }

    private final Supplier<ExchangeAdmin> exchange;
    private final CalendarGrants grants;

    public ApplicationAccessPolicy(Supplier<ExchangeAdmin> exchange, CalendarGrants grants) {
        this.exchange = exchange;
        this.grants = grants;
    }

    @Override
    public String token() {
        return "exchangeonline:index:ApplicationAccessPolicy";
    }

    @Override
    public String description() {
        return "An application access policy (New-ApplicationAccessPolicy): limits an app's tenant-wide Graph "
                + "mailbox permissions to the members of one mail-enabled security group.";
    }

    @Override
    public Class<Policy> type() {
        return Policy.class;
    }

    @Override
    public Created<Policy> create(Policy inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<io.roomgate.exchange.ApplicationAccessPolicy> existing = find(admin, inputs);
        io.roomgate.exchange.ApplicationAccessPolicy policy;
        if (existing.isPresent()) {
            operation.info("adopting the existing " + inputs.accessRight() + " policy of app " + inputs.appId());
            policy = existing.get();
            if (inputs.description() != null && !inputs.description().equals(policy.description())) {
                Writes.relay(operation, admin.setApplicationAccessPolicyDescription(policy.identity(), inputs.description()));
            }
        } else {
            operation.info("creating " + inputs.accessRight() + " policy for app " + inputs.appId() + " over "
                    + inputs.policyScopeGroupId());
            policy = admin.newApplicationAccessPolicy(new NewApplicationAccessPolicy(inputs.appId(),
                    inputs.policyScopeGroupId(), inputs.accessRight(), inputs.description()));
        }
        operation.warning("Exchange applies access policies to Graph within about an hour; until then the app's "
                + "access may not be restricted yet (Test-ApplicationAccessPolicy already shows the result)");
        return new Created<>(policy.identity(), toState(policy, inputs.policyScopeGroupId(), inputs.description()));
    }

    @Override
    public Optional<Policy> read(String id, Policy recorded, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        return admin.listApplicationAccessPolicies().stream().filter(p -> Writes.sameText(p.identity(), id)).findFirst()
                .map(p -> toState(p, scopeAsDeclared(admin, p, recorded), p.description()));
    }

    @Override
    public Policy update(String id, Policy state, Policy inputs, Operation operation) {
        if (inputs.description() != null && !inputs.description().equals(state.description())) {
            operation.info("updating the policy's description");
            Writes.relay(operation, exchange.get().setApplicationAccessPolicyDescription(id, inputs.description()));
        }
        return new Policy(state.appId(), state.policyScopeGroupId(), state.accessRight(),
                inputs.description() != null ? inputs.description() : state.description(), state.identity(),
                state.scopeIdentity());
    }

    @Override
    public void delete(String id, Policy state, Operation operation) {
        CalendarGrants.Check grant = grants.check(state.appId());
        if (!grant.held().isEmpty()) {
            throw ProviderException.failedPrecondition("refusing to delete the access policy of app " + state.appId()
                    + " while the app still holds " + String.join(", ", grant.held()) + ": without the policy that "
                    + "grant reaches every mailbox in the tenant. Remove the grant first (in the program, or Entra "
                    + "admin center > Enterprise applications > Permissions), then delete the policy");
        }
        if (!grant.checked()) {
            // Unknown is not held: the program removes the grant before the policy, so the delete goes ahead.
            operation.warning("could not check that app " + state.appId() + " holds no tenant-wide Microsoft Graph "
                    + "Calendars.* application permission before its access policy goes: " + grant.notCheckedBecause()
                    + ". Deleting the policy anyway; if such a grant was given outside this program, the app now "
                    + "reaches every mailbox: remove it in Entra admin center > Enterprise applications > Permissions");
        }
        operation.info("removing the access policy of app " + state.appId());
        Writes.remove(operation, "access policy " + id, () -> exchange.get().removeApplicationAccessPolicy(id));
    }

    private static Optional<io.roomgate.exchange.ApplicationAccessPolicy> find(ExchangeAdmin admin, Policy inputs) {
        List<io.roomgate.exchange.ApplicationAccessPolicy> candidates = admin.listApplicationAccessPolicies().stream()
                .filter(p -> Writes.sameText(p.appId(), inputs.appId())
                        && Writes.sameText(p.accessRight(), inputs.accessRight()))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<DistributionGroup> group = admin.findDistributionGroup(inputs.policyScopeGroupId());
        return candidates.stream().filter(p -> scopes(p, inputs.policyScopeGroupId(), group)).findFirst();
    }

    /** Whether the policy's scope is the group the program names (by address, GUID, name or object id). */
    private static boolean scopes(io.roomgate.exchange.ApplicationAccessPolicy policy, String declared,
                                  Optional<DistributionGroup> group) {
        if (Writes.sameText(policy.scopeIdentity(), declared) || Writes.sameText(policy.scopeName(), declared)
                || Writes.sameText(policy.scopeGroupObjectId(), declared)) {
            return true;
        }
        return group.map(g -> Writes.sameText(policy.scopeGroupObjectId(), g.externalDirectoryObjectId())
                || Writes.sameText(policy.scopeGroupObjectId(), g.guid())
                || Writes.sameText(policy.scopeIdentity(), g.name())
                || Writes.sameText(policy.scopeIdentity(), g.primarySmtpAddress())
                || Writes.sameText(policy.scopeName(), g.name())).orElse(false);
    }

    /** Keeps the program's spelling of the scope group while it still names the policy's group; else its address. */
    private static String scopeAsDeclared(ExchangeAdmin admin, io.roomgate.exchange.ApplicationAccessPolicy policy,
                                          Policy recorded) {
        if (recorded != null && recorded.policyScopeGroupId() != null) {
            Optional<DistributionGroup> group = admin.findDistributionGroup(recorded.policyScopeGroupId());
            if (scopes(policy, recorded.policyScopeGroupId(), group)) {
                return recorded.policyScopeGroupId();
            }
        }
        String byObjectId = policy.scopeGroupObjectId();
        Optional<DistributionGroup> group = byObjectId != null ? admin.findDistributionGroup(byObjectId)
                : Optional.empty();
        if (group.isEmpty() && policy.scopeIdentity() != null) {
            group = admin.findDistributionGroup(policy.scopeIdentity());
        }
        return group.map(DistributionGroup::primarySmtpAddress)
                .orElse(byObjectId != null ? byObjectId : policy.scopeIdentity());
    }

    private static Policy toState(io.roomgate.exchange.ApplicationAccessPolicy policy, String scopeGroup,
                                  String description) {
        return new Policy(policy.appId(), scopeGroup, policy.accessRight(),
                description != null ? description : policy.description(), policy.identity(), policy.scopeIdentity());
    }
}
