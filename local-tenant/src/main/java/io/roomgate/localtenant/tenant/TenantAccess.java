package io.roomgate.localtenant.tenant;

import io.roomgate.localtenant.access.AccessFacts;
import io.roomgate.localtenant.access.AccessPolicy;
import io.roomgate.localtenant.access.AccessRight;
import io.roomgate.localtenant.access.EntraGrant;
import io.roomgate.localtenant.access.ExchangeAccess;
import io.roomgate.localtenant.access.Group;
import io.roomgate.localtenant.access.Mailbox;
import io.roomgate.localtenant.access.ManagementScope;
import io.roomgate.localtenant.access.Membership;
import io.roomgate.localtenant.access.RoleAssignment;
import io.roomgate.localtenant.access.Validity;
import io.roomgate.opath.RecipientFilter;
import io.roomgate.opath.RecipientFilterProperties;
import io.roomgate.opath.RecipientView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tenant as the access rules ({@code io.roomgate.opath}, {@code io.roomgate.localtenant.access}) see it:
 * recipients as filter views, and the groups, memberships, policies, grants, scopes and role assignments as
 * {@link AccessFacts}, dated by the tenant's access history. Call under the tenant's lock.
 */
public final class TenantAccess {
    private final Tenant tenant;

    public TenantAccess(Tenant tenant) {
        this.tenant = tenant;
    }

    /**
     * A predicate over recipients for a parsed filter. MemberOfGroup (direct groups only) is computed once for
     * the whole tenant when the filter reads it, so a listing over many rooms stays linear.
     */
    public Predicate<Recipient> matcher(RecipientFilter filter) {
        Map<String, List<String>> groupsByMember = filter.properties().contains(RecipientFilterProperties.MEMBER_OF_GROUP)
                ? directGroupDistinguishedNames() : Map.of();
        return recipient -> filter.matches(view(recipient, groupsByMember.getOrDefault(recipient.guid, List.of())));
    }

    /** Direct group DNs by member Guid. */
    public Map<String, List<String>> directGroupDistinguishedNames() {
        Map<String, List<String>> byMember = new HashMap<>();
        for (Recipient group : tenant.recipients()) {
            if (group.kind.isGroup()) {
                String dn = tenant.distinguishedName(group);
                for (String member : group.members) {
                    byMember.computeIfAbsent(member, k -> new ArrayList<>(2)).add(dn);
                }
            }
        }
        return byMember;
    }

    /** The recipient's properties as OPATH filters read them. */
    public RecipientView view(Recipient recipient, List<String> memberOfGroup) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", recipient.name);
        properties.put("Alias", recipient.alias);
        properties.put("DisplayName", recipient.displayName);
        properties.put("PrimarySmtpAddress", recipient.primarySmtpAddress);
        properties.put("WindowsEmailAddress", recipient.primarySmtpAddress);
        List<String> addresses = new ArrayList<>();
        addresses.add("SMTP:" + recipient.primarySmtpAddress);
        recipient.secondaryAddresses.forEach(a -> addresses.add("smtp:" + a));
        properties.put("EmailAddresses", addresses);
        properties.put("RecipientType", recipient.kind.recipientType());
        properties.put("RecipientTypeDetails", recipient.kind.name());
        properties.put("Office", recipient.office);
        properties.put("ResourceCapacity", recipient.resourceCapacity);
        properties.put("ResourceType", recipient.kind == RecipientKind.RoomMailbox ? "Room"
                : recipient.kind == RecipientKind.EquipmentMailbox ? "Equipment" : null);
        properties.put("UserPrincipalName", recipient.userPrincipalName);
        properties.put("Guid", recipient.guid);
        properties.put("ExternalDirectoryObjectId", recipient.externalDirectoryObjectId);
        properties.put("DistinguishedName", tenant.distinguishedName(recipient));
        properties.put("HiddenFromAddressListsEnabled", recipient.hiddenFromAddressListsEnabled);
        properties.put("WhenCreated", recipient.whenCreated);
        properties.put(RecipientFilterProperties.MEMBER_OF_GROUP, memberOfGroup);
        return RecipientView.of(properties);
    }

    /** The access layer's mailbox for a recipient (id = Exchange Guid, as groups and memberships use). */
    public Mailbox mailbox(Recipient recipient) {
        return new Mailbox(recipient.guid, recipient.primarySmtpAddress, view(recipient, List.of()));
    }

    public ExchangeAccess exchangeAccess() {
        return new ExchangeAccess(facts());
    }

    /**
     * Everything Exchange consults for an access decision: the facts in force, each dated from when it started,
     * and the facts that have ended, so that delayed views (Graph, the RBAC cache) can see the past.
     */
    public AccessFacts facts() {
        return tenant.accessHistory().dated(currentFacts());
    }

    /** The facts in force now, each dated from its object's creation. */
    AccessFacts currentFacts() {
        List<Group> groups = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (Recipient recipient : tenant.recipients()) {
            if (recipient.kind.isGroup()) {
                groups.add(new Group(recipient.guid, recipient.name, tenant.distinguishedName(recipient)));
                Validity validity = since(recipient.whenCreated);
                for (String member : recipient.members) {
                    memberships.add(new Membership(member, recipient.guid, validity));
                }
            }
        }
        List<AccessPolicy> policies = new ArrayList<>();
        for (ExchangeObjects.ApplicationAccessPolicy policy : tenant.state().applicationAccessPolicies) {
            for (String appId : policy.appIds) {
                policies.add(new AccessPolicy(policy.guid, appId, policy.scopeRecipientGuid,
                        AccessRight.valueOf(policy.accessRight), since(policy.whenCreated)));
            }
        }
        List<EntraGrant> grants = new ArrayList<>();
        Optional<Entra.ServicePrincipal> graph = tenant.servicePrincipalByAppId(Entra.GRAPH_APP_ID);
        for (Entra.AppRoleAssignment assignment : tenant.state().appRoleAssignments) {
            if (graph.isEmpty() || !assignment.resourceId.equalsIgnoreCase(graph.get().objectId)) {
                continue;
            }
            Optional<Entra.ServicePrincipal> client = tenant.servicePrincipalByObjectId(assignment.principalId);
            Optional<Entra.AppRole> role = graph.get().appRoles.stream()
                    .filter(r -> r.id.equalsIgnoreCase(assignment.appRoleId)).findFirst();
            if (client.isPresent() && role.isPresent()) {
                grants.add(new EntraGrant(client.get().appId, role.get().value, since(assignment.createdDateTime)));
            }
        }
        List<ManagementScope> scopes = new ArrayList<>();
        for (ExchangeObjects.ManagementScope scope : tenant.state().managementScopes) {
            scopes.add(new ManagementScope(scope.name, RecipientFilter.parse(scope.recipientRestrictionFilter),
                    since(scope.whenCreated)));
        }
        List<RoleAssignment> assignments = new ArrayList<>();
        for (ExchangeObjects.ManagementRoleAssignment assignment : tenant.state().managementRoleAssignments) {
            tenant.state().exchangeServicePrincipals.stream()
                    .filter(sp -> sp.guid.equals(assignment.servicePrincipalGuid)).findFirst()
                    .filter(sp -> assignment.enabled)
                    .ifPresent(sp -> assignments.add(new RoleAssignment(assignment.name, assignment.role, sp.appId,
                            assignment.customResourceScope, since(assignment.whenCreated))));
        }
        return new AccessFacts(groups, memberships, policies, grants, scopes, assignments);
    }

    private static Validity since(String createdAt) {
        return createdAt == null ? Validity.always() : Validity.since(Instant.parse(createdAt).minusSeconds(1));
    }
}
