package io.roomgate.program.config;

import io.roomgate.program.config.StackConfig.DeclaredRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** roomgate:buildings and roomgate:roomLists: what a room takes from its building and floor, and every bad input. */
class DeclaredRoomsReaderTest {
    private static final String HQ = """
            [{"name": "HQ", "city": "Sydney", "countryOrRegion": "AU",
              "roomList": {"name": "HQ rooms", "primarySmtpAddress": "rooms-hq@contoso.com"},
              "floors": [
                {"floor": 1, "label": "Ground", "rooms": [
                  {"address": "hq-1-01@contoso.com", "name": "HQ 1.01", "capacity": 8, "tags": ["Window"]},
                  {"address": "hq-1-02@contoso.com", "capacity": 4, "videoDevice": "Teams Room"}]},
                {"floor": 2, "rooms": [{"address": "hq-2-01@contoso.com", "name": "HQ 2.01", "import": true}]}]}]
            """;

    private static Map<String, String> stack(String buildings) {
        var values = new HashMap<String, String>();
        values.put("tenantId", "8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f");
        values.put("organization", "contoso.onmicrosoft.com");
        values.put("app", "{\"displayName\": \"Room Booking\", \"permissions\": [\"Calendars.ReadWrite\"]}");
        values.put("buildings", buildings);
        return values;
    }

    private static StackConfig read(Map<String, String> values) {
        return StackConfigReader.read(ConfigSource.of(values));
    }

    @Test
    void aRoomTakesItsBuildingsPlaceAndItsFloorAndDeclaresNothingElse() {
        StackConfig config = read(stack(HQ));
        List<DeclaredRoom> rooms = config.declaredRooms().rooms();

        assertEquals(List.of("hq-1-01@contoso.com", "hq-1-02@contoso.com", "hq-2-01@contoso.com"),
                config.declaredRooms().addresses());
        DeclaredRoom first = rooms.get(0);
        assertEquals("HQ", first.building());
        assertEquals(1, first.floor());
        assertEquals("Ground", first.floorLabel());
        assertEquals("Sydney", first.location().city());
        assertEquals("AU", first.location().countryOrRegion());
        assertEquals(8, first.capacity());
        assertEquals(List.of("Window"), first.tags());
        assertNull(first.wheelchairAccessible(), "what the stack leaves out is not managed");
        assertEquals("hq-1-02", rooms.get(1).name(), "the name defaults to the address's local part");
        assertTrue(first.blockSignIn());
        assertTrue(!first.deleteMailboxOnDestroy(), "destroy keeps rooms unless the stack says otherwise");
        assertTrue(rooms.get(2).importExisting());
        assertNull(rooms.get(2).floorLabel());
        assertEquals(List.of(), config.rooms().addresses(), "no roomgate:rooms needed when the stack creates its rooms");
    }

    @Test
    void aBuildingsRoomListHoldsEveryRoomOfTheBuilding() {
        var list = read(stack(HQ)).declaredRooms().roomLists().get(0);

        assertEquals("HQ rooms", list.name());
        assertEquals("HQrooms", list.alias());
        assertEquals(List.of("hq-1-01@contoso.com", "hq-1-02@contoso.com", "hq-2-01@contoso.com"), list.rooms());
    }

