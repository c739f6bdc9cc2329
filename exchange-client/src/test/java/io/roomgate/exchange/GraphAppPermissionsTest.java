package io.roomgate.exchange;

import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.testfixtures.SimulatedGraphGrants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's Graph permissions as the client reads them over Graph's REST API from the local tenant's directory. */
class GraphAppPermissionsTest {
    private static TenantSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        sim = SimulatedTenant.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static GraphAppPermissions as(CredentialSource credential) {
        return GraphAppPermissions.connect(SimulatedTenant.options(sim, credential).build(),
                URI.create(sim.graphEndpoint()));
    }

    @Test
    void calendarsGrantOfThePlatformAppIsReadByItsName() {
        GraphAppPermissions graph = as(SimulatedTenant.deployerSecret(sim));
        String app = sim.platformApp().clientId();
        assertEquals(List.of(), graph.graphApplicationRoles(app));
        String id = SimulatedGraphGrants.grant(sim, app, Entra.GRAPH_CALENDARS_READ_WRITE);
        try {
            assertEquals(List.of("Calendars.ReadWrite"), graph.graphApplicationRoles(app));
        } finally {
            SimulatedGraphGrants.revoke(sim, id);
        }
        assertEquals(List.of(), graph.graphApplicationRoles(app));
    }

    @Test
    void anAppWithoutAServicePrincipalHoldsNothing() {
        assertEquals(List.of(), as(SimulatedTenant.deployerSecret(sim))
                .graphApplicationRoles("0f0f0f0f-1111-2222-3333-444444444444"));
    }

    @Test
    void aDeployerWithoutApplicationReadAllIsToldWhichPermissionToGrant() {
        var platform = new CredentialSource.ClientSecret(sim.platformApp().clientId(), sim.platformApp().clientSecret());
        var refused = assertThrows(GraphAppPermissions.GraphReadException.class,
                () -> as(platform).graphApplicationRoles(sim.deployerApp().clientId()));
        assertTrue(refused.denied(), refused.getMessage());
        assertEquals(403, refused.status());
        assertTrue(refused.getMessage().contains("HTTP 403"), refused.getMessage());
        assertTrue(refused.getMessage().contains("application permission Application.Read.All"), refused.getMessage());
        assertFalse(refused.getMessage().contains(sim.platformApp().clientSecret()));
    }

    @Test
    void graphTokenScopeIsTheCloudsOwnGraphAndThePublicOneElsewhere() {
        assertEquals("https://graph.microsoft.us/.default",
                GraphAppPermissions.scopeFor(URI.create("https://graph.microsoft.us/v1.0")));
        assertEquals("https://graph.microsoft.com/.default",
                GraphAppPermissions.scopeFor(URI.create("https://127.0.0.1:4443/v1.0")));
    }

    @Test
    void aGraphThatDoesNotAnswerIsNotTakenForARefusal() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GraphAppPermissions graph = GraphAppPermissions.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).build(), URI.create("https://127.0.0.1:" + closedPort + "/v1.0"));

        var failed = assertThrows(GraphAppPermissions.GraphReadException.class,
                () -> graph.graphApplicationRoles(sim.platformApp().clientId()));

        assertFalse(failed.denied(), failed.getMessage());
        assertEquals(0, failed.status());
        assertTrue(failed.getMessage().contains("check the network and run again"), failed.getMessage());
    }
}
