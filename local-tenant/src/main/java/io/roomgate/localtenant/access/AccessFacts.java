package io.roomgate.localtenant.access;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything Exchange consults when an app asks for a mailbox, with the history the propagation model needs.
 * Facts that have ended may be kept (with {@link Validity#until()} set) so that a lagging cache can still see them.
 */
public record AccessFacts(List<Group> groups, List<Membership> memberships, List<AccessPolicy> accessPolicies,
                          List<EntraGrant> entraGrants, List<ManagementScope> scopes,
                          List<RoleAssignment> roleAssignments) {

    public static final AccessFacts NONE = new AccessFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public AccessFacts {
        groups = List.copyOf(groups);
        memberships = List.copyOf(memberships);
        accessPolicies = List.copyOf(accessPolicies);
        entraGrants = List.copyOf(entraGrants);
        scopes = List.copyOf(scopes);
        roleAssignments = List.copyOf(roleAssignments);
    }

    public AccessFacts withGroups(Group... more) {
        return new AccessFacts(concat(groups, more), memberships, accessPolicies, entraGrants, scopes, roleAssignments);
    }

    public AccessFacts withMemberships(Membership... more) {
        return new AccessFacts(groups, concat(memberships, more), accessPolicies, entraGrants, scopes, roleAssignments);
    }

    public AccessFacts withAccessPolicies(AccessPolicy... more) {
        return new AccessFacts(groups, memberships, concat(accessPolicies, more), entraGrants, scopes, roleAssignments);
    }

    public AccessFacts withEntraGrants(EntraGrant... more) {
        return new AccessFacts(groups, memberships, accessPolicies, concat(entraGrants, more), scopes, roleAssignments);
    }

    public AccessFacts withScopes(ManagementScope... more) {
        return new AccessFacts(groups, memberships, accessPolicies, entraGrants, concat(scopes, more), roleAssignments);
    }

    public AccessFacts withRoleAssignments(RoleAssignment... more) {
        return new AccessFacts(groups, memberships, accessPolicies, entraGrants, scopes, concat(roleAssignments, more));
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> list, T... more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
