package io.roomgate.e2e;

import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.ExchangeObjects;
import io.roomgate.localtenant.tenant.TenantState;
import io.roomgate.testengine.StandInEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 1: each profile from an empty (seeded) tenant to verified, through the real program, the real provider
 * plugin and the Entra stand-in, with the tenant's state checked afterwards, a second run changing nothing, and
 * the safety rules held over every write.
 */
class ProfilesEndToEndIT {
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @SimulatedTenant(rooms = 8)
    E2eTenant tenant;

    /**
     * Up, up again (no writes), verify (unless {@code expectedVerifyExit} is null), and the rules; returns the first
     * run and the verify report.
     */
    private record Deployed(StandInEngine.RunResult run, E2eTenant.VerifyRun verified) {}

    private Deployed deployAndVerify(String stack, Map<String, String> config, String accessModel,
                                     Integer expectedVerifyExit) throws Exception {
        try (StandInEngine engine = tenant.engine(stack, config)) {
            StandInEngine.RunResult first = engine.up(E2eTenant.program(NOW));
            assertTrue(first.succeeded(), () -> String.join("\n", first.errors()) + "\n" + engine.pluginDiagnostics());
            long logged = tenant.simulator.changeLog().size();

            StandInEngine.RunResult second = engine.up(E2eTenant.program(NOW)).throwOnError();
            assertEquals(0, second.writes(), () -> "a second run wrote: " + second.steps());
            assertEquals(logged, tenant.simulator.changeLog().size());

            E2eTenant.VerifyRun verified = null;
            if (expectedVerifyExit != null) {
                E2eTenant.VerifyRun report = tenant.verify(first.outputs());
                assertEquals(expectedVerifyExit, report.exitCode(), () -> report.stderr() + report.stdout());
                verified = report;
            }

            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(), accessModel));
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
            assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, List.of(first, second)));
            return new Deployed(first, verified);
        }
    }

    private TenantState state() {
        return tenant.simulator.tenant().state();
    }

    @Test
    void placeosOnRbacGoesFromEmptyTenantToVerified() throws Exception {
        List<String> rooms = List.of(Stacks.room(tenant.simulator, "ams", 1), Stacks.room(tenant.simulator, "ber", 1),
                Stacks.room(tenant.simulator, "chi", 1));
        StandInEngine.RunResult run = deployAndVerify("placeos", Stacks.placeos(tenant.simulator, "rbac", rooms),
                "rbac", 0).run();

        String clientId = (String) run.outputs().get("clientId");
        assertTrue(run.secretOutputs().contains("clientSecret"));
        Entra.Application app = tenant.simulator.tenant().applicationByAppId(clientId).orElseThrow();
        assertEquals("PlaceOS Bookings Visualiser", app.displayName);
        assertEquals(1, app.passwordCredentials.size());
        ExchangeObjects.ServicePrincipalPointer pointer = state().exchangeServicePrincipals.stream()
                .filter(sp -> sp.appId.equalsIgnoreCase(clientId)).findFirst().orElseThrow();
        assertEquals(1, state().managementRoleAssignments.stream()
                .filter(a -> a.servicePrincipalGuid.equals(pointer.guid)).count());
        assertTrue(state().oauth2PermissionGrants.stream().anyMatch(g -> g.scope.contains("Calendars.ReadWrite")),
                "the sign-in app's delegated consent");
    }

    @Test
    void placeosOnAccessPolicyGoesFromEmptyTenantToVerified() throws Exception {
        List<String> rooms = List.of(Stacks.room(tenant.simulator, "ams", 1), Stacks.room(tenant.simulator, "ber", 1));
        StandInEngine.RunResult run = deployAndVerify("placeos-policy",
                Stacks.placeos(tenant.simulator, "applicationAccessPolicy", rooms), "applicationAccessPolicy", 0).run();

        String clientId = (String) run.outputs().get("clientId");
        assertEquals(1, state().applicationAccessPolicies.stream()
                .filter(p -> p.appIds.stream().anyMatch(clientId::equalsIgnoreCase)).count());
    }

    @Test
    void roomzGoesFromEmptyTenantToVerified() throws Exception {
        StandInEngine.RunResult run = deployAndVerify("roomz", Stacks.roomz(tenant.simulator), "rbac", 0).run();

        assertTrue(state().managementScopes.stream()
                .anyMatch(scope -> scope.recipientRestrictionFilter.contains("RoomMailbox")));
        assertTrue(run.outputs().containsKey("clientSecret"));
    }

    /**
     * No app at all: roomgate creates the service account's mailbox (its password a secret output) and gives it
     * Editor on every room calendar, which verify checks from the admin side (and the tenant's folder permissions are
     * checked here too).
     */
    @Test
    void alexaDelegateCreatesTheServiceAccountAndGivesItEditorOnEveryRoomCalendar() throws Exception {
        Deployed deployed = deployAndVerify("alexa-delegate", Stacks.alexaDelegate(tenant.simulator), "rbac", 0);

        String account = Stacks.address(tenant.simulator, Stacks.ALEXA_ACCOUNT);
        var serviceAccount = tenant.simulator.tenant().resolveRecipients(account).get(0);
        assertEquals("UserMailbox", serviceAccount.kind.name());
        assertTrue(deployed.run().secretOutputs().contains("serviceAccountPassword"));
        assertTrue(deployed.run().secretOutputs().contains("connectorSettings"), "the settings carry the password");
        var rooms = state().recipients.stream().filter(r -> r.kind.name().equals("RoomMailbox")).toList();
        assertEquals(8, rooms.size());
        for (var room : rooms) {
            assertTrue(room.calendarPermissions != null && room.calendarPermissions.stream().anyMatch(entry ->
                            (entry.user.equalsIgnoreCase(serviceAccount.guid) || entry.user.equalsIgnoreCase(account))
                                    && entry.accessRights.equals(List.of("Editor"))),
                    () -> room.primarySmtpAddress + ": " + room.calendarPermissions);
        }
        assertTrue(state().applications.size() == 2, "no app registered beyond the seeded two");
    }

    /** The tenant-wide grant the stack accepted: verify reports exactly that, as a breach of rooms-only access. */
    @Test
    void alexaApplicationWithItsExplicitAcceptanceIsDeployedAndReportedAsTheTenantWideGrantItIs() throws Exception {
        Deployed deployed = deployAndVerify("alexa-application", Stacks.alexaApplication(tenant.simulator),
                "unrestricted", 3);

        String clientId = (String) deployed.run().outputs().get("clientId");
        Entra.ServicePrincipal sp = tenant.simulator.tenant().servicePrincipalByAppId(clientId).orElseThrow();
        assertTrue(state().appRoleAssignments.stream().anyMatch(a -> a.principalId.equals(sp.objectId)
                && a.appRoleId.equals(Entra.GRAPH_CALENDARS_READ_WRITE)));
        assertTrue(deployed.verified().report().getAsJsonArray("breaches").get(0).getAsString()
                .contains("'unrestricted'"), deployed.verified().stdout());
    }
}
