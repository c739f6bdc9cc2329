package io.roomgate.e2e;

import io.roomgate.exchange.Cmdlet;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.InvokeCommandClient;
import io.roomgate.simulator.SimulatorOptions;
import io.roomgate.simulator.tenant.ChangeLog;
import io.roomgate.testengine.StandInEngine;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmarks, not tests: the ROOMZ stack (every room mailbox, RBAC, calendar processing per room) deployed on
 * simulated tenants of growing size with latency and a throttle budget, through the stand-in engine and the real
 * provider plugin; then the same Exchange work the seeds' way (their cmdlets one at a time, in order). Prints a
 * Markdown table and writes it, with the command, to {@code docs/benchmarks.md} (or {@code --out}).
 *
 * <pre>
 * mvn -o -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.roomgate.e2e.Benchmarks \
 *      --rooms 10,100,1000,5000 --latency-ms 150 --budget 100 --concurrency 16
 * </pre>
 */
public final class Benchmarks {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private record Options(List<Integer> rooms, int latencyMs, int budget, int concurrency, int baselineUpTo,
                           Path out) {}

    private record Row(int rooms, long calls, double callsPerRoom, double wallSeconds, double boundSeconds,
                       long throttled, long noOpCalls, long addOneRoomCalls, double startupSeconds, long peakMb,
                       long resources, Long baselineCalls, Double baselineSeconds, Long baselineThrottled) {}

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        List<Row> rows = new ArrayList<>();
        for (int rooms : options.rooms()) {
            Row row = measure(rooms, options);
            rows.add(row);
            System.err.println("benchmark: " + rooms + " rooms done: " + row);
            write(options, rows, args);
        }
        System.out.println(table(options, rows));
        System.exit(0);
    }

    private static Row measure(int rooms, Options options) throws Exception {
        Path directory = Files.createTempDirectory("roomgate-benchmark-");
        try (E2eTenant tenant = E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(rooms));
             StandInEngine engine = tenant.engineBuilder("roomz", Stacks.roomz(tenant.simulator))
                     .config("exchangeonline:maxConcurrency", String.valueOf(options.concurrency())).build()) {
            double startup = engine.pluginStartup("exchangeonline").toMillis() / 1000.0;
            tenant.simulator.faults().latency(Duration.ofMillis(options.latencyMs()))
                    .rateLimit(options.budget(), options.budget());
            tenant.simulator.traffic().reset();
            long logStart = tenant.simulator.changeLog().size();

            long began = System.nanoTime();
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW)).throwOnError();
            double wall = (System.nanoTime() - began) / 1e9;
            long calls = tenant.simulator.traffic().totalCalls();
            long throttled = tenant.simulator.traffic().throttledCalls();
            List<ChangeLog.Change> writes = tenant.simulator.changeLog().changesSince(logStart).stream()
                    .filter(change -> !change.operation().contains("/")).toList();

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
                    try {
                        admin.invoke(new Cmdlet(change.operation(), change.parameters(), null));
                    } catch (ExchangeException alreadyThere) {
                        // replayed on the deployed tenant: "already exists" costs the same round trip
                    }
                }
                baselineSeconds = (System.nanoTime() - start) / 1e9;
                baselineCalls = tenant.simulator.traffic().totalCalls();
                baselineThrottled = tenant.simulator.traffic().throttledCalls();
            }
            return new Row(rooms, calls, (double) calls / rooms, wall, (double) calls / options.budget(), throttled,
                    noOp, addOne, startup, peakMb, deployed.steps().size(), baselineCalls, baselineSeconds,
                    baselineThrottled);
        }
    }

    /** The seeds' way: one admin session, one cmdlet at a time (the client still honours Retry-After). */
    private static InvokeCommandClient client(E2eTenant tenant, int concurrency) {
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

    private static String table(Options options, List<Row> rows) {
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
        return text.toString();
    }

    private static void write(Options options, List<Row> rows, String[] args) throws Exception {
        String document = "# Benchmarks\n\n"
                + "Produced by `io.roomgate.e2e.Benchmarks` (test code; see docs/end-to-end.md), with:\n\n"
                + "```sh\nmvn -o -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test "
                + "-Dmdep.outputFile=target/cp.txt\n"
                + "java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.roomgate.e2e.Benchmarks "
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
                + " CPUs.\n\n" + table(options, rows);
        Files.writeString(options.out(), document);
    }

    private static Options parse(String[] args) {
        List<Integer> rooms = List.of(10, 100, 1000, 5000);
        int latency = 150;
        int budget = 100;
        int concurrency = 16;
        int baselineUpTo = 1000;
        Path out = Path.of("docs/benchmarks.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rooms" -> rooms = Arrays.stream(args[i + 1].split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--latency-ms" -> latency = Integer.parseInt(args[i + 1]);
                case "--budget" -> budget = Integer.parseInt(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--baseline-up-to" -> baselineUpTo = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --rooms "
                        + "10,100 --latency-ms 150 --budget 100 --concurrency 16 --baseline-up-to 1000 --out FILE");
            }
        }
        return new Options(rooms, latency, budget, concurrency, baselineUpTo, out);
    }

}
