package io.roomgate.localtenant.access;

import io.roomgate.opath.RecipientFilterProperties;
import io.roomgate.opath.RecipientView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * Exchange Online's access decisions over one set of {@link AccessFacts}.
 * <ul>
 * <li>Application access policies: DenyAccess wins; if any RestrictAccess policy names the app, only mailboxes in
 *     one of them (directly or through nested groups) are allowed; with no policy, everything is.</li>
 * <li>RBAC for Applications: a role assignment covers a mailbox if it is organization-wide or its management
 *     scope's filter matches the mailbox ({@code MemberOfGroup} sees direct groups only).</li>
 * <li>A Graph call is allowed if the Entra grant of a sufficient permission survives the policies, <em>or</em> an
 *     assignment of a sufficient role covers the mailbox: the union, so an unscoped Entra grant defeats any scope.</li>
 * </ul>
 * The Test-* answers see every fact as of {@code now}; Graph answers see each kind as of {@code now} minus its
 * {@link PropagationDelays propagation delay}.
 */
public final class ExchangeAccess {
    private final AccessFacts facts;

    public ExchangeAccess(AccessFacts facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** {@code Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <appId>}, which bypasses propagation. */
    public PolicyCheck testApplicationAccessPolicy(String appId, Mailbox mailbox, Instant now) {
        return policyCheck(appId, mailbox, now);
    }

    /**
     * {@code Test-ServicePrincipalAuthorization -Identity <sp> [-Resource <mailbox>]}: one row per role assignment of
     * the app, in force at {@code now} (the test bypasses the RBAC cache). Without a resource, InScope is "Not Run".
     * Entra grants are not part of the answer, as in Exchange.
     */
    public List<ServicePrincipalAuthorization> testServicePrincipalAuthorization(String appId,
                                                                                 @Nullable Mailbox resource,
                                                                                 Instant now) {
        return authorizations(appId, resource, now);
    }

    /**
     * Whether a Graph call by {@code appId} needing {@code required} on {@code mailbox} is allowed at {@code now},
     * seeing each kind of change only once its delay has passed.
     */
    public AccessDecision graphAccess(String appId, Mailbox mailbox, RequiredPermission required, Instant now,
                                      PropagationDelays delays) {
        Evaluation seen = evaluate(appId, mailbox, required, now, delays);
        Evaluation configured = evaluate(appId, mailbox, required, now, PropagationDelays.IMMEDIATE);
        AccessDecision.Pending pending = null;
        String reason = seen.reason();
        if (seen.allowed() != configured.allowed()) {
            pending = new AccessDecision.Pending(configured.allowed(),
                    settlesBy(appId, mailbox, required, now, delays, configured.allowed()));
            reason += "; a recent change has not reached Microsoft Graph yet: from " + pending.settlesBy()
                    + " the call will be " + (configured.allowed() ? "allowed" : "denied");
        }
        return new AccessDecision(seen.allowed(), reason, seen.routes(), pending);
    }

    private record Evaluation(boolean allowed, String reason, List<AccessRoute> routes) {
    }

    private Evaluation evaluate(String appId, Mailbox mailbox, RequiredPermission required, Instant now,
                                PropagationDelays delays) {
        var routes = new ArrayList<AccessRoute>();
        var refusals = new ArrayList<String>();

        Instant grantsAsOf = now.minus(delays.entraGrants());
        Optional<EntraGrant> grant = facts.entraGrants().stream()
                .filter(candidate -> candidate.appId().equalsIgnoreCase(appId))
                .filter(candidate -> candidate.validity().inForceAt(grantsAsOf))
                .filter(candidate -> required.satisfiedBy(candidate.permission()))
                .findFirst();
        if (grant.isEmpty()) {
            refusals.add("the app holds no Entra application permission " + required);
        } else {
            String permission = grant.get().permission();
            PolicyCheck policy = policyCheck(appId, mailbox, now.minus(delays.accessPolicies()));
            if (!policy.granted()) {
                refusals.add("its Entra application permission " + permission + " is blocked: " + policy.reason());
            } else if (policy.policy().isEmpty()) {
                routes.add(new AccessRoute(AccessRoute.Kind.ENTRA_GRANT_UNRESTRICTED, permission,
                        "the Entra application permission " + permission + ", which no application access policy"
                                + " restricts, so it reaches every mailbox"));
            } else {
                routes.add(new AccessRoute(AccessRoute.Kind.ENTRA_GRANT_WITHIN_POLICY, permission,
                        "the Entra application permission " + permission + " within policy: " + policy.reason()));
            }
        }

        List<ServicePrincipalAuthorization> sufficient = authorizations(appId, mailbox, now.minus(delays.rbacCache()))
                .stream()
                .filter(row -> row.grantedPermissions().stream().anyMatch(required::satisfiedBy))
                .toList();
        if (sufficient.isEmpty()) {
            refusals.add("no role assignment gives the app " + required);
        }
        for (ServicePrincipalAuthorization row : sufficient) {
            if (row.inScope() == InScope.TRUE) {
                routes.add(new AccessRoute(AccessRoute.Kind.ROLE_ASSIGNMENT, row.assignmentName(), row.reason()));
            } else {
                refusals.add(row.reason());
            }
        }

        if (!routes.isEmpty()) {
            return new Evaluation(true, "allowed for " + mailbox.address() + " by "
                    + routes.stream().map(AccessRoute::description).collect(Collectors.joining("; and by ")), routes);
        }
        return new Evaluation(false, "denied for " + mailbox.address() + ", which needs " + required + ": "
                + String.join("; ", refusals), routes);
    }

    private PolicyCheck policyCheck(String appId, Mailbox mailbox, Instant asOf) {
        var directory = new Directory(facts, asOf);
        List<AccessPolicy> policies = facts.accessPolicies().stream()
                .filter(policy -> policy.appliesTo(appId))
                .filter(policy -> policy.validity().inForceAt(asOf))
                .toList();
        for (AccessPolicy deny : ofRight(policies, AccessRight.DenyAccess)) {
            Optional<List<String>> path = directory.pathTo(mailbox.id(), deny.scopeId());
            if (path.isPresent()) {
                return new PolicyCheck(appId, mailbox.address(), AccessCheckResult.Denied, "DenyAccess policy '"
                        + deny.identity() + "' covers " + mailbox.address() + " " + through(path.get()),
                        deny.identity());
            }
        }
        List<AccessPolicy> restricts = ofRight(policies, AccessRight.RestrictAccess);
        for (AccessPolicy restrict : restricts) {
            Optional<List<String>> path = directory.pathTo(mailbox.id(), restrict.scopeId());
            if (path.isPresent()) {
                return new PolicyCheck(appId, mailbox.address(), AccessCheckResult.Granted, "RestrictAccess policy '"
                        + restrict.identity() + "' includes " + mailbox.address() + " "
                        + through(path.get()), restrict.identity());
            }
        }
        if (!restricts.isEmpty()) {
            String names = restricts.stream()
                    .map(policy -> "'" + policy.identity() + "' (scope '" + directory.nameOf(policy.scopeId()) + "')")
                    .collect(Collectors.joining(", "));
            return new PolicyCheck(appId, mailbox.address(), AccessCheckResult.Denied, "the app is restricted by"
                    + " RestrictAccess policy " + names + ", and " + mailbox.address() + " is in none of them",
                    restricts.get(0).identity());
        }
        return new PolicyCheck(appId, mailbox.address(), AccessCheckResult.Granted,
                "no application access policy applies to app " + appId, null);
    }

    private static List<AccessPolicy> ofRight(List<AccessPolicy> policies, AccessRight right) {
        return policies.stream().filter(policy -> policy.accessRight() == right).toList();
    }

    private static String through(List<String> chain) {
        if (chain.isEmpty()) {
            return "directly";
        }
        var text = new StringBuilder("through group '").append(chain.get(0)).append('\'');
        for (String outer : chain.subList(1, chain.size())) {
            text.append(", which is in '").append(outer).append('\'');
        }
        return text.toString();
    }

    private List<ServicePrincipalAuthorization> authorizations(String appId, @Nullable Mailbox resource,
                                                               Instant asOf) {
        var directory = new Directory(facts, asOf);
        return facts.roleAssignments().stream()
                .filter(assignment -> assignment.appId().equalsIgnoreCase(appId))
                .filter(assignment -> assignment.validity().inForceAt(asOf))
                .map(assignment -> authorization(assignment, resource, asOf, directory))
                .toList();
    }

    private ServicePrincipalAuthorization authorization(RoleAssignment assignment, @Nullable Mailbox resource,
                                                        Instant asOf, Directory directory) {
        String role = ApplicationRoles.canonical(assignment.role()).orElse(assignment.role());
        List<String> permissions = ApplicationRoles.permissionsOf(role).orElse(List.of());
        String grants = "role assignment '" + assignment.name() + "' (" + role + ")";
        if (assignment.scope().isEmpty()) {
            return new ServicePrincipalAuthorization(assignment.name(), role, permissions, "Organization",
                    ScopeType.Organization, resource == null ? InScope.NOT_RUN : InScope.TRUE,
                    grants + " over the whole organization");
        }
        String scopeName = assignment.scopeName();
        Optional<ManagementScope> scope = facts.scopes().stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(scopeName))
                .filter(candidate -> candidate.validity().inForceAt(asOf))
                .findFirst();
        if (resource == null) {
            return new ServicePrincipalAuthorization(assignment.name(), role, permissions, scopeName,
                    ScopeType.CustomRecipientScope, InScope.NOT_RUN, grants + " over scope '" + scopeName + "'");
        }
        if (scope.isEmpty()) {
            return new ServicePrincipalAuthorization(assignment.name(), role, permissions, scopeName,
                    ScopeType.CustomRecipientScope, InScope.FALSE,
                    grants + " names scope '" + scopeName + "', which does not exist");
        }
        boolean inScope = scope.get().filter().matches(asOfView(resource, directory));
        return new ServicePrincipalAuthorization(assignment.name(), role, permissions, scopeName,
                ScopeType.CustomRecipientScope, InScope.of(inScope), grants + " over scope '" + scopeName + "' ("
                + scope.get().filter() + "), which " + (inScope ? "includes " : "does not include ")
                + resource.address());
    }

