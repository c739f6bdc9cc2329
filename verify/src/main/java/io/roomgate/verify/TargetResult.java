package io.roomgate.verify;

import java.util.Objects;

/** One row of the report: a mailbox, its probes, and the conclusion with its explanation. */
public record TargetResult(Target target, ProbeResult graphRead, ProbeResult graphWrite, AdminResult admin,
                           Status status, String explanation) {
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(graphRead, "graphRead");
        Objects.requireNonNull(graphWrite, "graphWrite");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
    }
}
