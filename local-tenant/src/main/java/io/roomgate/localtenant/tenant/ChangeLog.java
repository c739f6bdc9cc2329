package io.roomgate.localtenant.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ordered record of every committed write, for tests that check invariants over time. */
public final class ChangeLog {
    /** One committed write: which call, with what parameters, by which app. */
    public record Change(long sequence, Instant time, String operation, Map<String, Object> parameters,
                         String callerAppId) {
    }

    private final List<Change> changes = new ArrayList<>();

    /** Records a write; callers hold the tenant's write lock, so the order is the commit order. */
    public synchronized Change record(Instant time, String operation, Map<String, Object> parameters,
                                      String callerAppId) {
        Change change = new Change(changes.size() + 1L, time, operation, Collections.unmodifiableMap(new LinkedHashMap<>(parameters)), callerAppId);
        changes.add(change);
        return change;
    }

    public synchronized List<Change> changes() {
        return List.copyOf(changes);
    }

    public synchronized List<Change> changesSince(long sequence) {
        return sequence >= changes.size() ? List.of() : List.copyOf(changes.subList((int) sequence, changes.size()));
    }

    public synchronized int size() {
        return changes.size();
    }
}
