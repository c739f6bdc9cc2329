package io.roomgate.verify;

import java.util.Objects;

/**
 * What the Exchange admin test says of one mailbox, which bypasses Exchange's caches: whether the app's read and
 * write access is granted once every change has propagated.
 */
public record AdminResult(ProbeResult read, ProbeResult write) {

    public static final AdminResult SKIPPED = new AdminResult(ProbeResult.skipped("admin tests not run"),
            ProbeResult.skipped("admin tests not run"));

    public AdminResult {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
    }

    public static AdminResult failed(String detail) {
        return new AdminResult(ProbeResult.failed(detail), ProbeResult.failed(detail));
    }
}
