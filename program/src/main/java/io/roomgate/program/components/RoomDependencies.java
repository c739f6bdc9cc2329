package io.roomgate.program.components;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The room mailboxes the stack creates, by address, so that whatever is declared on a room (its calendar processing,
 * a folder permission, group membership) depends on the room's creation and the engine orders them so. A room the
 * stack does not create has no dependency.
 */
public final class RoomDependencies {
    public static final RoomDependencies NONE = new RoomDependencies(Map.of());

    private final Map<String, Resource> byAddress;

    RoomDependencies(Map<String, ? extends Resource> byAddress) {
        this.byAddress = byAddress.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    public List<Resource> of(String room) {
        Resource created = byAddress.get(room.toLowerCase(Locale.ROOT));
        return created == null ? List.of() : List.of(created);
    }

    public List<Resource> of(Collection<String> rooms) {
        return rooms.stream().map(room -> byAddress.get(room.toLowerCase(Locale.ROOT))).filter(Objects::nonNull)
                .distinct().toList();
    }

    /** Options for a child of {@code parent} that concerns {@code rooms}: it waits for the ones the stack creates. */
    CustomResourceOptions childOf(Resource parent, Collection<String> rooms) {
        List<Resource> dependencies = of(rooms);
        var options = CustomResourceOptions.builder().parent(parent);
        if (!dependencies.isEmpty()) {
            options.dependsOn(dependencies);
        }
        return options.build();
    }
}
