package io.roomgate.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plans the probes from the stack's outputs, runs them with bounded concurrency, classifies, and with a wait
 * deadline repeats the pending ones with back-off until they settle. No terminal, no output: returns a {@link Report}.
 */
public final class Verifier {

    /** Pauses between rounds; tests pass one that moves a simulated clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param concurrency     most mailboxes probed at once
     * @param waitUpTo        how long to keep re-checking while the verdict is pending ({@link Duration#ZERO}: once)
     * @param firstPoll       the first pause between rounds; each next pause doubles, up to {@code longestPoll}
     * @param longestPoll     the longest pause between rounds
     */
    public record Settings(int concurrency, Duration waitUpTo, Duration firstPoll, Duration longestPoll) {
        public static final Settings DEFAULTS = new Settings(8, Duration.ZERO, Duration.ofSeconds(30),
                Duration.ofMinutes(5));

        public Settings {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
            }
            if (waitUpTo.isNegative() || firstPoll.isNegative() || firstPoll.isZero() || longestPoll.compareTo(firstPoll) < 0) {
                throw new IllegalArgumentException("wait must not be negative, and 0 < firstPoll <= longestPoll");
            }
        }

        public Settings withWait(Duration value) {
            return new Settings(concurrency, value, firstPoll, longestPoll);
        }
    }

    private final GraphProbes graph;
    private final AdminProbes admin;
    private final Settings settings;
    private final Progress progress;
    private final Clock clock;
    private final Sleeper sleeper;

    public Verifier(GraphProbes graph, AdminProbes admin, Settings settings, Progress progress, Clock clock,
                    Sleeper sleeper) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The probes the stack calls for: each room, then the canary. */
    static List<Target> plan(StackOutputs outputs) {
        var targets = new ArrayList<Target>();
        outputs.rooms().forEach(room -> targets.add(Target.room(room)));
        outputs.canaryMailbox().ifPresent(canary -> targets.add(Target.canary(canary)));
        return targets;
    }

    public Report verify(StackOutputs outputs) throws InterruptedException {
        var classifier = new Classifier(outputs.accessModel());
        List<Target> targets = plan(outputs);
        Instant deadline = clock.instant().plus(settings.waitUpTo());

        Round round = runRound(1, outputs, classifier, targets, new LinkedHashMap<>());
        int rounds = 1;
        Duration pause = settings.firstPoll();
        while (round.verdict() == Verdict.PENDING && clock.instant().isBefore(deadline)) {
            Duration left = Duration.between(clock.instant(), deadline);
            Duration sleep = pause.compareTo(left) < 0 ? pause : left;
            List<Target> pending = round.results().values().stream()
                    .filter(result -> result.status() == Status.PENDING).map(TargetResult::target).toList();
            progress.waiting(sleep.toSeconds(), pending.size());
            sleeper.sleep(sleep);
            pause = pause.multipliedBy(2).compareTo(settings.longestPoll()) > 0 ? settings.longestPoll()
                    : pause.multipliedBy(2);
            rounds++;
            round = runRound(rounds, outputs, classifier, pending, round.results());
        }

        var warnings = new ArrayList<String>();
        if (outputs.canaryMailbox().isEmpty()) {
            warnings.add("The stack names no canary mailbox, so verify cannot show that the app is denied outside"
                    + " rooms; set roomgate:canaryMailbox to a user mailbox that is not a room.");
        }
        if (admin == AdminProbes.NONE) {
            warnings.add("Admin tests were not run (no Exchange admin credential), so a denied room cannot be told"
                    + " apart from a change Exchange has not applied yet.");
        }
        List<String> uncovered = uncoveredRooms(outputs, warnings);
        if (!uncovered.isEmpty()) {
            warnings.add(uncovered.size() + " room mailbox(es) in the tenant are not among the stack's rooms: "
                    + String.join(", ", uncovered.subList(0, Math.min(20, uncovered.size())))
                    + (uncovered.size() > 20 ? ", …" : "") + ". The platform cannot book them; add them to the"
                    + " stack's rooms if it should.");
        }
        Verdict verdict = round.notChecked().isEmpty() ? round.verdict() : round.verdict().and(Verdict.ERROR);
        return new Report(clock.instant(), outputs.tenantId(), outputs.clientId(),
                outputs.serviceAccount() == null ? null : outputs.serviceAccount().address(), outputs.accessModel(),
                outputs.write(), List.copyOf(round.results().values()), round.breaches(), round.notChecked(), warnings,
                uncovered, verdict, rounds);
    }

    private record Round(Map<Target, TargetResult> results, List<String> breaches, List<String> notChecked,
                         Verdict verdict) {
    }

    private Round runRound(int number, StackOutputs outputs, Classifier classifier, List<Target> targets,
                           Map<Target, TargetResult> earlier) throws InterruptedException {
        Set<String> permissions = graph.applicationPermissions();
        List<String> notChecked = new ArrayList<>();
        List<String> breaches = classifier.tenantWideBreaches(permissions,
                outputs.accessModel() == AccessModel.RBAC ? organizationWideAssignments(notChecked) : List.of());
        boolean unscopedGrant = !breaches.isEmpty();

        progress.start(number, targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), Math.max(1, targets.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "verify-probe");
                    thread.setDaemon(true);
                    return thread;
                });
        var results = new LinkedHashMap<>(earlier);
        try {
            var futures = new ArrayList<Future<TargetResult>>();
            for (Target target : targets) {
                futures.add(pool.submit(() -> {
                    TargetResult result = probe(target, outputs, classifier, permissions, unscopedGrant);
                    progress.checked(result);
                    return result;
                }));
            }
            for (int i = 0; i < targets.size(); i++) {
                results.put(targets.get(i), outcome(targets.get(i), futures.get(i)));
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        // A canary re-checked in a later round must see the same tenant-wide findings as the rooms.
        return new Round(results, breaches, notChecked, Classifier.verdict(List.copyOf(results.values()), breaches));
    }

    /**
     * The app's role assignments over the whole organization; when Exchange cannot say, none, with what could not be
     * checked added to {@code notChecked}: the mailboxes are still worth probing, and the canary still shows whether
     * the app reaches beyond rooms.
     */
    private List<String> organizationWideAssignments(List<String> notChecked) {
        try {
            return admin.organizationWideCalendarAssignments();
        } catch (RuntimeException e) {
            notChecked.add("Whether a role assignment gives the app calendar access over the whole organization"
                    + " (Test-ServicePrincipalAuthorization without -Resource): "
                    + (e instanceof VerifyException ? e.getMessage() : describe(e)) + ". Such an"
                    + " assignment reaches every mailbox once Exchange applies it, and the canary alone cannot show"
                    + " one that is not applied yet; fix the admin credential or the call and run verify again.");
            return List.of();
        }
    }

    private TargetResult probe(Target target, StackOutputs outputs, Classifier classifier, Set<String> permissions,
                               boolean unscopedGrant) {
        ProbeResult read = guarded(() -> graph.readCalendar(target.address()));
        ProbeResult write;
        if (read.is(Outcome.SKIPPED)) {
            write = read;
        } else if (target.isCanary()) {
            write = ProbeResult.skipped("never written: not a room");
        } else if (!outputs.write()) {
            write = ProbeResult.skipped("the profile only reads");
        } else if (!read.is(Outcome.ALLOWED)) {
            write = ProbeResult.skipped("not probed: the calendar could not be read");
        } else {
            write = guarded(() -> graph.writeProbeEvent(target.address()));
        }
        AdminResult adminResult;
        try {
            adminResult = admin.test(target.address(), outputs.accessModel(), permissions);
        } catch (RuntimeException e) {
            adminResult = AdminResult.failed(outputs.accessModel().adminTest() + " failed: " + describe(e));
        }
        return classifier.classify(target, read, write, adminResult, unscopedGrant);
    }

    private static TargetResult outcome(Target target, Future<TargetResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            ProbeResult failed = ProbeResult.failed(describe(e.getCause()));
            return new TargetResult(target, failed, ProbeResult.SKIPPED, AdminResult.SKIPPED, Status.ERROR,
                    "verify failed on " + target.address() + ": " + failed.detail());
        }
    }

    private static ProbeResult guarded(java.util.function.Supplier<ProbeResult> probe) {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return ProbeResult.failed(describe(e));
        }
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Rooms that Exchange or Graph list and the stack does not cover, sorted; warns when neither could list. */
    private List<String> uncoveredRooms(StackOutputs outputs, List<String> warnings) {
        Optional<List<String>> fromExchange = safely(admin::listRooms);
        Optional<List<String>> fromGraph = safely(graph::listRooms);
        if (fromExchange.isEmpty() && fromGraph.isEmpty()) {
            warnings.add("Room discovery was not possible (neither Get-Mailbox nor Graph /places answered), so"
                    + " rooms the stack does not cover are not reported.");
            return List.of();
        }
        var covered = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        covered.addAll(outputs.rooms());
        var uncovered = new TreeSet<String>(Comparator.naturalOrder());
        for (Optional<List<String>> listed : List.of(fromExchange, fromGraph)) {
            listed.orElse(List.of()).stream().map(room -> room.toLowerCase(Locale.ROOT))
                    .filter(room -> !covered.contains(room)).forEach(uncovered::add);
        }
        return new ArrayList<>(uncovered);
    }

    private static Optional<List<String>> safely(java.util.function.Supplier<Optional<List<String>>> listing) {
        try {
            return listing.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
