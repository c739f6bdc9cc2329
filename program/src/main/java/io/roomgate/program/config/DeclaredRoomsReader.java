package io.roomgate.program.config;

import com.google.gson.JsonElement;
import io.roomgate.program.config.StackConfig.DeclaredRoom;
import io.roomgate.program.config.StackConfig.DeclaredRoomList;
import io.roomgate.program.config.StackConfig.DeclaredRooms;
import io.roomgate.program.config.StackConfig.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code roomgate:buildings} (buildings → floors → rooms) and {@code roomgate:roomLists}. A building says once
 * what all its rooms share (city, country, street, its room list), a floor its number and label, and each room is
 * one line: address, name, capacity. Every mistake is a problem naming the full key, e.g.
 * {@code roomgate:buildings[0].floors[2].rooms[5].capacity}.
 */
final class DeclaredRoomsReader {
    private final List<ConfigProblem> problems;
    private final List<DeclaredRoom> rooms = new ArrayList<>();
    private final List<DeclaredRoomList> roomLists = new ArrayList<>();
    private final Map<String, String> addressKeys = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> aliases;

    private DeclaredRoomsReader(List<ConfigProblem> problems, Set<String> aliasesInUse) {
        this.problems = problems;
        this.aliases = new HashSet<>(aliasesInUse);
    }

    /** @param aliasesInUse aliases other groups of the stack take (the room group), lower case */
    static DeclaredRooms read(JsonElement buildings, JsonElement roomLists, Set<String> aliasesInUse,
                              List<ConfigProblem> problems) {
        DeclaredRoomsReader reader = new DeclaredRoomsReader(problems, aliasesInUse);
        for (Settings building : Settings.objects("roomgate:buildings", buildings, problems)) {
            reader.building(building);
        }
        for (Settings list : Settings.objects("roomgate:roomLists", roomLists, problems)) {
            reader.roomList(list, null);
        }
        return new DeclaredRooms(List.copyOf(reader.rooms), List.copyOf(reader.roomLists));
    }

    private void building(Settings building) {
        building.allowOnly("name", "street", "city", "state", "postalCode", "countryOrRegion", "roomList", "floors",
                "rooms", "deleteMailboxOnDestroy");
        Optional<String> name = building.string("name");
        if (name.isEmpty()) {
            building.problem("name", "is missing: every floor and room needs a building. Name it as Room Finder shows "
                    + "it, e.g. name: \"HQ\" (Set-Place -Building).");
        }
        Optional<String> country = building.string("countryOrRegion");
        country.filter(value -> !Names.isCountry(value)).ifPresent(value -> building.problem("countryOrRegion",
                "'" + value + "' is not a country or region Exchange knows. Write its ISO 3166-1 two-letter code, e.g. AU."));
        Location location = new Location(building.string("street").orElse(null), building.string("city").orElse(null),
                building.string("state").orElse(null), building.string("postalCode").orElse(null), country.orElse(null));
        boolean deleteOnDestroy = building.bool("deleteMailboxOnDestroy").orElse(false);
        List<String> inBuilding = new ArrayList<>();
        Place place = new Place(name.orElse(null), null, null, location, deleteOnDestroy);
        for (Settings room : Settings.objects(building.keyOf("rooms"), raw(building, "rooms"), problems)) {
            room(room, place).ifPresent(inBuilding::add);
        }
        for (Settings floor : Settings.objects(building.keyOf("floors"), raw(building, "floors"), problems)) {
            floor.allowOnly("floor", "label", "rooms");
            Optional<Integer> number = floor.integer("floor");
            if (number.isEmpty() && !floor.has("floor")) {
                floor.problem("floor", "is missing. Write the floor's number, e.g. floor: 3 (0 for the ground floor, "
                        + "negative below it).");
            }
            Place onFloor = new Place(place.building(), number.orElse(null), floor.string("label").orElse(null),
                    location, deleteOnDestroy);
            List<Settings> floorRooms = Settings.objects(floor.keyOf("rooms"), raw(floor, "rooms"), problems);
            if (floorRooms.isEmpty()) {
                floor.problem("rooms", "lists no rooms. List them, e.g. rooms: [{address: hq-3-01@contoso.com, name: "
                        + "\"HQ 3.01\", capacity: 8}], or remove the floor.");
            }
            for (Settings room : floorRooms) {
                room(room, onFloor).ifPresent(inBuilding::add);
            }
        }
        if (building.has("roomList")) {
            Optional<Settings> list = building.object("roomList");
            list.ifPresent(settings -> roomList(settings, inBuilding));
        }
    }

    /** What a room takes from its building and floor. */
    private record Place(String building, Integer floor, String floorLabel, Location location, boolean deleteOnDestroy) {}

