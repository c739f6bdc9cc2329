package io.roomgate.simulator.graph;

import io.roomgate.opath.RecipientFilter;
import io.roomgate.opath.RecipientView;
import io.roomgate.simulator.access.AccessFacts;
import io.roomgate.simulator.access.AccessPolicy;
import io.roomgate.simulator.access.AccessRight;
import io.roomgate.simulator.access.EntraGrant;
import io.roomgate.simulator.access.Group;
import io.roomgate.simulator.access.Mailbox;
import io.roomgate.simulator.access.ManagementScope;
import io.roomgate.simulator.access.Membership;
import io.roomgate.simulator.access.RoleAssignment;
import io.roomgate.simulator.access.Validity;
import io.roomgate.simulator.tenant.Entra;
import io.roomgate.simulator.tenant.ExchangeObjects;
import io.roomgate.simulator.tenant.Recipient;
import io.roomgate.simulator.tenant.Tenant;
import io.roomgate.simulator.tenant.TenantState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's state as the access rules' {@link AccessFacts}: groups and direct memberships, application access
 * policies, Entra application permissions on Microsoft Graph, management scopes and role assignments.
 *
 * <p>Each fact is in force from the object's creation time, so a new policy, scope or assignment lags by Exchange's
 * propagation delay. The tenant keeps no history of removals or of membership changes, so those count at once.
 * Call under the tenant's read lock.
 */
public final class TenantAccessFacts {
    private TenantAccessFacts() {
    }

    public static AccessFacts of(Tenant tenant) {
        TenantState state = tenant.state();
        var groups = new ArrayList<Group>();
        var memberships = new ArrayList<Membership>();
        for (Recipient recipient : state.recipients) {
            if (recipient.kind.isGroup()) {
                groups.add(new Group(recipient.guid, recipient.name, tenant.distinguishedName(recipient)));
                for (String member : recipient.members) {
                    memberships.add(new Membership(member, recipient.guid, Validity.always()));
                }
            }
        }
        var policies = new ArrayList<AccessPolicy>();
        for (ExchangeObjects.ApplicationAccessPolicy policy : state.applicationAccessPolicies) {
            Optional<AccessRight> right = Arrays.stream(AccessRight.values())
                    .filter(value -> value.name().equalsIgnoreCase(policy.accessRight)).findFirst();
            if (right.isEmpty() || policy.scopeRecipientGuid == null) {
                continue;
            }
            for (String appId : policy.appIds) {
                policies.add(new AccessPolicy(policy.guid, appId, policy.scopeRecipientGuid, right.get(),
                        since(policy.whenCreated)));
            }
        }
        var scopes = new ArrayList<ManagementScope>();
        for (ExchangeObjects.ManagementScope scope : state.managementScopes) {
            if (scope.recipientRestrictionFilter == null) {
                continue;
            }
            try {
                scopes.add(new ManagementScope(scope.name, RecipientFilter.parse(scope.recipientRestrictionFilter),
                        since(scope.whenCreated)));
            } catch (IllegalArgumentException refusedByExchangeAnyway) {
                // New-ManagementScope refuses such a filter, so no scope of the tenant should hold one.
            }
        }
        Map<String, String> appIdByPointer = new LinkedHashMap<>();
        state.exchangeServicePrincipals.forEach(pointer -> appIdByPointer.put(pointer.guid, pointer.appId));
        var assignments = new ArrayList<RoleAssignment>();
        for (ExchangeObjects.ManagementRoleAssignment assignment : state.managementRoleAssignments) {
            String appId = appIdByPointer.get(assignment.servicePrincipalGuid);
            if (assignment.enabled && appId != null) {
                assignments.add(new RoleAssignment(assignment.name, assignment.role, appId,
                        assignment.customResourceScope, since(assignment.whenCreated)));
            }
        }
        return new AccessFacts(groups, memberships, policies, graphGrants(tenant), scopes, assignments);
    }

    /** The Microsoft Graph application permissions each app holds in Entra ID (admin-consented app roles). */
    static List<EntraGrant> graphGrants(Tenant tenant) {
        var grants = new ArrayList<EntraGrant>();
        Optional<Entra.ServicePrincipal> graph = tenant.servicePrincipalByAppId(Entra.GRAPH_APP_ID);
        if (graph.isEmpty()) {
            return grants;
        }
        for (Entra.AppRoleAssignment assignment : tenant.state().appRoleAssignments) {
            if (!assignment.resourceId.equalsIgnoreCase(graph.get().objectId)) {
                continue;
            }
            Optional<String> client = tenant.servicePrincipalByObjectId(assignment.principalId).map(sp -> sp.appId);
            Optional<String> permission = graph.get().appRoles.stream()
                    .filter(role -> role.id.equalsIgnoreCase(assignment.appRoleId)).map(role -> role.value).findFirst();
            if (client.isPresent() && permission.isPresent()) {
                grants.add(new EntraGrant(client.get(), permission.get(), since(assignment.createdDateTime)));
            }
        }
        return grants;
    }

    /** A mailbox as the access rules see it: its object Guid, address and the properties scope filters read. */
    public static Mailbox mailbox(Recipient recipient) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("RecipientTypeDetails", recipient.kind.name());
        properties.put("RecipientType", recipient.kind.recipientType());
        properties.put("PrimarySmtpAddress", recipient.primarySmtpAddress);
        properties.put("Alias", recipient.alias);
        properties.put("Name", recipient.name);
        properties.put("DisplayName", recipient.displayName);
        properties.put("Office", recipient.office);
        properties.put("UserPrincipalName", recipient.userPrincipalName);
        var addresses = new ArrayList<String>();
        addresses.add("SMTP:" + recipient.primarySmtpAddress);
        recipient.secondaryAddresses.forEach(address -> addresses.add("smtp:" + address));
        properties.put("EmailAddresses", addresses);
        return new Mailbox(recipient.guid, recipient.primarySmtpAddress, RecipientView.of(properties));
    }

    private static Validity since(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return Validity.always();
        }
        try {
            return Validity.since(Instant.parse(timestamp));
        } catch (DateTimeParseException notAnInstant) {
            return Validity.always();
        }
    }
}
