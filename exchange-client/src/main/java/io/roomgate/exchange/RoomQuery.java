package io.roomgate.exchange;

/**
 * Which room mailboxes to list; every non-null criterion must hold (AND). All null = every room in the tenant.
 *
 * @param filter   an OPATH filter, e.g. {@code Office -eq 'Building 1'}
 * @param roomList a room list identity: only its members
 * @param building shorthand for {@code Office -eq '<building>'}
 */
public record RoomQuery(String filter, String roomList, String building) {
    public static RoomQuery all() {
        return new RoomQuery(null, null, null);
    }
}
