package io.roomgate.exchange;

import java.util.List;

/**
 * The {@code @adminapi.warnings} Exchange attached to a successful write, e.g. "The command completed successfully
 * but no settings of 'x' have been modified." Callers pass them on to the admin; the client also logs them.
 */
public record Warnings(List<String> messages) {
    public Warnings {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public static Warnings none() {
        return new Warnings(List.of());
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** True when any warning contains {@code text}, case-insensitively. */
    public boolean mention(String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return messages.stream().anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains(needle));
    }
}
