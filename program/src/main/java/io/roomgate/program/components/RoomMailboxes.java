package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.StackConfig.DeclaredRoom;
import io.roomgate.program.config.StackConfig.DeclaredRoomList;
import io.roomgate.program.config.StackConfig.DeclaredRooms;
import io.roomgate.resources.exchangeonline.RoomList;
import io.roomgate.resources.exchangeonline.RoomListArgs;
import io.roomgate.resources.exchangeonline.RoomMailbox;
import io.roomgate.resources.exchangeonline.RoomMailboxArgs;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rooms the stack creates: one RoomMailbox per declared room, with only the Places data the stack gives, and the
 * room lists, each depending on the rooms it holds. A room marked {@code import} is adopted by its address (Pulumi's
 * {@code import} option) instead of created. Destroy keeps every room mailbox unless its room says otherwise.
 */
public final class RoomMailboxes extends ComponentResource {
    public static final String TYPE = "roomgate:index:RoomMailboxes";

    private final Map<String, RoomMailbox> rooms = new LinkedHashMap<>();
    private final List<RoomList> roomLists = new ArrayList<>();

    public RoomMailboxes(String name, DeclaredRooms declared, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        for (DeclaredRoom room : declared.rooms()) {
            var child = CustomResourceOptions.builder().parent(this);
            if (room.importExisting()) {
                child.importId(room.address());
            }
            rooms.put(room.address().toLowerCase(Locale.ROOT), new RoomMailbox(
                    "room-" + room.address().toLowerCase(Locale.ROOT), args(room), child.build()));
        }
        RoomDependencies dependencies = dependencies();
        for (DeclaredRoomList list : declared.roomLists()) {
            var args = RoomListArgs.builder().name(list.name()).alias(list.alias()).displayName(list.name())
                    .members(list.rooms());
            list.primarySmtpAddress().ifPresent(args::primarySmtpAddress);
            roomLists.add(new RoomList("room-list-" + list.alias().toLowerCase(Locale.ROOT), args.build(),
                    dependencies.childOf(this, list.rooms())));
        }
        registerOutputs(Map.of("roomAddresses", Output.of(declared.addresses())));
    }

    private static RoomMailboxArgs args(DeclaredRoom room) {
        var args = RoomMailboxArgs.builder().primarySmtpAddress(room.address()).name(room.name())
                .blockSignIn(room.blockSignIn()).deleteMailboxOnDestroy(room.deleteMailboxOnDestroy());
        set(room.displayName(), args::displayName);
        set(room.alias(), args::alias);
        set(room.capacity(), args::capacity);
        set(room.building(), args::building);
        set(room.floor(), args::floor);
        set(room.floorLabel(), args::floorLabel);
        set(room.label(), args::label);
        set(room.location().street(), args::street);
        set(room.location().city(), args::city);
        set(room.location().state(), args::state);
        set(room.location().postalCode(), args::postalCode);
        set(room.location().countryOrRegion(), args::countryOrRegion);
        set(room.phone(), args::phone);
        if (!room.tags().isEmpty()) {
            args.tags(room.tags());
        }
        set(room.wheelchairAccessible(), args::isWheelChairAccessible);
        set(room.audioDevice(), args::audioDeviceName);
        set(room.videoDevice(), args::videoDeviceName);
        set(room.displayDevice(), args::displayDeviceName);
        return args.build();
    }

    /** A setting the stack leaves out is not declared, so the provider neither writes nor diffs it. */
    private static <T> void set(@Nullable T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** What per-room resources wait for: each declared room's creation. */
    public RoomDependencies dependencies() {
        return new RoomDependencies(rooms);
    }

    public List<RoomMailbox> rooms() {
        return List.copyOf(rooms.values());
    }

    public List<RoomList> roomLists() {
        return List.copyOf(roomLists);
    }
}
