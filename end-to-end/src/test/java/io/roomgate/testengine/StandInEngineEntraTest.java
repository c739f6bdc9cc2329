package io.roomgate.testengine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.Context;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.directory.DirectoryOperations;
import io.roomgate.localtenant.directory.GraphDirectory;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.resources.azuread.AppRoleAssignment;
import io.roomgate.resources.azuread.AppRoleAssignmentArgs;
import io.roomgate.resources.azuread.Application;
import io.roomgate.resources.azuread.ApplicationArgs;
import io.roomgate.resources.azuread.ApplicationPassword;
import io.roomgate.resources.azuread.ApplicationPasswordArgs;
import io.roomgate.resources.azuread.AzureAd;
import io.roomgate.resources.azuread.GetServicePrincipalArgs;
import io.roomgate.resources.azuread.ServicePrincipal;
import io.roomgate.resources.azuread.ServicePrincipalArgs;
import io.roomgate.resources.azuread.outputs.GetServicePrincipalResult;
import io.roomgate.testfixtures.ProviderPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stand-in engine's own lifecycle (create, no-op, update and replace, destroy) on azuread resources applied
 * through the Entra stand-in to a simulated tenant: what {@code pulumi up} twice and {@code pulumi destroy} would do.
 */
class StandInEngineEntraTest {
    private static final String PLACE_READ_ALL = "913b9306-0ce1-42b8-9137-6a7df690a760";

    private TenantSimulator simulator;
    private StandInEngine engine;
    @TempDir
    Path workDir;

    @BeforeEach
    void start() throws Exception {
        simulator = TenantSimulator.start(SimulatorOptions.defaults().withRooms(2));
        GraphDirectory.mountOn(simulator);
        engine = newEngine();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        simulator.close();
    }

    private StandInEngine newEngine() throws Exception {
        return StandInEngine.builder().projectDir(ProviderPlugin.projectDir()).stack("entra-test")
                .stateFile(workDir.resolve("state.json"))
                .entra(GraphEntraStandIn.on(simulator)).build();
    }

    /** An app, its service principal, a secret of the rotation window, and a Graph role granted to it. */
    private static Consumer<Context> program(String displayName, String rotationWindow) {
        return ctx -> {
            var app = new Application("app", ApplicationArgs.builder().displayName(displayName).build());
            var sp = new ServicePrincipal("sp", ServicePrincipalArgs.builder().clientId(app.clientId()).build());
            var secret = new ApplicationPassword("secret", ApplicationPasswordArgs.builder()
                    .applicationId(app.id()).displayName("roomgate " + rotationWindow)
                    .rotateWhenChanged(Map.of("window", rotationWindow)).build());
            var graph = AzureAd.getServicePrincipal(GetServicePrincipalArgs.builder()
                    .clientId(Entra.GRAPH_APP_ID).build());
            new AppRoleAssignment("place-read", AppRoleAssignmentArgs.builder()
                    .appRoleId(PLACE_READ_ALL)
                    .principalObjectId(sp.objectId())
                    .resourceObjectId(graph.applyValue(GetServicePrincipalResult::objectId))
                    .build());
            ctx.export("clientId", app.clientId());
            ctx.export("clientSecret", secret.value());
        };
    }

    @Test
    void firstRunCreatesTheAppAndTheSecondChangesNothing() {
        StandInEngine.RunResult first = engine.up(program("Booking", "2026-11-01")).throwOnError();

        assertEquals(4, first.steps(Step.Op.CREATE).size(), first.steps().toString());
        String clientId = (String) first.outputs().get("clientId");
        Entra.Application app = simulator.tenant().applicationByAppId(clientId).orElseThrow();
        assertEquals("Booking", app.displayName);
        Entra.ServicePrincipal sp = simulator.tenant().servicePrincipalByAppId(clientId).orElseThrow();
        assertTrue(simulator.tenant().read(() -> simulator.tenant().state().appRoleAssignments.stream()
                .anyMatch(a -> a.principalId.equals(sp.objectId) && a.appRoleId.equals(PLACE_READ_ALL))));
        assertTrue(first.secretOutputs().contains("clientSecret"));
        assertEquals(app.passwordCredentials.get(0).secretText, first.outputs().get("clientSecret"));

        int logged = simulator.changeLog().size();
        StandInEngine.RunResult second = engine.up(program("Booking", "2026-11-01")).throwOnError();

        assertEquals(0, second.writes(), second.steps().toString());
        assertEquals(logged, simulator.changeLog().size());
    }

