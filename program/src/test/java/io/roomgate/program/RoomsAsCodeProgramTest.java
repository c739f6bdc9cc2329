package io.roomgate.program;

import io.roomgate.program.ProgramHarness.Registration;
import io.roomgate.program.ProgramHarness.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.roomgate.program.RoomgateProgramTest.CALENDAR_PROCESSING;
import static io.roomgate.program.RoomgateProgramTest.FOLDER_PERMISSION;
import static io.roomgate.program.RoomgateProgramTest.GROUP;
import static io.roomgate.program.RoomgateProgramTest.ROOM_LIST;
import static io.roomgate.program.RoomgateProgramTest.ROOM_MAILBOX;
import static io.roomgate.program.StackFixtures.TENANT_ROOMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stack that creates its rooms: what is declared, and that everything on a room waits for the room. */
class RoomsAsCodeProgramTest {
    @AfterEach
    void cleanup() {
        ProgramHarness.cleanup();
    }

    /** 12 rooms over 2 buildings and 3 floors, one room list per building and one list of the stack. */
    static String buildings() {
        List<String> entries = new ArrayList<>();
        String[][] floors = {{"HQ", "1"}, {"HQ", "2"}, {"Annex", "1"}};
        for (String building : List.of("HQ", "Annex")) {
            List<String> buildingFloors = new ArrayList<>();
            for (String[] floor : floors) {
                if (!floor[0].equals(building)) {
                    continue;
                }
                List<String> rooms = new ArrayList<>();
                for (int i = 1; i <= 4; i++) {
                    String alias = building.toLowerCase() + "-" + floor[1] + "-0" + i;
                    rooms.add("{\"address\": \"" + alias + "@contoso.com\", \"name\": \"" + alias + "\", \"capacity\": "
                            + (2 * i) + "}");
                }
                buildingFloors.add("{\"floor\": " + floor[1] + ", \"label\": \"Level " + floor[1] + "\", \"rooms\": ["
                        + String.join(", ", rooms) + "]}");
            }
            entries.add("{\"name\": \"" + building + "\", \"city\": \"Sydney\", \"countryOrRegion\": \"AU\", "
                    + "\"roomList\": {\"name\": \"Rooms " + building + "\"}, \"floors\": [" + String.join(", ", buildingFloors)
                    + "]}");
        }
        return "[" + String.join(", ", entries) + "]";
    }

    private static Map<String, String> stack(String accessModel) {
        Map<String, String> config = StackFixtures.placeos(accessModel);
        config.remove("rooms");
        config.remove("concierge");
        config.put("buildings", buildings());
        config.put("roomLists", "[{\"name\": \"Boardrooms\", \"rooms\": [\"hq-1-04@contoso.com\", \"annex-1-04@contoso.com\"]}]");
        config.put("calendarProcessing", "{\"automateProcessing\": \"AutoAccept\"}");
        config.put("concierge", "[{\"name\": \"Front Desk\", \"members\": [\"reception@contoso.com\"], "
                + "\"rooms\": [\"hq-1-01@contoso.com\"], \"access\": \"Reviewer\"}]");
        return config;
    }

    private static Run run(Map<String, String> config) {
        Run run = ProgramHarness.run(config, TENANT_ROOMS);
        assertEquals(0, run.result().exitCode(), () -> "program failed: " + run.result().exceptions());
        return run;
    }

    private static Map<String, Registration> roomsByAddress(Run run) {
        return run.ofType(ROOM_MAILBOX).stream().collect(Collectors.toMap(r -> r.input("primarySmtpAddress"), r -> r));
    }

    @Test
    void twelveRoomsOverTwoBuildingsAndThreeFloorsAreDeclaredWithTheirRoomLists() {
        Run run = run(stack("rbac"));
        Map<String, Registration> rooms = roomsByAddress(run);

        assertEquals(12, rooms.size());
        Registration room = rooms.get("hq-2-03@contoso.com");
        assertEquals("HQ", room.input("building"));
        assertEquals(2, ((Number) room.inputs().get("floor")).intValue());
        assertEquals("Level 2", room.input("floorLabel"));
        assertEquals("AU", room.input("countryOrRegion"));
        assertEquals(6, ((Number) room.inputs().get("capacity")).intValue());
        assertEquals(false, room.inputs().get("deleteMailboxOnDestroy"));
        assertFalse(room.inputs().containsKey("isWheelChairAccessible"), "what the stack leaves out is not declared");
        List<Registration> lists = run.ofType(ROOM_LIST);
        assertEquals(List.of("Boardrooms", "Rooms Annex", "Rooms HQ"), lists.stream().map(l -> l.input("name")).sorted().toList());
        Registration hq = lists.stream().filter(l -> l.input("name").equals("Rooms HQ")).findFirst().orElseThrow();
        assertEquals(8, hq.list("members").size());
        assertTrue(hq.dependencies().containsAll(rooms.values().stream().filter(r -> r.input("building").equals("HQ"))
                .map(Registration::urn).toList()), "a room list waits for its rooms");
    }