    private Optional<String> room(Settings room, Place place) {
        room.allowOnly("address", "name", "displayName", "alias", "capacity", "label", "tags", "wheelchairAccessible",
                "audioDevice", "videoDevice", "displayDevice", "phone", "blockSignIn", "deleteMailboxOnDestroy", "import");
        Optional<String> address = room.string("address");
        if (address.isEmpty()) {
            room.problem("address", "is missing. Write the room's email address, e.g. address: hq-3-01@contoso.com.");
            return Optional.empty();
        }
        if (!Names.isSmtpAddress(address.get())) {
            room.problem("address", "'" + address.get() + "' is not an email address. Write e.g. hq-3-01@contoso.com.");
            return Optional.empty();
        }
        String other = addressKeys.putIfAbsent(address.get().toLowerCase(Locale.ROOT), room.keyOf("address"));
        if (other != null) {
            room.problem("address", address.get() + " is already the address of " + other.replace(".address", "")
                    + " (addresses are compared without case). Give each room its own address.");
        }
        String name = room.string("name").orElse(address.get().substring(0, address.get().indexOf('@')));
        if (name.length() > Names.EXCHANGE_NAME_LIMIT) {
            room.problem("name", "is " + name.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT
                    + " for a mailbox name. Shorten it, and put the long form in displayName.");
        } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
            room.problem("name", "'" + name + "' is the name of another room of the stack; Exchange needs each "
                    + "mailbox name once. Write a distinct name (displayName may repeat).");
        }
        Optional<String> alias = room.string("alias");
        alias.ifPresent(value -> checkAlias(room, value));
        Optional<Integer> capacity = room.integer("capacity");
        capacity.filter(seats -> seats < 1).ifPresent(seats -> room.problem("capacity", "is " + seats
                + "; a room seats at least 1. Write the number of seats, e.g. capacity: 8, or leave it out."));
        rooms.add(new DeclaredRoom(address.get(), name, room.string("displayName").orElse(null), alias.orElse(null),
                capacity.filter(seats -> seats >= 1).orElse(null), place.building(), place.floor(), place.floorLabel(),
                room.string("label").orElse(null), place.location(), room.string("phone").orElse(null),
                room.strings("tags"), room.bool("wheelchairAccessible").orElse(null),
                room.string("audioDevice").orElse(null), room.string("videoDevice").orElse(null),
                room.string("displayDevice").orElse(null), room.bool("blockSignIn").orElse(true),
                room.bool("deleteMailboxOnDestroy").orElse(place.deleteOnDestroy()),
                room.bool("import").orElse(false)));
        return address;
    }

    /** @param buildingRooms the rooms of the building the list belongs to; null for a list of roomgate:roomLists */
    private void roomList(Settings list, List<String> buildingRooms) {
        list.allowOnly(buildingRooms == null ? new String[]{"name", "alias", "primarySmtpAddress", "rooms"}
                : new String[]{"name", "alias", "primarySmtpAddress"});
        Optional<String> name = list.string("name");
        if (name.isEmpty()) {
            list.problem("name", "is missing. Name the room list as Room Finder should show it, e.g. name: \"HQ rooms\".");
            return;
        }
        if (name.get().length() > Names.EXCHANGE_NAME_LIMIT) {
            list.problem("name", "is " + name.get().length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT
                    + ". Shorten it.");
        }
        String alias = list.string("alias").orElse(Names.aliasFrom(name.get()));
        if (checkAlias(list, alias) && !aliases.add(alias.toLowerCase(Locale.ROOT))) {
            list.problem("alias", "'" + alias + "' is the alias of another group or room list of the stack. Write a "
                    + "distinct alias, e.g. alias: " + alias + "-" + (roomLists.size() + 1) + ".");
        }
        Optional<String> primary = list.string("primarySmtpAddress");
        primary.filter(address -> !Names.isSmtpAddress(address)).ifPresent(address -> list.problem("primarySmtpAddress",
                "'" + address + "' is not an email address. Write e.g. rooms-hq@contoso.com, or leave it out."));
        List<String> members = buildingRooms;
        if (members == null) {
            members = list.strings("rooms");
            members.stream().filter(room -> !Names.isSmtpAddress(room)).forEach(room -> list.problem("rooms",
                    "'" + room + "' is not an email address. List the rooms' addresses."));
            if (members.isEmpty()) {
                list.problem("rooms", "lists no rooms. List room addresses, e.g. rooms: [hq-3-01@contoso.com].");
            }
        }
        roomLists.add(new DeclaredRoomList(name.get(), alias, primary, List.copyOf(members)));
    }

    private static boolean checkAlias(Settings settings, String alias) {
        if (alias.isEmpty() || alias.length() > Names.EXCHANGE_NAME_LIMIT) {
            settings.problem("alias", "is " + alias.length() + " characters; an Exchange alias takes 1 to "
                    + Names.EXCHANGE_NAME_LIMIT + ". Shorten it.");
            return false;
        }
        if (!Names.isAlias(alias)) {
            settings.problem("alias", "'" + alias + "' has characters an Exchange alias cannot hold. Use letters, digits "
                    + "and !#$%&'*+-/=?^_`{|}~. only (no spaces), e.g. '" + Names.aliasFrom(alias) + "'.");
            return false;
        }
        return true;
    }

    private static JsonElement raw(Settings settings, String setting) {
        return settings.has(setting) ? settings.raw(setting) : null;
    }
}
