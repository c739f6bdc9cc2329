package io.roomgate.localtenant.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/** When a fact was in force in the tenant: from {@code since} (inclusive) until {@code until} (exclusive), if ended. */
public record Validity(Instant since, @Nullable Instant until) {

    public Validity {
        Objects.requireNonNull(since, "since");
        if (until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("a fact cannot end (" + until + ") before it starts (" + since + ")");
        }
    }

    /** In force from {@code since} on. */
    public static Validity since(Instant since) {
        return new Validity(since, null);
    }

    /** In force for as long as anyone can tell: for facts whose history does not matter. */
    public static Validity always() {
        return since(Instant.EPOCH);
    }

    /** The same fact, ended (removed or replaced) at {@code until}. */
    public Validity endedAt(Instant until) {
        return new Validity(since, until);
    }

    public boolean inForceAt(Instant instant) {
        return !instant.isBefore(since) && (until == null || instant.isBefore(until));
    }

    Optional<Instant> end() {
        return Optional.ofNullable(until);
    }
}
