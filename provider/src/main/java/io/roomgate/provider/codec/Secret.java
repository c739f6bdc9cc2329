package io.roomgate.provider.codec;

/**
 * A value the engine keeps secret: encrypted in state, masked in output. Its {@code toString} never shows the value,
 * so a secret that strays into a log line or an exception message stays unreadable.
 */
public record Secret(Object value) {
    @Override
    public String toString() {
        return "[secret]";
    }
}
