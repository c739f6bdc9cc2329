package io.roomgate.localtenant.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tenant's notion of now: the wall clock plus an offset a test can advance, so that token expiry and
 * replication lag can be exercised without sleeping.
 */
public final class SimulatedClock {
    private final AtomicLong offsetMillis = new AtomicLong();

    public Instant now() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }
}
