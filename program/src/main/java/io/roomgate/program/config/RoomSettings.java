package io.roomgate.program.config;

import io.roomgate.program.config.StackConfig.ConciergeOffice;
import io.roomgate.program.config.StackConfig.DeclaredRooms;
import io.roomgate.program.config.StackConfig.RoomGroup;
import io.roomgate.program.config.StackConfig.RoomSelection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which rooms, the group that holds them, the concierge offices' groups, and the canary that must stay denied. */
final class RoomSettings {
    static final String DEFAULT_ROOM_GROUP_NAME = "roomgate Rooms";

    private RoomSettings() {}

    /** @param declaredRooms whether roomgate:buildings declares rooms: they are the stack's rooms without rooms: */
    static RoomSelection rooms(StackValues values, boolean declaredRooms) {
        Optional<Settings> maybeRooms = values.object("rooms");
        if (maybeRooms.isEmpty()) {
            if (!values.has("rooms") && !declaredRooms) {
                values.problem("rooms", "is missing. Write the room addresses (rooms: {addresses: [room1@contoso.com]}), or discover them: "
                        + "rooms: {all: true}, rooms: {roomList: \"Building 1 Rooms\"} or rooms: {filter: \"Office -eq 'Building 1'\"}.");
            }
            return new RoomSelection(List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Settings rooms = maybeRooms.get();
        rooms.allowOnly("addresses", "all", "roomList", "filter", "building");
        List<String> addresses = rooms.strings("addresses");
        boolean all = rooms.bool("all").orElse(false);
        Optional<String> roomList = rooms.string("roomList");
        Optional<String> filter = rooms.string("filter");
        Optional<String> building = rooms.string("building");
        boolean discovery = all || roomList.isPresent() || filter.isPresent() || building.isPresent();
        if (!addresses.isEmpty() && discovery) {
            rooms.problem("addresses", "cannot be combined with discovery (all, roomList, filter, building). Keep either the explicit list or the discovery settings.");
        } else if (addresses.isEmpty() && !discovery && !declaredRooms) {
            values.problem("rooms", "selects no rooms. Write addresses: [room1@contoso.com, ...], or all: true, or a roomList, filter or building.");
        }
        if (all && (roomList.isPresent() || filter.isPresent() || building.isPresent())) {
            rooms.problem("all", "is true, which already means every room mailbox; remove roomList, filter and building, or remove all: true to narrow the rooms.");
        }
        var lowerCase = new HashSet<String>();
        for (String address : addresses) {
            if (!Names.isSmtpAddress(address)) {
                rooms.problem("addresses", "'" + address + "' is not an email address. Write the room mailbox's primary address, e.g. room1@contoso.com.");
            } else if (!lowerCase.add(address.toLowerCase(Locale.ROOT))) {
                rooms.problem("addresses", "lists " + address + " more than once (addresses are compared without case). Remove the duplicate.");
            }
        }
        return new RoomSelection(addresses, all, roomList, filter, building);
    }

    static RoomGroup roomGroup(StackValues values) {
        Settings group = values.settings("roomGroup");
        group.allowOnly("name", "alias", "primarySmtpAddress", "owners");
        String name = group.string("name").orElse(DEFAULT_ROOM_GROUP_NAME);
        String alias = group.string("alias").orElse(Names.aliasFrom(name));
        checkGroupNames(group, name, alias);
        Optional<String> primary = group.string("primarySmtpAddress");
        primary.filter(address -> !Names.isSmtpAddress(address)).ifPresent(address ->
                group.problem("primarySmtpAddress", "'" + address + "' is not an email address. Write e.g. roombooking@contoso.com, or leave it out to let Exchange derive it from the alias."));
        return new RoomGroup(name, alias, primary, StackValues.addresses(group, "owners", "a mailbox of an Exchange admin or service user, e.g. admin@contoso.com"));
    }

    private static void checkGroupNames(Settings group, String name, String alias) {
        if (name.length() > Names.EXCHANGE_NAME_LIMIT) {
            group.problem("name", "is " + name.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT
                    + " for a group name. Shorten it, e.g. to '" + name.substring(0, 40).trim() + "'.");
        }
        if (alias.length() > Names.EXCHANGE_NAME_LIMIT) {
            group.problem("alias", "is " + alias.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT + ". Shorten it.");
        } else if (!alias.isEmpty() && !Names.isAlias(alias)) {
            group.problem("alias", "'" + alias + "' has characters an Exchange alias cannot hold. Use letters, digits and !#$%&'*+-/=?^_`{|}~. only "
                    + "(no spaces), e.g. '" + Names.aliasFrom(alias) + "'.");
        } else if (alias.isEmpty()) {
            group.problem("alias", "is missing and cannot be made from the name '" + name + "'. Write an alias of letters and digits.");
        }
    }

    static List<ConciergeOffice> concierge(StackValues values, RoomSelection stackRooms, DeclaredRooms declared,
                                           RoomGroup roomGroup) {
        var offices = new ArrayList<ConciergeOffice>();
        var names = new HashSet<String>();
        var aliases = new HashSet<String>(Set.of(roomGroup.alias().toLowerCase(Locale.ROOT)));
        declared.roomLists().forEach(list -> aliases.add(list.alias().toLowerCase(Locale.ROOT)));
        Set<String> known = Stream.concat(stackRooms.addresses().stream(), declared.addresses().stream())
                .map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // Every room of the stack is known when none is discovered.
        boolean allKnown = stackRooms.explicit() || (!declared.rooms().isEmpty() && !discovers(stackRooms));
        for (Settings office : values.objects("concierge")) {
            office.allowOnly("name", "alias", "primarySmtpAddress", "owners", "members", "rooms", "access");
            Optional<String> name = office.string("name");
            if (name.isEmpty()) {
                office.problem("name", "is missing. Name the office's concierge group, e.g. name: \"PlaceOS Concierge Sydney\".");
            } else if (!names.add(name.get().toLowerCase(Locale.ROOT))) {
                office.problem("name", "'" + name.get() + "' is used by another concierge office. Give each office its own group name.");
            }
            String alias = office.string("alias").orElse(Names.aliasFrom(name.orElse("")));
            if (name.isPresent()) {
                checkGroupNames(office, name.get(), alias);
                if (!alias.isEmpty() && !aliases.add(alias.toLowerCase(Locale.ROOT))) {
                    office.problem("alias", "'" + alias + "' is already the alias of the room group or of another office's group; "
                            + "every group needs its own. Write a distinct alias, e.g. alias: " + alias + "-" + (offices.size() + 1) + ".");
                }
            }
            Optional<String> primary = office.string("primarySmtpAddress");
            primary.filter(address -> !Names.isSmtpAddress(address)).ifPresent(address ->
                    office.problem("primarySmtpAddress", "'" + address + "' is not an email address. Write e.g. concierge-sydney@contoso.com."));
            List<String> rooms = StackValues.addresses(office, "rooms", "a room address of this stack");
            if (allKnown) {
                rooms.stream().filter(r -> Names.isSmtpAddress(r) && !known.contains(r.toLowerCase(Locale.ROOT))).forEach(r ->
                        office.problem("rooms", r + " is not one of the stack's rooms (roomgate:rooms.addresses or roomgate:buildings). Add it there, or remove it here."));
            }
            Optional<FolderRole> folderRole = Optional.empty();
            Optional<String> access = office.string("access");
            if (access.isEmpty()) {
                office.problem("access", "is missing. Write fullAccess (read and manage the room mailbox) or a calendar folder role, "
                        + "e.g. Reviewer (\"can view all details\") or Editor (\"can edit\").");
            } else if (!access.get().equalsIgnoreCase("fullAccess")) {
                folderRole = FolderRole.parse(access.get());
                if (folderRole.isEmpty()) {
                    office.problem("access", "'" + access.get() + "' is neither fullAccess nor a calendar folder role. Write fullAccess or one of: "
                            + String.join(", ", FolderRole.names()) + ".");
                }
            }
            offices.add(new ConciergeOffice(name.orElse(""), alias, primary,
                    StackValues.addresses(office, "owners", "an owner's mailbox address, e.g. admin@contoso.com"),
                    StackValues.addresses(office, "members", "a concierge user's address, e.g. reception@contoso.com"),
                    rooms, folderRole));
        }
        return List.copyOf(offices);
    }

    private static boolean discovers(RoomSelection rooms) {
        return rooms.allRooms() || rooms.roomList().isPresent() || rooms.filter().isPresent() || rooms.building().isPresent();
    }

    static Optional<String> canary(StackValues values, RoomSelection rooms, DeclaredRooms declared) {
        Optional<String> canary = values.optionalString("canaryMailbox");
        canary.ifPresent(address -> {
            if (!Names.isSmtpAddress(address)) {
                values.problem("canaryMailbox", "'" + address + "' is not an email address. Write a user mailbox that is not a room, e.g. canary@contoso.com.");
            } else if (Stream.concat(rooms.addresses().stream(), declared.addresses().stream())
                    .anyMatch(r -> r.equalsIgnoreCase(address))) {
                values.problem("canaryMailbox", address + " is one of the stack's rooms, so verify could never see it denied. Write a user mailbox that is not a room.");
            }
        });
        return canary;
    }
}