    static Stream<Arguments> badRooms() {
        String room = "{\"address\": \"a@contoso.com\", %s}";
        return Stream.of(
                Arguments.of("capacity not a positive number", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"capacity\": 0") + "]}]",
                        "roomgate:buildings[0].rooms[0].capacity", "a room seats at least 1"),
                Arguments.of("capacity not a number", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"capacity\": \"eight\"") + "]}]",
                        "roomgate:buildings[0].rooms[0].capacity", "must be a whole number"),
                Arguments.of("alias with spaces", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"alias\": \"room 1\"") + "]}]",
                        "roomgate:buildings[0].rooms[0].alias", "no spaces"),
                Arguments.of("alias over 64", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"alias\": \"" + "a".repeat(65) + "\"") + "]}]",
                        "roomgate:buildings[0].rooms[0].alias", "takes 1 to 64"),
                Arguments.of("the same address twice", "[{\"name\": \"HQ\", \"floors\": [{\"floor\": 1, \"rooms\": ["
                                + room.formatted("\"name\": \"A1\"") + "]}, {\"floor\": 2, \"rooms\": [{\"address\": \"A@contoso.com\", \"name\": \"A2\"}]}]}]",
                        "roomgate:buildings[0].floors[1].rooms[0].address", "already the address of roomgate:buildings[0].floors[0].rooms[0]"),
                Arguments.of("a floor without a building", "[{\"floors\": [{\"floor\": 3, \"rooms\": [" + room.formatted("\"name\": \"A\"") + "]}]}]",
                        "roomgate:buildings[0].name", "every floor and room needs a building"),
                Arguments.of("a floor without its number", "[{\"name\": \"HQ\", \"floors\": [{\"rooms\": [" + room.formatted("\"name\": \"A\"") + "]}]}]",
                        "roomgate:buildings[0].floors[0].floor", "is missing"),
                Arguments.of("an address that is not one", "[{\"name\": \"HQ\", \"rooms\": [{\"address\": \"room one\"}]}]",
                        "roomgate:buildings[0].rooms[0].address", "is not an email address"),
                Arguments.of("a country that does not exist", "[{\"name\": \"HQ\", \"countryOrRegion\": \"Atlantis\", \"rooms\": ["
                                + room.formatted("\"name\": \"A\"") + "]}]",
                        "roomgate:buildings[0].countryOrRegion", "ISO 3166-1"),
                Arguments.of("a setting roomgate does not know", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"seats\": 8") + "]}]",
                        "roomgate:buildings[0].rooms[0].seats", "capacity"),
                Arguments.of("two rooms with one name", "[{\"name\": \"HQ\", \"rooms\": [" + room.formatted("\"name\": \"Board\"")
                                + ", {\"address\": \"b@contoso.com\", \"name\": \"board\"}]}]",
                        "roomgate:buildings[0].rooms[1].name", "each mailbox name once"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRooms")
    void badRoomInputFailsBeforeAnythingIsDeclaredNamingTheKeyAndTheFix(String situation, String buildings, String key,
                                                                      String advice) {
        List<ConfigProblem> problems = assertThrows(StackConfigException.class, () -> read(stack(buildings))).problems();

        assertTrue(problems.stream().anyMatch(p -> p.key().equals(key) && p.message().contains(advice)),
                () -> situation + ": expected a problem at " + key + " containing '" + advice + "', got " + problems);
    }

    @Test
    void aRoomListOfTheStackNeedsRoomsAndAnAliasOfItsOwn() {
        var values = stack(HQ);
        values.put("roomLists", "[{\"name\": \"HQ rooms\", \"rooms\": [\"hq-1-01@contoso.com\"]}, {\"name\": \"Empty\"}]");

        List<ConfigProblem> problems = assertThrows(StackConfigException.class, () -> read(values)).problems();

        assertTrue(problems.stream().anyMatch(p -> p.key().equals("roomgate:roomLists[0].alias")
                && p.message().contains("alias of another group or room list")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("roomgate:roomLists[1].rooms")
                && p.message().contains("lists no rooms")), problems.toString());
    }

    @Test
    void aServiceAccountPasswordIsOnlyForAnAccountRoomgateCreates() {
        var values = stack(HQ);
        values.put("serviceAccount", "{\"address\": \"svc@contoso.com\", \"existing\": true}");
        values.put("serviceAccountPassword", "Secret-Value-2026!");

        List<ConfigProblem> problems = assertThrows(StackConfigException.class, () -> read(values)).problems();

        assertTrue(problems.stream().anyMatch(p -> p.key().equals("roomgate:serviceAccountPassword")
                && p.message().contains("existing is true")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("Secret-Value-2026!")));
    }
}
