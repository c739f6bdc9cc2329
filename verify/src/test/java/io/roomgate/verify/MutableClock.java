package io.roomgate.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** A clock tests move by hand (or read from the simulator's clock), so waiting is instant and nothing is timed. */
class MutableClock extends Clock {
    private volatile Instant now;
    private final Supplier<Instant> source;

    MutableClock(Instant start) {
        this.now = start;
        this.source = () -> now;
    }

    /** A clock that reads {@code source}, e.g. the simulated tenant's. */
    MutableClock(Supplier<Instant> source) {
        this.source = source;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return source.get();
    }
}
