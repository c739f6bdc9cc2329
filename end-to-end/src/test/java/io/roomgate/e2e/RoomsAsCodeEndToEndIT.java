package io.roomgate.e2e;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.NewRoomMailbox;
import io.roomgate.exchange.PlaceSettings;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.testengine.EngineLogSink;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testengine.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rooms as code, end to end on the stand-in engine (the real-engine harness had not landed when this was written;
 * it ports as it is): a stack creates 12 rooms over 2 buildings and 3 floors with their room lists, verify reaches
 * every one as the platform's app, capacities and a floor change by exactly their Set-Place, 2 rooms made by hand
 * are imported with no write, and destroy takes the access away but keeps every room mailbox, saying so.
 */
class RoomsAsCodeEndToEndIT {
    private static final Instant NOW = ProfilesEndToEndIT.NOW;

    @SimulatedTenant(rooms = 4)
    E2eTenant tenant;
    private final List<StandInEngine.RunResult> runs = new ArrayList<>();

    private String address(String alias) {
        return Stacks.address(tenant.simulator, alias);
    }

    private Map<String, Object> room(String alias, int capacity) {
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("address", address(alias));
        room.put("name", alias.toUpperCase());
        room.put("capacity", capacity);
        return room;
    }

    /** HQ: floors 1 and 2; Annex: floor 1; four rooms each. {@code hqSecondFloor} is the HQ's upper floor's number. */
    private List<Object> buildings(int hqSecondFloor, int bigRoomCapacity, List<Map<String, Object>> annexExtra) {
        List<Map<String, Object>> annexRooms = new ArrayList<>(List.of(room("annex-1-01", bigRoomCapacity),
                room("annex-1-02", 6), room("annex-1-03", 4), room("annex-1-04", 4)));
        annexRooms.addAll(annexExtra);
        return List.of(
                Map.of("name", "HQ", "city", "Sydney", "countryOrRegion", "AU",
                        "roomList", Map.of("name", "Rooms HQ", "alias", "rooms-hq"),
                        "floors", List.of(
                                Map.of("floor", 1, "label", "Ground", "rooms", List.of(room("hq-1-01", bigRoomCapacity),
                                        room("hq-1-02", 8), room("hq-1-03", 4), room("hq-1-04", 2))),
                                Map.of("floor", hqSecondFloor, "label", "Level " + hqSecondFloor, "rooms", List.of(
                                        room("hq-2-01", 10), room("hq-2-02", 6), room("hq-2-03", 6),
                                        room("hq-2-04", 4))))),
                Map.of("name", "Annex", "city", "Sydney", "countryOrRegion", "AU",
                        "roomList", Map.of("name", "Rooms Annex", "alias", "rooms-annex"),
                        "floors", List.of(Map.of("floor", 1, "label", "Annex ground", "rooms", annexRooms))));
    }

