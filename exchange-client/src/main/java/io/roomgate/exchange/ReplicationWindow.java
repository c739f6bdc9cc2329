package io.roomgate.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The objects this client created recently, by every name they answer to. Exchange replicates new objects between
 * domain controllers, so for minutes after a create a call that names one may get "not found"; such a call is tried
 * again until the object's window closes instead of being read as "gone" (DESIGN rule 4).
 */
final class ReplicationWindow {
    private record Created(Set<String> names, Instant until) {
    }

    private final List<Created> created = new CopyOnWriteArrayList<>();
    private final Duration wait;
    private final Clock clock;

    ReplicationWindow(Duration wait, Clock clock) {
        this.wait = wait;
        this.clock = clock;
    }

    void remember(String... names) {
        Set<String> keys = java.util.Arrays.stream(names).filter(Objects::nonNull).filter(n -> !n.isBlank())
                .map(ReplicationWindow::key).collect(Collectors.toSet());
        if (!keys.isEmpty() && !wait.isZero()) {
            Instant now = clock.instant();
            created.removeIf(entry -> entry.until().isBefore(now));
            created.add(new Created(keys, now.plus(wait)));
        }
    }

    /** After a successful delete the object is gone for good: its "not found" must not be waited out. */
    void forget(String name) {
        if (name != null) {
            String key = key(name);
            created.removeIf(entry -> entry.names().contains(key));
        }
    }

    /** Until when a "not found" for this cmdlet may be replication lag, if it names a recently created object. */
    Optional<Instant> lagDeadline(Cmdlet cmdlet) {
        List<String> mentioned = new ArrayList<>();
        for (Object value : cmdlet.parameters().values()) {
            if (value instanceof Collection<?> values) {
                values.forEach(item -> mentioned.add(String.valueOf(item)));
            } else if (value instanceof String text) {
                mentioned.add(text);
                int folder = text.indexOf(":\\");
                if (folder > 0) {
                    mentioned.add(text.substring(0, folder));
                }
            }
        }
        Instant now = clock.instant();
        return created.stream()
                .filter(entry -> entry.until().isAfter(now))
                .filter(entry -> mentioned.stream().map(ReplicationWindow::key).anyMatch(entry.names()::contains))
                .map(Created::until)
                .max(Instant::compareTo);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
