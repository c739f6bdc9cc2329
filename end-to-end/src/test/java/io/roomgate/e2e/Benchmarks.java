package io.roomgate.e2e;

import io.roomgate.exchange.Cmdlet;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.InvokeCommandClient;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.testengine.EngineLogSink;
import io.roomgate.testengine.StandInEngine;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks, not tests: the ROOMZ stack (every room mailbox, RBAC, calendar processing per room) deployed on
 * simulated tenants of growing size with latency and a throttle budget, through the stand-in engine and the real
 * provider plugin; then the same Exchange work the seeds' way (their cmdlets one at a time, in order). A second table
 * deploys with a budget below what the provider asks for, so that Exchange answers 429s, and replays the same writes
 * through the Exchange client alone to read where its adaptive (AIMD) concurrency bound settles. Prints the tables
 * and writes them, with the command, to {@code docs/benchmarks.md} (or {@code --out}).
 *
 * <pre>
 * mvn -q -B -DskipTests -pl end-to-end -am package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp end-to-end/target/test-classes:$(cat end-to-end/target/cp.txt) io.roomgate.e2e.Benchmarks \
 *      --rooms 10,100,1000,5000 --latency-ms 150 --budget 100 --concurrency 16 --baseline-up-to 5000 \
 *      --throttled-rooms 1000 --throttled-budgets 50,20
 * </pre>
 */
public final class Benchmarks {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    /** How the provider reports a 429 it received (AttemptLogPolicy, forwarded to the engine log). */
    private static final Pattern THROTTLED_ATTEMPT = Pattern.compile("-> HTTP 429 .*Retry-After (\\d+) s");

    private record Options(List<Integer> rooms, int latencyMs, int budget, int concurrency, int baselineUpTo,
                           List<Integer> throttledRooms, List<Integer> throttledBudgets, Path out) {
        double demandPerSecond() {
            return concurrency * 1000.0 / latencyMs;
        }
    }

    private record Row(int rooms, long calls, double callsPerRoom, double wallSeconds, double boundSeconds,
                       long throttled, long noOpCalls, long addOneRoomCalls, double startupSeconds, long peakMb,
                       long resources, Long baselineCalls, Double baselineSeconds, Long baselineThrottled) {}

    /** A deployment whose budget is below the provider's demand, and the client alone on the same writes. */
    private record ThrottledRow(int rooms, int budget, long neededCalls, long attempts, long throttled,
                                long throttledSeenByProvider, String retryAfterSeen, double wallSeconds,
                                String failure, ClientAlone clientAlone) {
        long retries() {
            return attempts - neededCalls;
        }

        double boundSeconds() {
            return (double) neededCalls / budget;
        }
    }

    private record ClientAlone(long writes, long attempts, long throttled, double wallSeconds, int limitMin,
                               double limitMean, int limitAtEnd) {}

