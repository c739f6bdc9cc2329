package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.access.ApplicationRoles;
import io.roomgate.localtenant.access.ServicePrincipalAuthorization;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.ExchangeObjects.ManagementRoleAssignment;
import io.roomgate.localtenant.tenant.ExchangeObjects.ManagementScope;
import io.roomgate.localtenant.tenant.ExchangeObjects.ServicePrincipalPointer;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tenant.TenantAccess;
import io.roomgate.opath.RecipientFilter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * RBAC for Applications: Exchange service principal pointers, management scopes, management role assignments
 * for apps, and Test-ServicePrincipalAuthorization.
 */
final class RbacCmdlets {
    private static final int MAX_ASSIGNMENT_NAME = 64;

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-ServicePrincipal", this::getServicePrincipal, Parameter.string("Identity")),
                Cmdlet.write("New-ServicePrincipal", this::newServicePrincipal, Parameter.string("AppId").required(),
                        Parameter.string("ObjectId").required(), Parameter.string("DisplayName"),
                        Parameter.string("Organization")),
                Cmdlet.write("Set-ServicePrincipal", this::setServicePrincipal, Parameter.string("Identity").required(),
                        Parameter.string("DisplayName")),
                Cmdlet.write("Remove-ServicePrincipal", this::removeServicePrincipal,
                        Parameter.string("Identity").required()),
                Cmdlet.read("Get-ManagementScope", this::getScope, Parameter.string("Identity"),
                        Parameter.bool("Exclusive"), Parameter.bool("Orphan")),
                Cmdlet.write("New-ManagementScope", this::newScope, Parameter.string("Name").required(),
                        Parameter.string("RecipientRestrictionFilter").required(), Parameter.string("RecipientRoot"),
                        Parameter.bool("Exclusive"), Parameter.bool("Force")),
                Cmdlet.write("Set-ManagementScope", this::setScope, Parameter.string("Identity").required(),
                        Parameter.string("Name"), Parameter.string("RecipientRestrictionFilter"),
                        Parameter.string("RecipientRoot"), Parameter.bool("Force")),
                Cmdlet.write("Remove-ManagementScope", this::removeScope, Parameter.string("Identity").required(),
                        Parameter.bool("Force")),
                Cmdlet.read("Get-ManagementRoleAssignment", this::getAssignment, Parameter.string("Identity"),
                        Parameter.string("RoleAssignee"), Parameter.string("Role"),
                        Parameter.string("CustomResourceScope"), Parameter.bool("Enabled")),
                Cmdlet.write("New-ManagementRoleAssignment", this::newAssignment, Parameter.string("Name"),
                        Parameter.string("Role").required(), Parameter.string("App").required(),
                        Parameter.string("CustomResourceScope"), Parameter.string("RecipientAdministrativeUnitScope")),
                Cmdlet.write("Set-ManagementRoleAssignment", this::setAssignment, Parameter.string("Identity").required(),
                        Parameter.string("CustomResourceScope"), Parameter.bool("Enabled"),
                        Parameter.string("RecipientAdministrativeUnitScope"), Parameter.bool("Force")),
                Cmdlet.write("Remove-ManagementRoleAssignment", this::removeAssignment,
                        Parameter.string("Identity").required(), Parameter.bool("Force")),
                Cmdlet.read("Test-ServicePrincipalAuthorization", this::testAuthorization,
                        Parameter.string("Identity").required(), Parameter.string("Resource")));
    }

    private static boolean visible(Instant visibleAfter, Instant now) {
        return visibleAfter == null || !now.isBefore(visibleAfter);
    }

    // ---- service principals

    private static Map<String, Object> view(ServicePrincipalPointer sp) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("DisplayName", sp.displayName);
        view.put("ObjectId", sp.objectId);
        view.put("AppId", sp.appId);
        view.put("Identity", sp.objectId);
        view.put("Name", sp.objectId);
        view.put("Guid", sp.guid);
        view.put("WhenCreated", sp.whenCreated);
        return view;
    }

    private static ServicePrincipalPointer servicePrincipal(CmdletCall call, String identity) throws CmdletException {
        Instant now = call.now();
        List<ServicePrincipalPointer> matches = call.tenant().state().exchangeServicePrincipals.stream()
                .filter(sp -> visible(sp.visibleAfter, now))
                .filter(sp -> sp.objectId.equalsIgnoreCase(identity) || sp.appId.equalsIgnoreCase(identity)
                        || sp.guid.equalsIgnoreCase(identity) || Objects.equals(sp.displayName, identity))
                .toList();
        if (matches.isEmpty()) {
            throw CmdletException.notFound(identity);
        }
        if (matches.size() > 1) {
            throw CmdletException.ambiguous(identity);
        }
        return matches.get(0);
    }

    private Cmdlet.Result getServicePrincipal(CmdletCall call) throws CmdletException {
        if (call.args().has("Identity")) {
            return Cmdlet.Result.one(view(servicePrincipal(call, call.args().string("Identity"))));
        }
        Instant now = call.now();
        return Cmdlet.Result.of(call.tenant().state().exchangeServicePrincipals.stream()
                .filter(sp -> visible(sp.visibleAfter, now)).map(RbacCmdlets::view).toList());
    }

    private Cmdlet.Result newServicePrincipal(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        String appId = call.args().string("AppId");
        String objectId = call.args().string("ObjectId");
        Optional<Entra.ServicePrincipal> entra = tenant.servicePrincipalByObjectId(objectId)
                .filter(sp -> sp.appId.equalsIgnoreCase(appId));
        if (entra.isEmpty()) {
            throw CmdletException.task("Microsoft.Exchange.Management.RbacTasks.ServicePrincipalNotFoundException",
                    "No service principal with object id '" + objectId + "' and app id '" + appId + "' exists in "
                            + "Microsoft Entra ID. Use the Enterprise application's object id, not the App "
                            + "registration's.");
        }
        for (ServicePrincipalPointer existing : tenant.state().exchangeServicePrincipals) {
            if (existing.objectId.equalsIgnoreCase(objectId) || existing.appId.equalsIgnoreCase(appId)) {
                throw CmdletException.alreadyExists("CN=" + existing.objectId + ",CN=ServicePrincipals,"
                        + tenant.organization().distinguishedNameSuffix());
            }
        }
        ServicePrincipalPointer sp = new ServicePrincipalPointer();
        sp.guid = MailboxCmdlets.newGuid();
        sp.appId = entra.get().appId;
        sp.objectId = entra.get().objectId;
        sp.displayName = call.args().optionalString("DisplayName").orElse(entra.get().displayName);
        sp.whenCreated = call.now().toString();
        sp.visibleAfter = call.visibleAfter();
        tenant.state().exchangeServicePrincipals.add(sp);
        call.changed();
        return Cmdlet.Result.one(view(sp));
    }

    private Cmdlet.Result setServicePrincipal(CmdletCall call) throws CmdletException {
        ServicePrincipalPointer sp = servicePrincipal(call, call.args().string("Identity"));
        String displayName = call.args().string("DisplayName");
        if (displayName == null || displayName.equals(sp.displayName)) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(sp.objectId));
        }
        sp.displayName = displayName;
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result removeServicePrincipal(CmdletCall call) throws CmdletException {
        ServicePrincipalPointer sp = servicePrincipal(call, call.args().string("Identity"));
        call.tenant().state().exchangeServicePrincipals.remove(sp);
        // Its role assignments go with it (scopes stay), as when Entra deletes the service principal.
        call.tenant().state().managementRoleAssignments.removeIf(a -> a.servicePrincipalGuid.equals(sp.guid));
        call.changed();
        return Cmdlet.Result.none();
    }

    // ---- management scopes

    private static String scopeDn(Tenant tenant, String name) {
        return "CN=" + name + ",CN=Scopes,CN=RBAC," + tenant.organization().distinguishedNameSuffix();
    }

    private static Map<String, Object> view(Tenant tenant, ManagementScope scope) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Name", scope.name);
        view.put("Identity", scope.name);
        view.put("ScopeRestrictionType", "RecipientScope");
        view.put("Exclusive", scope.exclusive);
        view.put("RecipientRoot", scope.recipientRoot);
        view.put("RecipientFilter", scope.recipientRestrictionFilter);
        view.put("DistinguishedName", scopeDn(tenant, scope.name));
        view.put("Guid", scope.guid);
        view.put("WhenCreated", scope.whenCreated);
        return view;
    }

    private static ManagementScope scope(CmdletCall call, String identity) throws CmdletException {
        Instant now = call.now();
        return call.tenant().state().managementScopes.stream().filter(s -> visible(s.visibleAfter, now))
                .filter(s -> s.name.equalsIgnoreCase(identity) || s.guid.equalsIgnoreCase(identity)
                        || scopeDn(call.tenant(), s.name).equalsIgnoreCase(identity))
                .findFirst().orElseThrow(() -> CmdletException.notFound(identity));
    }

    private Cmdlet.Result getScope(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        if (call.args().has("Identity")) {
            return Cmdlet.Result.one(view(tenant, scope(call, call.args().string("Identity"))));
        }
        Instant now = call.now();
        return Cmdlet.Result.of(tenant.state().managementScopes.stream().filter(s -> visible(s.visibleAfter, now))
                .filter(s -> !call.args().has("Exclusive") || s.exclusive == call.args().flag("Exclusive"))
                .map(s -> view(tenant, s)).toList());
    }

    /** Exchange stores a scope's filter normalised; the canonical OPATH text stands in for that. */
    private static String normalisedFilter(String filter) throws CmdletException {
        RecipientFilter parsed = Filters.parse("RecipientRestrictionFilter", filter);
        return parsed.toString();
    }

    private Cmdlet.Result newScope(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        String name = call.args().string("Name");
        Recipients.checkLength("Name", name, MAX_ASSIGNMENT_NAME);
        String filter = normalisedFilter(call.args().string("RecipientRestrictionFilter"));
        if (tenant.state().managementScopes.stream().anyMatch(s -> s.name.equalsIgnoreCase(name))) {
            throw CmdletException.alreadyExists(scopeDn(tenant, name));
        }
        ManagementScope scope = new ManagementScope();
        scope.guid = MailboxCmdlets.newGuid();
        scope.name = name;
        scope.recipientRestrictionFilter = filter;
        scope.recipientRoot = call.args().string("RecipientRoot");
        scope.exclusive = call.args().flag("Exclusive");
        scope.whenCreated = call.now().toString();
        scope.visibleAfter = call.visibleAfter();
        tenant.state().managementScopes.add(scope);
        call.changed();
        return Cmdlet.Result.one(view(tenant, scope));
    }

    private Cmdlet.Result setScope(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        ManagementScope scope = scope(call, call.args().string("Identity"));
        boolean changed = false;
        if (call.args().has("RecipientRestrictionFilter")) {
            String filter = normalisedFilter(call.args().string("RecipientRestrictionFilter"));
            if (!filter.equals(scope.recipientRestrictionFilter)) {
                scope.recipientRestrictionFilter = filter;
                changed = true;
            }
        }
        if (call.args().has("Name") && !call.args().string("Name").equals(scope.name)) {
            String name = call.args().string("Name");
            if (tenant.state().managementScopes.stream().anyMatch(s -> s != scope && s.name.equalsIgnoreCase(name))) {
                throw CmdletException.alreadyExists(scopeDn(tenant, name));
            }
            String old = scope.name;
            tenant.state().managementRoleAssignments.stream()
                    .filter(a -> old.equalsIgnoreCase(a.customResourceScope)).forEach(a -> a.customResourceScope = name);
            scope.name = name;
            changed = true;
        }
        if (call.args().has("RecipientRoot") && !call.args().string("RecipientRoot").equals(scope.recipientRoot)) {
            scope.recipientRoot = call.args().string("RecipientRoot");
            changed = true;
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(scope.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result removeScope(CmdletCall call) throws CmdletException {
        ManagementScope scope = scope(call, call.args().string("Identity"));
        List<String> users = call.tenant().state().managementRoleAssignments.stream()
                .filter(a -> scope.name.equalsIgnoreCase(a.customResourceScope)).map(a -> a.name).toList();
        if (!users.isEmpty()) {
            throw CmdletException.task("Microsoft.Exchange.Management.RbacTasks.ScopeInUseException",
                    "The management scope \"" + scope.name + "\" can't be removed because it's used by the management "
                            + "role assignments: " + String.join(", ", users) + ".");
        }
        call.tenant().state().managementScopes.remove(scope);
        call.changed();
        return Cmdlet.Result.none();
    }

    // ---- role assignments

    private static String assignmentDn(Tenant tenant, String name) {
        return "CN=" + name + ",CN=Role Assignments,CN=RBAC," + tenant.organization().distinguishedNameSuffix();
    }

    private static Map<String, Object> view(CmdletCall call, ManagementRoleAssignment assignment) {
        Optional<ServicePrincipalPointer> sp = call.tenant().state().exchangeServicePrincipals.stream()
                .filter(p -> p.guid.equals(assignment.servicePrincipalGuid)).findFirst();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("Name", assignment.name);
        view.put("Identity", assignment.name);
        view.put("Role", assignment.role);
        view.put("RoleAssignee", sp.map(p -> p.objectId).orElse(null));
        view.put("RoleAssigneeName", sp.map(p -> p.displayName).orElse(null));
        view.put("RoleAssigneeType", "ServicePrincipal");
        view.put("AssignmentMethod", "Direct");
        view.put("CustomResourceScope", assignment.customResourceScope);
        view.put("RecipientWriteScope", assignment.customResourceScope == null ? "Organization" : "CustomRecipientScope");
        view.put("Enabled", assignment.enabled);
        view.put("DistinguishedName", assignmentDn(call.tenant(), assignment.name));
        view.put("Guid", assignment.guid);
        view.put("WhenCreated", assignment.whenCreated);
        return view;
    }

    private static ManagementRoleAssignment assignment(CmdletCall call, String identity) throws CmdletException {
        Instant now = call.now();
        return call.tenant().state().managementRoleAssignments.stream().filter(a -> visible(a.visibleAfter, now))
                .filter(a -> a.name.equalsIgnoreCase(identity) || a.guid.equalsIgnoreCase(identity)
                        || assignmentDn(call.tenant(), a.name).equalsIgnoreCase(identity))
                .findFirst().orElseThrow(() -> CmdletException.notFound(identity));
    }

    private Cmdlet.Result getAssignment(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        if (args.has("Identity")) {
            return Cmdlet.Result.one(view(call, assignment(call, args.string("Identity"))));
        }
        String assigneeGuid = args.has("RoleAssignee") ? servicePrincipal(call, args.string("RoleAssignee")).guid : null;
        Instant now = call.now();
        return Cmdlet.Result.of(call.tenant().state().managementRoleAssignments.stream()
                .filter(a -> visible(a.visibleAfter, now))
                .filter(a -> assigneeGuid == null || a.servicePrincipalGuid.equals(assigneeGuid))
                .filter(a -> !args.has("Role") || a.role.equalsIgnoreCase(args.string("Role")))
                .filter(a -> !args.has("CustomResourceScope")
                        || args.string("CustomResourceScope").equalsIgnoreCase(a.customResourceScope))
                .filter(a -> !args.has("Enabled") || a.enabled == args.flag("Enabled"))
                .map(a -> view(call, a)).toList());
    }

    private static String role(String role) throws CmdletException {
        return ApplicationRoles.canonical(role).orElseThrow(() -> CmdletException.notFound(role));
    }

    private Cmdlet.Result newAssignment(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        Arguments args = call.args();
        if (args.has("RecipientAdministrativeUnitScope")) {
            throw CmdletException.task("Microsoft.Exchange.Management.RbacTasks.AdministrativeUnitNotSupportedException",
                    "The tenant simulator does not model administrative units; use -CustomResourceScope.");
        }
        String role = role(args.string("Role"));
        ServicePrincipalPointer sp = servicePrincipal(call, args.string("App"));
        String scopeName = args.has("CustomResourceScope") ? scope(call, args.string("CustomResourceScope")).name : null;
        String name = args.optionalString("Name").orElseGet(() -> {
            String generated = role + "-" + sp.displayName;
            return generated.length() > MAX_ASSIGNMENT_NAME ? generated.substring(0, MAX_ASSIGNMENT_NAME) : generated;
        });
        Recipients.checkLength("Name", name, MAX_ASSIGNMENT_NAME);
        if (tenant.state().managementRoleAssignments.stream().anyMatch(a -> a.name.equalsIgnoreCase(name))) {
            throw CmdletException.alreadyExists(assignmentDn(tenant, name));
        }
        ManagementRoleAssignment assignment = new ManagementRoleAssignment();
        assignment.guid = MailboxCmdlets.newGuid();
        assignment.name = name;
        assignment.role = role;
        assignment.servicePrincipalGuid = sp.guid;
        assignment.customResourceScope = scopeName;
        assignment.whenCreated = call.now().toString();
        assignment.visibleAfter = call.visibleAfter();
        tenant.state().managementRoleAssignments.add(assignment);
        call.changed();
        return Cmdlet.Result.one(view(call, assignment));
    }

    private Cmdlet.Result setAssignment(CmdletCall call) throws CmdletException {
        ManagementRoleAssignment assignment = assignment(call, call.args().string("Identity"));
        boolean changed = false;
        if (call.args().has("CustomResourceScope")) {
            String scopeName = scope(call, call.args().string("CustomResourceScope")).name;
            if (!scopeName.equals(assignment.customResourceScope)) {
                assignment.customResourceScope = scopeName;
                changed = true;
            }
        }
        if (call.args().has("Enabled") && call.args().flag("Enabled") != assignment.enabled) {
            assignment.enabled = call.args().flag("Enabled");
            changed = true;
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(assignment.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result removeAssignment(CmdletCall call) throws CmdletException {
        ManagementRoleAssignment assignment = assignment(call, call.args().string("Identity"));
        call.tenant().state().managementRoleAssignments.remove(assignment);
        call.changed();
        return Cmdlet.Result.none();
    }

    private Cmdlet.Result testAuthorization(CmdletCall call) throws CmdletException {
        ServicePrincipalPointer sp = servicePrincipal(call, call.args().string("Identity"));
        Recipient resource = call.args().has("Resource")
                ? call.identity(call.args().string("Resource"), CmdletCall.MAILBOX) : null;
        TenantAccess access = new TenantAccess(call.tenant());
        List<ServicePrincipalAuthorization> rows = access.exchangeAccess().testServicePrincipalAuthorization(
                sp.appId, resource == null ? null : access.mailbox(resource), call.now());
        return Cmdlet.Result.of(rows.stream().map(row -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("RoleName", row.roleName());
            view.put("GrantedPermissions", row.grantedPermissionsText());
            view.put("AllowedResourceScope", row.allowedResourceScope());
            view.put("ScopeType", row.scopeType().name());
            view.put("InScope", row.inScope().toString());
            return view;
        }).toList());
    }
}