    @Test
    void declaredRoomsJoinTheStacksRoomsAndEverythingOnARoomWaitsForIt() {
        Run run = run(stack("rbac"));
        Map<String, Registration> rooms = roomsByAddress(run);

        for (Registration settings : run.ofType(CALENDAR_PROCESSING)) {
            Registration room = rooms.get(settings.input("identity"));
            assertTrue(settings.dependencies().contains(room.urn()), settings.name() + " waits for its room");
        }
        assertEquals(12, run.ofType(CALENDAR_PROCESSING).size());
        Registration group = run.ofType(GROUP).stream().filter(g -> g.name().endsWith("room-group")).findFirst().orElseThrow();
        assertEquals(rooms.keySet().stream().sorted().toList(), group.list("members").stream().map(Object::toString).sorted().toList());
        assertTrue(group.dependencies().containsAll(rooms.values().stream().map(Registration::urn).toList()),
                "the room group takes the rooms in once they exist");
        Registration concierge = run.one(FOLDER_PERMISSION);
        assertTrue(concierge.dependencies().contains(rooms.get("hq-1-01@contoso.com").urn()));
        assertEquals(rooms.keySet().stream().sorted().toList(),
                ((List<?>) run.output("roomAddresses", List.class).getValueNullable()).stream().map(Object::toString).sorted().toList());
        assertTrue(run.mocks().calls.stream().noneMatch(c -> c.token.equals("exchangeonline:index:getRoomMailboxes")),
                "the stack's own rooms need no discovery");
    }

    @Test
    void withAllRoomsTheDeclaredRoomsJoinTheDiscoveredOnesInTheSameUp() {
        Map<String, String> config = StackFixtures.roomz("rbac");
        config.put("buildings", buildings());
        Run run = run(config);

        List<?> addresses = run.output("roomAddresses", List.class).getValueNullable();
        assertEquals(TENANT_ROOMS.size() + 12, addresses.size());
        assertTrue(addresses.containsAll(TENANT_ROOMS));
        assertTrue(addresses.contains("annex-1-02@contoso.com"));
        Map<String, Registration> rooms = roomsByAddress(run);
        for (Registration settings : run.ofType(CALENDAR_PROCESSING)) {
            Registration room = rooms.get(settings.input("identity"));
            if (room != null) {
                assertTrue(settings.dependencies().contains(room.urn()));
            } else {
                assertTrue(TENANT_ROOMS.contains(settings.input("identity")));
            }
        }
    }

    @Test
    void aRoomListTheStackDeclaresSelectsItsRoomsWithoutAskingExchange() {
        Map<String, String> config = stack("rbac");
        config.put("rooms", "{\"roomList\": \"Boardrooms\"}");
        Run run = run(config);

        assertTrue(run.mocks().calls.stream().noneMatch(c -> c.token.equals("exchangeonline:index:getRoomMailboxes")));
        assertEquals(12, run.output("roomAddresses", List.class).getValueNullable().size(),
                "declared rooms always join the selection");
    }

    @Test
    void aRoomMarkedImportIsAdoptedByItsAddress() {
        Map<String, String> config = stack("rbac");
        config.put("buildings", "[{\"name\": \"Annex\", \"rooms\": [{\"address\": \"by-hand@contoso.com\", "
                + "\"name\": \"By hand\", \"import\": true}, {\"address\": \"new@contoso.com\"}]}]");
        config.remove("roomLists");
        config.remove("concierge");
        Run run = run(config);

        Map<String, String> importIds = run.monitor().requests.stream().filter(r -> r.getType().equals(ROOM_MAILBOX))
                .collect(Collectors.toMap(RegisterResourceRequest::getName, RegisterResourceRequest::getImportId));
        assertEquals(Map.of("room-by-hand@contoso.com", "by-hand@contoso.com", "room-new@contoso.com", ""), importIds);
    }

    @Test
    void badRoomInputStopsTheProgramBeforeAnythingIsDeclared() {
        Map<String, String> config = stack("rbac");
        config.put("buildings", "[{\"floors\": [{\"floor\": 1, \"rooms\": [{\"address\": \"a@contoso.com\", "
                + "\"capacity\": -2}]}]}]");
        Run run = ProgramHarness.run(config, TENANT_ROOMS);

        assertFalse(run.result().exceptions().isEmpty());
        String message = run.result().exceptions().get(0).getMessage();
        assertTrue(message.contains("roomgate:buildings[0].name: is missing: every floor and room needs a building"), message);
        assertTrue(message.contains("roomgate:buildings[0].floors[0].rooms[0].capacity: is -2"), message);
        assertEquals(List.of(), run.registrations(), "nothing was declared");
    }
}