    /** The mailbox's own properties, with MemberOfGroup from the memberships in force at the directory's instant. */
    private static RecipientView asOfView(Mailbox mailbox, Directory directory) {
        List<String> groups = directory.directGroupNames(mailbox.id());
        return name -> RecipientFilterProperties.MEMBER_OF_GROUP.equalsIgnoreCase(name)
                ? groups
                : mailbox.properties().property(name);
    }

    /**
     * The first instant at which Graph's answer turns into {@code target}, if nothing else changes: one of the
     * moments a change in flight reaches Graph (its time plus its kind's delay).
     */
    private Instant settlesBy(String appId, Mailbox mailbox, RequiredPermission required, Instant now,
                              PropagationDelays delays, boolean target) {
        Stream<Instant> policyChanges = changesWithin(now, delays.accessPolicies(), Stream.concat(
                facts.accessPolicies().stream().map(AccessPolicy::validity),
                facts.memberships().stream().map(Membership::validity)));
        Stream<Instant> rbacChanges = changesWithin(now, delays.rbacCache(), Stream.of(
                facts.roleAssignments().stream().map(RoleAssignment::validity),
                facts.scopes().stream().map(ManagementScope::validity),
                facts.memberships().stream().map(Membership::validity)).flatMap(validities -> validities));
        Stream<Instant> grantChanges = changesWithin(now, delays.entraGrants(),
                facts.entraGrants().stream().map(EntraGrant::validity));
        List<Instant> arrivals = Stream.of(policyChanges, rbacChanges, grantChanges)
                .flatMap(changes -> changes).distinct().sorted().toList();
        return arrivals.stream()
                .filter(arrival -> evaluate(appId, mailbox, required, arrival, delays).allowed() == target)
                .findFirst()
                .orElse(arrivals.isEmpty() ? now : arrivals.get(arrivals.size() - 1));
    }

    private static Stream<Instant> changesWithin(Instant now, Duration delay, Stream<Validity> validities) {
        Instant seenUpTo = now.minus(delay);
        return validities
                .flatMap(validity -> Stream.concat(Stream.of(validity.since()), validity.end().stream()))
                .filter(change -> change.isAfter(seenUpTo) && !change.isAfter(now))
                .map(change -> change.plus(delay));
    }
}