    /** The machine's load average when the run began (other builds share its CPUs). */
    private static String loadBefore;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        loadBefore = loadAverage();
        List<Row> rows = new ArrayList<>();
        List<ThrottledRow> throttledRows = new ArrayList<>();
        for (int rooms : options.rooms()) {
            Row row = measure(rooms, options);
            rows.add(row);
            System.err.println("benchmark: " + rooms + " rooms done: " + row);
            write(options, rows, throttledRows, args);
        }
        for (int rooms : options.throttledRooms()) {
            long neededCalls = callsWithoutThrottling(rooms, options);
            for (int budget : options.throttledBudgets()) {
                ThrottledRow row = measureThrottled(rooms, budget, neededCalls, options);
                throttledRows.add(row);
                System.err.println("benchmark: " + rooms + " rooms at " + budget + " calls/s done: " + row);
                write(options, rows, throttledRows, args);
            }
        }
        System.out.println(tables(options, rows, throttledRows));
        System.exit(0);
    }

    private static Row measure(int rooms, Options options) throws Exception {
        Path directory = Files.createTempDirectory("roomgate-benchmark-");
        try (E2eTenant tenant = E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(rooms));
             StandInEngine engine = engine(tenant, options)) {
            double startup = engine.pluginStartup("exchangeonline").toMillis() / 1000.0;
            tenant.simulator.faults().latency(Duration.ofMillis(options.latencyMs()))
                    .rateLimit(options.budget(), options.budget());
            tenant.simulator.traffic().reset();
            long logStart = tenant.simulator.changeLog().size();

            long began = System.nanoTime();
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW)).throwOnError();
            double wall = secondsSince(began);
            long calls = tenant.simulator.traffic().totalCalls();
            long throttled = tenant.simulator.traffic().throttledCalls();
            List<ChangeLog.Change> writes = writesSince(tenant, logStart);

            tenant.simulator.traffic().reset();
            engine.up(E2eTenant.program(NOW)).throwOnError();
            long noOp = tenant.simulator.traffic().totalCalls();

            client(tenant, 1).invoke(Cmdlet.named("New-Mailbox").withSwitch("Room").with("Name", "bench-new-room")
                    .with("Alias", "bench-new-room").with("DisplayName", "Benchmark new room").build());
            tenant.simulator.traffic().reset();
            engine.up(E2eTenant.program(NOW)).throwOnError();
            long addOne = tenant.simulator.traffic().totalCalls();
            long peakMb = engine.pluginPeakResidentKilobytes("exchangeonline").orElse(-1) / 1024;

            Long baselineCalls = null;
            Double baselineSeconds = null;
            Long baselineThrottled = null;
            if (rooms <= options.baselineUpTo()) {
                tenant.simulator.traffic().reset();
                long start = System.nanoTime();
                InvokeCommandClient admin = client(tenant, 1);
                for (ChangeLog.Change change : writes) {
                    replay(admin, change);
                }
                baselineSeconds = secondsSince(start);
                baselineCalls = tenant.simulator.traffic().totalCalls();
                baselineThrottled = tenant.simulator.traffic().throttledCalls();
            }
            return new Row(rooms, calls, (double) calls / rooms, wall, (double) calls / options.budget(), throttled,
                    noOp, addOne, startup, peakMb, deployed.steps().size(), baselineCalls, baselineSeconds,
                    baselineThrottled);
        }
    }

    /** The Exchange calls the deployment needs when nothing is refused (no latency, no budget): no retries in it. */
    private static long callsWithoutThrottling(int rooms, Options options) throws Exception {
        Path directory = Files.createTempDirectory("roomgate-benchmark-");
        try (E2eTenant tenant = E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(rooms));
             StandInEngine engine = engine(tenant, options)) {
            engine.pluginStartup("exchangeonline");
            tenant.simulator.traffic().reset();
            engine.up(E2eTenant.program(NOW)).throwOnError();
            if (tenant.simulator.traffic().throttledCalls() != 0) {
                throw new IllegalStateException("the unthrottled reference run was throttled");
            }
            return tenant.simulator.traffic().totalCalls();
        }
    }

    private static ThrottledRow measureThrottled(int rooms, int budget, long neededCalls, Options options)
            throws Exception {
        Path directory = Files.createTempDirectory("roomgate-benchmark-");
        try (E2eTenant tenant = E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(rooms));
             StandInEngine engine = engine(tenant, options)) {
            engine.pluginStartup("exchangeonline");
            tenant.simulator.faults().latency(Duration.ofMillis(options.latencyMs())).rateLimit(budget, budget);
            tenant.simulator.traffic().reset();
            long logStart = tenant.simulator.changeLog().size();

            long began = System.nanoTime();
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW));
            double wall = secondsSince(began);
            long attempts = tenant.simulator.traffic().totalCalls();
            long throttled = tenant.simulator.traffic().throttledCalls();
            long seenByProvider = 0;
            TreeSet<Long> retryAfter = new TreeSet<>();
            for (EngineLogSink.Message message : engine.engineLog()) {
                Matcher attempt = THROTTLED_ATTEMPT.matcher(message.text());
                if (attempt.find()) {
                    seenByProvider++;
                    retryAfter.add(Long.parseLong(attempt.group(1)));
                }
            }
            String failure = deployed.succeeded() ? null : deployed.errors().get(0);
            ClientAlone clientAlone = clientAlone(tenant, writesSince(tenant, logStart), options.concurrency());
            return new ThrottledRow(rooms, budget, neededCalls, attempts, throttled, seenByProvider,
                    retryAfter.isEmpty() ? "none" : retryAfter.toString(), wall, failure, clientAlone);
        }
    }

    /**
     * The deployment's writes replayed on the deployed tenant (so they answer "already exists", at the same cost)
     * by {@code threads} threads through one Exchange client, sampling its adaptive concurrency bound every 50 ms.
     * The provider runs the same client in its own JVM, where the bound cannot be read from outside.
     */
    private static ClientAlone clientAlone(E2eTenant tenant, List<ChangeLog.Change> writes, int threads)
            throws Exception {
        InvokeCommandClient admin = client(tenant, threads);
        tenant.simulator.traffic().reset();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        long began = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < writes.size(); index = next.getAndIncrement()) {
                        replay(admin, writes.get(index));
                    }
                }));
            }
            Future<int[]> sampler = pool.submit(() -> {
                int min = Integer.MAX_VALUE;
                long sum = 0;
                int samples = 0;
                while (workers.stream().anyMatch(worker -> !worker.isDone())) {
                    int limit = admin.currentConcurrencyLimit();
                    min = Math.min(min, limit);
                    sum += limit;
                    samples++;
                    Thread.sleep(50);
                }
                return new int[] {min, samples == 0 ? 0 : (int) Math.round(sum * 100.0 / samples)};
            });
            for (Future<?> worker : workers) {
                worker.get();
            }
            int[] limits = sampler.get();
            return new ClientAlone(writes.size(), tenant.simulator.traffic().totalCalls(),
                    tenant.simulator.traffic().throttledCalls(), secondsSince(began), limits[0], limits[1] / 100.0,
                    admin.currentConcurrencyLimit());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static StandInEngine engine(E2eTenant tenant, Options options) throws java.io.IOException {
        return tenant.engineBuilder("roomz", Stacks.roomz(tenant.simulator))
                .config("exchangeonline:maxConcurrency", String.valueOf(options.concurrency())).build();
    }

    private static List<ChangeLog.Change> writesSince(E2eTenant tenant, long logStart) {
        // Exchange writes only: the Graph directory's operations are named with a path ("applications/…").
        return tenant.simulator.changeLog().changesSince(logStart).stream()
                .filter(change -> !change.operation().contains("/")).toList();
    }

    private static void replay(InvokeCommandClient admin, ChangeLog.Change change) {
        try {
            admin.invoke(new Cmdlet(change.operation(), change.parameters(), null));
        } catch (ExchangeException alreadyThere) {
            // replayed on the deployed tenant: "already exists" costs the same round trip
        }
    }

    /** An admin session keeping at most {@code concurrency} calls in flight (the client still honours Retry-After). */
    static InvokeCommandClient client(E2eTenant tenant, int concurrency) {
        return InvokeCommandClient.create(ExchangeClientOptions.builder(tenant.simulator.tenantId(),
                        new CredentialSource.ClientSecret(tenant.simulator.deployerApp().clientId(),
                                tenant.simulator.deployerApp().clientSecret()))
                .organization(tenant.simulator.organization())
                .endpoint(URI.create(tenant.simulator.exchangeEndpoint()))
                .authorityHost(URI.create(tenant.simulator.authorityHost()))
                .sslContext(tenant.simulator.clientSslContext())
                .maxConcurrency(concurrency)
                .build());
    }

    static String loadAverage() {
        try {
            return String.join(", ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static String tables(Options options, List<Row> rows, List<ThrottledRow> throttledRows) {
        StringBuilder text = new StringBuilder();
        text.append("| rooms | resources | Exchange calls | calls/room | wall time | throttle-bound minimum (calls ÷ ")
                .append(options.budget()).append("/s) | 429s | no-op run: calls | +1 room: calls | seeds' way: calls "
                        + "| seeds' way: wall time | seeds' way: 429s | provider start | provider peak RSS |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            text.append(String.format("| %d | %d | %d | %.2f | %.1f s | %.1f s | %d | %d | %d | %s | %s | %s | %.2f s | %s |%n",
                    row.rooms(), row.resources(), row.calls(), row.callsPerRoom(), row.wallSeconds(),
                    row.boundSeconds(), row.throttled(), row.noOpCalls(), row.addOneRoomCalls(),
                    row.baselineCalls() == null ? "not run" : row.baselineCalls().toString(),
                    row.baselineSeconds() == null ? "not run" : String.format("%.1f s", row.baselineSeconds()),
                    row.baselineThrottled() == null ? "not run" : row.baselineThrottled().toString(),
                    row.startupSeconds(), row.peakMb() < 0 ? "n/a" : row.peakMb() + " MB"));
        }
        if (throttledRows.isEmpty()) {
            return text.toString();
        }
        text.append("\n### Budget below demand: 429s\n\n")
                .append("| rooms | budget (burst) | calls needed | calls/room | Exchange calls made | 429s received | "
                        + "429s the provider logged (Retry-After) | retries | wall time | throttle-bound minimum "
                        + "(calls needed ÷ budget) | mean calls in flight | result | client alone: writes, 429s, "
                        + "wall time | client alone: AIMD bound min / mean / at end |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (ThrottledRow row : throttledRows) {
            ClientAlone alone = row.clientAlone();
            text.append(String.format("| %d | %d/s (%d) | %d | %.2f | %d | %d | %d (%s s) | %d | %.1f s | %.1f s "
                            + "| %.1f | %s | %d, %d, %.1f s | %d / %.1f / %d |%n",
                    row.rooms(), row.budget(), row.budget(), row.neededCalls(),
                    (double) row.neededCalls() / row.rooms(), row.attempts(), row.throttled(),
                    row.throttledSeenByProvider(), row.retryAfterSeen(), row.retries(), row.wallSeconds(),
                    row.boundSeconds(), row.attempts() * options.latencyMs() / 1000.0 / row.wallSeconds(),
                    row.failure() == null ? "deployed" : "failed: " + row.failure().lines().findFirst().orElse(""),
                    alone.writes(), alone.throttled(), alone.wallSeconds(), alone.limitMin(), alone.limitMean(),
                    alone.limitAtEnd()));
        }
        return text.toString();
    }

    private static void write(Options options, List<Row> rows, List<ThrottledRow> throttledRows, String[] args)
            throws Exception {
        String document = "# Benchmarks\n\n"
                + "Produced by `io.roomgate.e2e.Benchmarks` (test code; see docs/end-to-end.md), with:\n\n"
                + "```sh\nmvn -q -B -DskipTests -pl end-to-end -am package dependency:build-classpath "
                + "-Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt\n"
                + "java -cp end-to-end/target/test-classes:$(cat end-to-end/target/cp.txt) io.roomgate.e2e.Benchmarks "
                + String.join(" ", args) + "\n```\n\n"
                + "The ROOMZ profile (every room mailbox, RBAC for Applications, calendar processing per room) on a "
                + "simulated tenant with " + options.latencyMs() + " ms latency on every Exchange call and a throttle "
                + "budget of " + options.budget() + " calls/s (token bucket, 429 with Retry-After beyond it); the "
                + "provider keeps at most " + options.concurrency() + " calls in flight. Exchange calls include the "
                + "room discovery (`Get-Mailbox`, paged) and every read the provider makes. \"Seeds' way\" replays "
                + "the same Exchange writes one cmdlet at a time, in order, as the vendor guides' scripts run them "
                + "(on the deployed tenant, so creates answer \"already exists\"; each still costs its round trip "
                + "and its share of the budget). \"no-op run\" is a second `up` with nothing changed; \"+1 room\" "
                + "is an `up` after one room mailbox was added by hand. Provider start is exec to answered "
                + "handshake; peak RSS is the provider JVM's VmHWM after the three runs. Measured on "
                + Instant.now().toString().substring(0, 10) + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs shared with other builds: load average (1, 5, 15 min) " + loadBefore + " when the run began, "
                + loadAverage() + " when this table was written.\n\n" + tables(options, rows, throttledRows)
                + (throttledRows.isEmpty() ? "" : throttledNotes(options));
        Files.writeString(options.out(), document);
    }

    private static String throttledNotes(Options options) {
        return String.format("%nThe budget-below-demand rows deploy the same stack on a fresh tenant whose budget "
                + "is below the provider's demand (%d calls in flight ÷ %d ms ≈ %.0f calls/s); the bucket holds one "
                + "second's worth (burst = budget). \"Calls needed\" is what the same deployment makes with no "
                + "latency and no budget, so \"retries\" (calls made − calls needed) is measured independently of "
                + "the 429 count. \"429s the provider logged\" counts the provider's own engine-log lines for "
                + "a 429 it received, with the Retry-After values it read from them. \"Mean calls in flight\" is "
                + "calls made × latency ÷ wall time. The provider's AIMD bound lives in its JVM and is not visible "
                + "from outside, so \"client alone\" replays the deployment's Exchange writes on the deployed "
                + "tenant (each answering \"already exists\" at the same cost) from %d threads through one "
                + "`InvokeCommandClient` (maxConcurrency %d, the class the provider uses) at the same budget, "
                + "sampling `currentConcurrencyLimit()` every 50 ms.%n",
                options.concurrency(), options.latencyMs(), options.demandPerSecond(), options.concurrency(),
                options.concurrency());
    }

    private static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("--rooms", "10,100,1000,5000", "--latency-ms",
                "150", "--budget", "100", "--concurrency", "16", "--baseline-up-to", "1000", "--throttled-rooms", "",
                "--throttled-budgets", "50,20", "--out", "docs/benchmarks.md"));
        for (int i = 0; i < args.length; i += 2) {
            if (!values.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "; options: "
                        + "--rooms 10,100 --latency-ms 150 --budget 100 --concurrency 16 --baseline-up-to 1000 "
                        + "--throttled-rooms 1000 --throttled-budgets 50,20 --out FILE");
            }
            values.put(args[i], args[i + 1]);
        }
        return new Options(integers(values.get("--rooms")), Integer.parseInt(values.get("--latency-ms")),
                Integer.parseInt(values.get("--budget")), Integer.parseInt(values.get("--concurrency")),
                Integer.parseInt(values.get("--baseline-up-to")), integers(values.get("--throttled-rooms")),
                integers(values.get("--throttled-budgets")), Path.of(values.get("--out")));
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(item -> !item.isEmpty())
                .map(Integer::parseInt).toList();
    }
}