    @Test
    void stateSurvivesTheEngineAndKeepsTheSecretWrapped() throws Exception {
        StandInEngine.RunResult first = engine.up(program("Booking", "2026-11-01")).throwOnError();
        String secretText = (String) first.outputs().get("clientSecret");
        engine.close();
        engine = newEngine();

        assertEquals(0, engine.up(program("Booking", "2026-11-01")).throwOnError().writes());
        assertTrue(Files.readString(workDir.resolve("state.json")).contains(Structs.SECRET_SIGNATURE));
        Struct password = engine.rawOutputsOf(GraphEntraStandIn.PASSWORD, "secret");
        assertTrue(Structs.isSecret(password.getFieldsOrThrow("value")));
        assertFalse(holdsPlainly(Value.newBuilder().setStructValue(password).build(), secretText));
    }

    @Test
    void renamingUpdatesInPlaceAndANewRotationWindowAddsTheSecretBeforeRemovingTheOld() {
        engine.up(program("Booking", "2026-11-01")).throwOnError();
        long before = simulator.changeLog().size();

        StandInEngine.RunResult rotated = engine.up(program("Booking v2", "2026-12-01")).throwOnError();

        assertEquals(List.of(GraphEntraStandIn.APPLICATION),
                rotated.steps(Step.Op.UPDATE).stream().map(Step::type).toList());
        assertEquals(List.of(GraphEntraStandIn.PASSWORD),
                rotated.steps(Step.Op.REPLACE).stream().map(Step::type).toList());
        List<String> operations = simulator.changeLog().changesSince(before).stream()
                .map(ChangeLog.Change::operation).toList();
        assertEquals(List.of(DirectoryOperations.UPDATE_APPLICATION, DirectoryOperations.ADD_PASSWORD,
                DirectoryOperations.REMOVE_PASSWORD), operations);
        Entra.Application app = simulator.tenant().applicationByAppId((String) rotated.outputs().get("clientId"))
                .orElseThrow();
        assertEquals("Booking v2", app.displayName);
        assertEquals(1, app.passwordCredentials.size());
        assertEquals(rotated.outputs().get("clientSecret"), app.passwordCredentials.get(0).secretText);
    }

    @Test
    void destroyRevokesTheGrantBeforeItsPrincipalAndLeavesNothingBehind() {
        String clientId = (String) engine.up(program("Booking", "2026-11-01")).throwOnError().outputs()
                .get("clientId");
        long before = simulator.changeLog().size();

        StandInEngine.RunResult destroyed = engine.destroy().throwOnError();

        assertEquals(4, destroyed.steps(Step.Op.DELETE).size());
        List<String> operations = simulator.changeLog().changesSince(before).stream()
                .map(ChangeLog.Change::operation).toList();
        assertTrue(operations.indexOf(DirectoryOperations.REVOKE_APP_ROLE)
                < operations.indexOf(DirectoryOperations.DELETE_SERVICE_PRINCIPAL), operations.toString());
        assertTrue(operations.indexOf(DirectoryOperations.DELETE_SERVICE_PRINCIPAL)
                < operations.indexOf(DirectoryOperations.DELETE_APPLICATION), operations.toString());
        assertTrue(simulator.tenant().applicationByAppId(clientId).isEmpty());
        assertTrue(simulator.tenant().servicePrincipalByAppId(clientId).isEmpty());
        assertTrue(engine.resourceIds().isEmpty());
    }

    private static boolean holdsPlainly(Value value, String text) {
        if (Structs.isSecret(value)) {
            return false;
        }
        return switch (value.getKindCase()) {
            case STRING_VALUE -> value.getStringValue().contains(text);
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(v -> holdsPlainly(v, text));
            case STRUCT_VALUE -> value.getStructValue().getFieldsMap().values().stream()
                    .anyMatch(v -> holdsPlainly(v, text));
            default -> false;
        };
    }
}
