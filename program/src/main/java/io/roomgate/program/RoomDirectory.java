package io.roomgate.program;

import io.roomgate.program.config.ConfigProblem;
import io.roomgate.program.config.StackConfig.DeclaredRoomList;
import io.roomgate.program.config.StackConfig.DeclaredRooms;
import io.roomgate.program.config.StackConfig.RoomSelection;
import io.roomgate.program.config.StackConfigException;
import io.roomgate.resources.exchangeonline.ExchangeOnline;
import io.roomgate.resources.exchangeonline.GetRoomMailboxesArgs;
import io.roomgate.resources.exchangeonline.outputs.Room;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The stack's rooms as addresses: the explicit list, or the tenant's room mailboxes found by the provider's
 * {@code getRoomMailboxes} function. Discovery waits for the answer because one resource is declared per room.
 */
final class RoomDirectory {
    private RoomDirectory() {}

    /**
     * The explicit or discovered rooms together with the rooms the stack creates (which discovery cannot find before
     * they exist); a room list the stack declares is resolved to its declared rooms, not asked of Exchange.
     */
    static List<String> resolve(RoomSelection selection, DeclaredRooms declared) {
        LinkedHashMap<String, String> rooms = new LinkedHashMap<>();
        Optional<DeclaredRoomList> declaredList = selection.roomList().flatMap(list -> declared.roomLists().stream()
                .filter(d -> list.equalsIgnoreCase(d.name()) || list.equalsIgnoreCase(d.alias())
                        || d.primarySmtpAddress().filter(list::equalsIgnoreCase).isPresent()).findFirst());
        boolean discovery = selection.allRooms() || selection.roomList().isPresent() || selection.filter().isPresent()
                || selection.building().isPresent();
        List<String> selected;
        if (declaredList.isPresent() && selection.filter().isEmpty() && selection.building().isEmpty()) {
            selected = declaredList.get().rooms();
        } else if (discovery) {
            selected = discover(selection, declared.rooms().isEmpty());
        } else {
            selected = selection.addresses();
        }
        selected.forEach(room -> rooms.putIfAbsent(room.toLowerCase(Locale.ROOT), room));
        declared.addresses().forEach(room -> rooms.putIfAbsent(room.toLowerCase(Locale.ROOT), room));
        return List.copyOf(rooms.values());
    }

    private static List<String> discover(RoomSelection selection, boolean mustFindSome) {
        var args = GetRoomMailboxesArgs.builder();
        selection.roomList().ifPresent(args::roomList);
        selection.filter().ifPresent(args::filter);
        selection.building().ifPresent(args::building);
        List<String> rooms;
        try {
            rooms = ExchangeOnline.getRoomMailboxes(args.build()).join().rooms().stream()
                    .map(Room::primarySmtpAddress).toList();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        if (rooms.isEmpty() && mustFindSome) {
            throw new StackConfigException(List.of(new ConfigProblem("roomgate:rooms",
                    "found no room mailbox in the tenant (" + describe(selection) + "). Check the room list, filter or building, "
                            + "or list the rooms with addresses: [...].")));
        }
        return rooms;
    }

    private static String describe(RoomSelection selection) {
        if (selection.allRooms()) {
            return "all room mailboxes";
        }
        var parts = new java.util.ArrayList<String>();
        selection.roomList().ifPresent(v -> parts.add("roomList " + v));
        selection.filter().ifPresent(v -> parts.add("filter " + v));
        selection.building().ifPresent(v -> parts.add("building " + v));
        return String.join(" and ", parts);
    }
}
