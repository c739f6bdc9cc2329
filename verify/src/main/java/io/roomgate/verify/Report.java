package io.roomgate.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything verify found, in the order the stack lists its rooms (the canary last).
 *
 * @param clientId       the platform's app, or null for a stack whose platform signs in as {@code serviceAccount}
 * @param serviceAccount the service account of a stack without an app, else null
 * @param breaches       tenant-wide findings that make the verdict {@link Verdict#BREACH}, each explained
 * @param notChecked     checks verify was asked to make and could not, each with why; any makes the verdict no
 *                       better than {@link Verdict#ERROR}
 * @param warnings       what the admin should know but that does not change the verdict
 * @param uncoveredRooms rooms the tenant lists (Exchange or Graph places) that the stack does not cover
 * @param rounds         how many times the probes ran ({@code --wait} repeats them while the verdict is pending)
 */
public record Report(Instant checkedAt, String tenantId, String clientId, String serviceAccount,
                     AccessModel accessModel, boolean writeProbed,
                     List<TargetResult> results, List<String> breaches, List<String> notChecked, List<String> warnings,
                     List<String> uncoveredRooms, Verdict verdict, int rounds) {

    public Report {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(accessModel, "accessModel");
        results = List.copyOf(results);
        breaches = List.copyOf(breaches);
        notChecked = List.copyOf(notChecked);
        warnings = List.copyOf(warnings);
        uncoveredRooms = List.copyOf(uncoveredRooms);
        Objects.requireNonNull(verdict, "verdict");
    }

    /** For a pending verdict: how long Exchange may still take, in an admin's words. */
    public Optional<String> expectedWait() {
        return verdict == Verdict.PENDING ? Optional.of(accessModel.propagationText()) : Optional.empty();
    }

    public long count(Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    public List<TargetResult> rooms() {
        return results.stream().filter(result -> !result.target().isCanary()).toList();
    }

    public Optional<TargetResult> canary() {
        return results.stream().filter(result -> result.target().isCanary()).findFirst();
    }
}
