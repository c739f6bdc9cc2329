package io.roomgate.testfixtures;

import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.UUID;

/** Microsoft Graph application permissions given and taken "by hand" in a simulated tenant's directory. */
public final class SimulatedGraphGrants {
    private SimulatedGraphGrants() {
    }

    /** Grants a Graph application role to the app's service principal, as an app role assignment; returns its id. */
    public static String grant(TenantSimulator sim, String appId, String appRoleId) {
        Tenant tenant = sim.tenant();
        return tenant.write(() -> {
            Entra.AppRoleAssignment assignment = new Entra.AppRoleAssignment();
            assignment.id = UUID.randomUUID().toString();
            assignment.principalId = tenant.servicePrincipalByAppId(appId).orElseThrow().objectId;
            assignment.resourceId = tenant.servicePrincipalByAppId(Entra.GRAPH_APP_ID).orElseThrow().objectId;
            assignment.appRoleId = appRoleId;
            assignment.createdDateTime = tenant.now().toString();
            tenant.state().appRoleAssignments.add(assignment);
            return assignment.id;
        });
    }

    public static void revoke(TenantSimulator sim, String assignmentId) {
        Tenant tenant = sim.tenant();
        tenant.write(() -> tenant.state().appRoleAssignments.removeIf(a -> a.id.equals(assignmentId)));
    }
}