    private Map<String, String> stack(List<Object> buildings) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("tenantId", tenant.simulator.tenantId());
        config.put("organization", tenant.simulator.organization());
        config.put("profile", "custom");
        config.put("accessModel", "rbac");
        config.put("app", Stacks.json(Map.of("displayName", "Rooms as code platform",
                "permissions", List.of("Calendars.ReadWrite"))));
        config.put("roomGroup", Stacks.json(Map.of("name", "Rooms as code", "alias", "rooms-as-code")));
        config.put("calendarProcessing", Stacks.json(Map.of("automateProcessing", "AutoAccept", "deleteSubject", false)));
        config.put("buildings", Stacks.json(buildings));
        config.put("roomLists", Stacks.json(List.of(Map.of("name", "Boardrooms", "alias", "boardrooms",
                "rooms", List.of(address("hq-1-01"), address("annex-1-01"))))));
        config.put("canaryMailbox", address("ceo"));
        return config;
    }

    private StandInEngine.RunResult up(StandInEngine engine) {
        StandInEngine.RunResult run = engine.up(E2eTenant.program(NOW));
        assertTrue(run.succeeded(), () -> String.join("\n", run.errors()) + "\n" + engine.pluginDiagnostics());
        runs.add(run);
        return run;
    }

    /** What one run wrote in the tenant, by cmdlet. */
    private Map<String, Integer> writes(Runnable run) {
        long before = tenant.simulator.changeLog().size();
        run.run();
        Map<String, Integer> counts = new TreeMap<>();
        tenant.simulator.changeLog().changesSince(before).forEach(c -> counts.merge(c.operation(), 1, Integer::sum));
        return counts;
    }

    private Recipient recipient(String alias) {
        return tenant.simulator.tenant().read(() -> tenant.simulator.tenant().resolveRecipients(address(alias)).get(0));
    }

    private List<String> roomListMembers(String alias) {
        return tenant.simulator.tenant().read(() -> recipient(alias).members.stream()
                .map(guid -> tenant.simulator.tenant().recipientByGuid(guid).orElseThrow().primarySmtpAddress)
                .sorted().toList());
    }

    @Test
    void twelveRoomsAreCreatedVerifiedChangedJoinedByImportedOnesAndKeptOnDestroy() throws Exception {
        SafetyRules.Baseline before = SafetyRules.baseline(tenant.simulator);
        try (StandInEngine engine = tenant.engine("rooms-as-code", stack(buildings(2, 12, List.of())))) {
            // 1. Twelve rooms over 2 buildings and 3 floors, with their Places data and three room lists.
            Map<String, Integer> created = writes(() -> up(engine));
            assertEquals(12, created.get("New-Mailbox"), created.toString());
            assertEquals(12, created.get("Set-Place"), created.toString());
            assertEquals(4, created.get("New-DistributionGroup"), "three room lists and the room group");
            Recipient room = recipient("hq-2-03");
            assertEquals(RecipientKind.RoomMailbox, room.kind);
            assertTrue(room.accountDisabled(), "a room's account cannot sign in");
            assertEquals("HQ", room.place.building);
            assertEquals(2, room.place.floor);
            assertEquals("Level 2", room.place.floorLabel);
            assertEquals("AU", room.place.countryOrRegion);
            assertEquals(6, room.resourceCapacity);
            assertEquals(8, roomListMembers("rooms-hq").size());
            assertEquals(List.of(address("annex-1-01"), address("hq-1-01")), roomListMembers("boardrooms"));

            // 2. A second up changes nothing.
            assertEquals(Map.of(), writes(() -> assertEquals(0, up(engine).writes())));

            // 3. Verify, as the platform's app, reaches every new room (and only rooms).
            E2eTenant.VerifyRun verified = tenant.verify(runs.get(0).outputs());
            assertEquals(0, verified.exitCode(), () -> verified.stderr() + verified.stdout());
            String report = verified.stdout();
            for (String alias : List.of("hq-1-01", "hq-2-04", "annex-1-03")) {
                assertTrue(report.contains(address(alias)), alias + " is in verify's report");
            }

            // 4. Two capacities and a floor change: exactly their Set-Place, nothing else.
            Map<String, Integer> changed;
            try (StandInEngine dayTwo = tenant.engine("rooms-as-code", stack(buildings(3, 14, List.of())))) {
                changed = writes(() -> up(dayTwo));
            }
            assertEquals(Map.of("Set-Place", 6), changed, "hq-1-01 and annex-1-01 seat 14, HQ's floor 2 is floor 3");
            assertEquals(14, recipient("annex-1-01").resourceCapacity);
            assertEquals(3, recipient("hq-2-01").place.floor);
            assertEquals("Level 3", recipient("hq-2-01").place.floorLabel);
        }

        // 5. Two rooms made by hand join the stack by import, read and not written.
        ExchangeAdmin byHand = tenant.byHand();
        for (String alias : List.of("annex-1-05", "annex-1-06")) {
            byHand.newRoomMailbox(new NewRoomMailbox(alias.toUpperCase(), alias, null, address(alias), 8));
            byHand.setPlace(address(alias), new PlaceSettings("Annex", 1, "Annex ground", null, null, null, "Sydney",
                    null, null, "AU", null, null, null, null, null, null));
        }
        List<Map<String, Object>> handMade = new ArrayList<>();
        for (String alias : List.of("annex-1-05", "annex-1-06")) {
            Map<String, Object> imported = room(alias, 8);
            imported.put("import", true);
            handMade.add(imported);
        }
        try (StandInEngine engine = tenant.engine("rooms-as-code", stack(buildings(3, 14, handMade)))) {
            StandInEngine.RunResult[] imported = new StandInEngine.RunResult[1];
            Map<String, Integer> importWrites = writes(() -> imported[0] = up(engine));
            assertEquals(2, imported[0].steps(Step.Op.IMPORT).size(), imported[0].steps().toString());
            assertTrue(!importWrites.containsKey("New-Mailbox") && !importWrites.containsKey("Set-Place"),
                    "an import writes nothing to the rooms themselves: " + importWrites);
            assertEquals(Optional.of(2), Optional.ofNullable(importWrites.get("Set-CalendarProcessing")),
                    "the imported rooms join the stack's calendar processing: " + importWrites);
            assertTrue(roomListMembers("rooms-annex").contains(address("annex-1-06")));
            assertEquals(0, up(engine).writes(), "and then nothing changes");

            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(), "rbac"));
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
            assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, runs));

            // 6. Destroy: the access goes, the room lists go, every room mailbox stays, and the log says so.
            StandInEngine.RunResult destroyed = engine.destroy();
            assertTrue(destroyed.succeeded(), () -> String.join("\n", destroyed.errors()));
            List<String> kept = engine.engineLog().stream().map(EngineLogSink.Message::text)
                    .filter(text -> text.startsWith("keeping room mailbox ")).toList();
            assertEquals(14, kept.size(), kept.toString());
        }
        long rooms = tenant.simulator.tenant().read(() -> tenant.simulator.tenant().recipients().stream()
                .filter(r -> r.kind == RecipientKind.RoomMailbox).count());
        assertEquals(4 + 14, rooms, "the seeded rooms and every room of the stack are still there");
        assertEquals(List.of(), SafetyRules.orphansAfterDestroy(tenant.simulator, before));
    }
}
