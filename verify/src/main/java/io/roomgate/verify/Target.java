package io.roomgate.verify;

import java.util.Objects;

/** A mailbox verify probes, and what the stack expects of it. */
public record Target(String address, Kind kind) {

    public enum Kind {
        /** A room of the stack: the app must reach its calendar. */
        ROOM,
        /** A mailbox that is not a room: the app must be denied. */
        CANARY
    }

    public Target {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
    }

    public static Target room(String address) {
        return new Target(address, Kind.ROOM);
    }

    public static Target canary(String address) {
        return new Target(address, Kind.CANARY);
    }

    public boolean isCanary() {
        return kind == Kind.CANARY;
    }
}
