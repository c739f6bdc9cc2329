package io.roomgate.verify;

import java.util.Objects;

/** One probe's outcome with a line for the admin: what was called and what came back. */
public record ProbeResult(Outcome outcome, String detail) {

    public static final ProbeResult SKIPPED = new ProbeResult(Outcome.SKIPPED, "not probed");

    public ProbeResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public static ProbeResult allowed(String detail) {
        return new ProbeResult(Outcome.ALLOWED, detail);
    }

    public static ProbeResult denied(String detail) {
        return new ProbeResult(Outcome.DENIED, detail);
    }

    public static ProbeResult notFound(String detail) {
        return new ProbeResult(Outcome.NOT_FOUND, detail);
    }

    public static ProbeResult failed(String detail) {
        return new ProbeResult(Outcome.FAILED, detail);
    }

    public static ProbeResult skipped(String why) {
        return new ProbeResult(Outcome.SKIPPED, why);
    }

    public boolean is(Outcome expected) {
        return outcome == expected;
    }
}
