package io.roomgate.e2e;

import com.azure.core.credential.TokenRequestContext;
import io.roomgate.localtenant.directory.DirectoryOperations;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testfixtures.SimulatorGraph;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario 2: day-2 changes to a deployed stack write only their difference, and the rules hold throughout. */
class DayTwoEndToEndIT {
    private static final Instant NOW = ProfilesEndToEndIT.NOW;

    @SimulatedTenant(rooms = 8)
    E2eTenant tenant;
    private final List<StandInEngine.RunResult> runs = new ArrayList<>();

    private List<String> rooms(String... names) {
        List<String> rooms = new ArrayList<>();
        for (String name : names) {
            rooms.add(Stacks.room(tenant.simulator, name.substring(0, 3), Integer.parseInt(name.substring(3))));
        }
        return rooms;
    }

    /** The operations a run wrote, counted, e.g. {Add-DistributionGroupMember=1}. */
    private Map<String, Integer> writesOf(StandInEngine engine, Map<String, String> config, Instant now) {
        long before = tenant.simulator.changeLog().size();
        StandInEngine.RunResult run = engine.up(E2eTenant.program(now));
        assertTrue(run.succeeded(), () -> String.join("\n", run.errors()));
        runs.add(run);
        Map<String, Integer> counts = new TreeMap<>();
        tenant.simulator.changeLog().changesSince(before).forEach(change -> counts.merge(change.operation(), 1,
                Integer::sum));
        return counts;
    }

    private void assertRulesHeld(StandInEngine engine, String accessModel) {
        assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(), accessModel));
        assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
        assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, runs));
    }

    @Test
    void roomsAddedAndRemovedAndAConciergeOfficeAddedWriteOnlyTheirDifference() throws Exception {
        Map<String, String> config = Stacks.placeos(tenant.simulator, "rbac", rooms("ams1", "ber1", "chi1"));
        try (StandInEngine engine = tenant.engine("placeos", config)) {
            writesOf(engine, config, NOW);

            Map<String, String> moved = Stacks.placeos(tenant.simulator, "rbac", rooms("ams1", "ber1", "den1"));
            try (StandInEngine next = tenant.engine("placeos", moved)) {
                assertEquals(Map.of("Add-DistributionGroupMember", 1, "Remove-DistributionGroupMember", 1),
                        writesOf(next, moved, NOW));
                assertEquals(0, next.up(E2eTenant.program(NOW)).throwOnError().writes());

                Map<String, String> withOffice = new LinkedHashMap<>(moved);
                withOffice.put("concierge", Stacks.json(List.of(
                        Map.of("name", "PlaceOS Concierge Amsterdam",
                                "primarySmtpAddress", Stacks.address(tenant.simulator, "concierge-ams"),
                                "members", List.of(Stacks.address(tenant.simulator, "adelev")),
                                "rooms", rooms("ams1", "ber1"), "access", "Reviewer"),
                        Map.of("name", "PlaceOS Concierge Denver",
                                "primarySmtpAddress", Stacks.address(tenant.simulator, "concierge-den"),
                                "members", List.of(Stacks.address(tenant.simulator, "leeg")),
                                "rooms", rooms("den1"), "access", "Editor"))));
                try (StandInEngine third = tenant.engine("placeos", withOffice)) {
                    Map<String, Integer> officeWrites = writesOf(third, withOffice, NOW);
                    assertEquals(1, officeWrites.get("New-DistributionGroup"), officeWrites.toString());
                    assertEquals(1, officeWrites.get("Add-MailboxFolderPermission"), officeWrites.toString());
                    assertFalse(officeWrites.keySet().stream().anyMatch(op -> op.startsWith("Remove-")
                            || op.startsWith("DELETE") || op.startsWith("POST /applications")), officeWrites.toString());
                    assertRulesHeld(third, "rbac");
                }
            }
        }
    }

    @Test
    void changedCalendarSettingsAreSetOnEveryRoomAndNothingElse() throws Exception {
        Map<String, String> config = Stacks.roomz(tenant.simulator);
        try (StandInEngine engine = tenant.engine("roomz", config)) {
            writesOf(engine, config, NOW);
        }
        Map<String, String> changed = new LinkedHashMap<>(config);
        changed.put("calendarProcessing", Stacks.json(Map.of("bookingWindowInDays", 365)));
        try (StandInEngine engine = tenant.engine("roomz", changed)) {
            assertEquals(Map.of("Set-CalendarProcessing", 8), writesOf(engine, changed, NOW));
            String room = Stacks.room(tenant.simulator, "chi", 2);
            Object window = tenant.simulator.tenant().read(() -> tenant.simulator.tenant().resolveRecipients(room)
                    .get(0).calendarProcessingOverrides().get("BookingWindowInDays"));
            assertEquals("365", String.valueOf(window).replace(".0", ""));
            assertRulesHeld(engine, "rbac");
        }
    }

    @Test
    void rotatedSecretIsAddedBeforeTheOldOneIsRemovedAndSignsIn() throws Exception {
        Map<String, String> config = Stacks.roomz(tenant.simulator);
        try (StandInEngine engine = tenant.engine("roomz", config)) {
            writesOf(engine, config, NOW);
            String clientId = (String) runs.get(0).outputs().get("clientId");
            String oldSecret = (String) runs.get(0).outputs().get("clientSecret");
            long before = tenant.simulator.changeLog().size();

            Map<String, Integer> rotation = writesOf(engine, config, NOW.plus(Duration.ofDays(400)));

            assertEquals(Map.of(DirectoryOperations.ADD_PASSWORD, 1, DirectoryOperations.REMOVE_PASSWORD, 1), rotation);
            List<ChangeLog.Change> changes = tenant.simulator.changeLog().changesSince(before);
            assertEquals(DirectoryOperations.ADD_PASSWORD, changes.get(0).operation(), "the new secret comes first");
            String newSecret = (String) runs.get(1).outputs().get("clientSecret");
            assertNotEquals(oldSecret, newSecret);
            assertTrue(runs.get(1).secretOutputs().contains("clientSecret"));
            Entra.Application app = tenant.simulator.tenant().applicationByAppId(clientId).orElseThrow();
            assertEquals(List.of(newSecret), app.passwordCredentials.stream().map(p -> p.secretText).toList());
            assertFalse(SimulatorGraph.credential(tenant.simulator, clientId, newSecret).getTokenSync(
                    new TokenRequestContext().addScopes(SimulatorGraph.GRAPH_DEFAULT_SCOPE)).getToken().isBlank());
            assertRulesHeld(engine, "rbac");
        }
    }
}
