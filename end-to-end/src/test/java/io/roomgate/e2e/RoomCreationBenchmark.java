package io.roomgate.e2e;

import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.testengine.StandInEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A benchmark, not a test: a stack that creates N rooms (buildings of 12 floors of 25 rooms, one room list per
 * building, calendar processing on every room, the platform's app scoped to exactly those rooms by RBAC) deployed
 * through the stand-in engine and the real provider plugin on a simulated tenant with latency on every Exchange call
 * and a throttle budget, as {@link Benchmarks} does for discovered rooms. Reports Exchange calls per room (by
 * cmdlet), wall time against the throttle-bound minimum (calls ÷ budget) and the concurrency-bound one (calls ×
 * latency ÷ calls in flight), and a second {@code up}. Writes the table, with the command, to
 * {@code docs/benchmarks-rooms.md} (or {@code --out}).
 *
 * <pre>
 * mvn -q -B -DskipTests -pl end-to-end -am package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp end-to-end/target/test-classes:$(cat end-to-end/target/cp.txt) io.roomgate.e2e.RoomCreationBenchmark \
 *      --rooms 100,1000 --latency-ms 150 --budget 100 --concurrency 16
 * </pre>
 */
public final class RoomCreationBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final int ROOMS_PER_FLOOR = 25;
    private static final int FLOORS_PER_BUILDING = 12;

    private record Row(int rooms, int resources, long calls, Map<String, Long> byCmdlet, double wallSeconds,
                       double throttleBound, double concurrencyBound, long throttled, long noOpCalls,
                       double noOpSeconds, long roomMailboxesCreated) {}

    private RoomCreationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int latency = Integer.parseInt(options.get("--latency-ms"));
        int budget = Integer.parseInt(options.get("--budget"));
        int concurrency = Integer.parseInt(options.get("--concurrency"));
        String loadBefore = Benchmarks.loadAverage();
        List<Row> rows = new ArrayList<>();
        for (String size : options.get("--rooms").split(",")) {
            Row row = measure(Integer.parseInt(size.trim()), latency, budget, concurrency);
            rows.add(row);
            System.err.println("benchmark: " + row);
            Files.writeString(Path.of(options.get("--out")), document(args, latency, budget, concurrency, loadBefore,
                    rows));
        }
        System.out.println(table(rows, budget));
        System.exit(0);
    }

    private static Row measure(int rooms, int latency, int budget, int concurrency) throws Exception {
        Path directory = Files.createTempDirectory("roomgate-room-benchmark-");
        try (E2eTenant tenant = E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(0));
             StandInEngine engine = tenant.engineBuilder("rooms", stack(tenant, rooms))
                     .config("exchangeonline:maxConcurrency", String.valueOf(concurrency)).build()) {
            engine.pluginStartup("exchangeonline");
            tenant.simulator.faults().latency(Duration.ofMillis(latency)).rateLimit(budget, budget);
            tenant.simulator.traffic().reset();

            long began = System.nanoTime();
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW)).throwOnError();
            double wall = Benchmarks.secondsSince(began);
            long calls = tenant.simulator.traffic().totalCalls();
            Map<String, Long> byCmdlet = new TreeMap<>(tenant.simulator.traffic().callsByCmdlet());
            long throttled = tenant.simulator.traffic().throttledCalls();
            long created = tenant.simulator.tenant().read(() -> tenant.simulator.tenant().recipients().stream()
                    .filter(r -> r.kind == RecipientKind.RoomMailbox).count());

            tenant.simulator.traffic().reset();
            long again = System.nanoTime();
            engine.up(E2eTenant.program(NOW)).throwOnError();
            double noOpSeconds = Benchmarks.secondsSince(again);
            return new Row(rooms, deployed.steps().size(), calls, byCmdlet, wall, (double) calls / budget,
                    (double) calls * latency / 1000.0 / concurrency, throttled,
                    tenant.simulator.traffic().totalCalls(), noOpSeconds, created);
        }
    }

    /** The seeded platform app over exactly the stack's rooms, written as an admin would for a large rollout. */
    private static Map<String, String> stack(E2eTenant tenant, int rooms) {
        List<Object> buildings = new ArrayList<>();
        int made = 0;
        for (int building = 1; made < rooms; building++) {
            List<Object> floors = new ArrayList<>();
            for (int floor = 1; floor <= FLOORS_PER_BUILDING && made < rooms; floor++) {
                List<Object> floorRooms = new ArrayList<>();
                for (int number = 1; number <= ROOMS_PER_FLOOR && made < rooms; number++, made++) {
                    String alias = String.format("b%02d-%02d-%02d", building, floor, number);
                    floorRooms.add(Map.of("address", Stacks.address(tenant.simulator, alias), "name",
                            alias.toUpperCase(), "capacity", 4 + 2 * (number % 5)));
                }
                floors.add(Map.of("floor", floor, "label", "Level " + floor, "rooms", floorRooms));
            }
            buildings.add(Map.of("name", "Building " + building, "city", "Sydney", "countryOrRegion", "AU",
                    "roomList", Map.of("name", "Rooms building " + building), "floors", floors));
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("tenantId", tenant.simulator.tenantId());
        config.put("organization", tenant.simulator.organization());
        config.put("profile", "custom");
        config.put("accessModel", "rbac");
        config.put("app", Stacks.json(Map.of("displayName", "Room booking platform", "permissions",
                List.of("Calendars.ReadWrite"), "existingClientId", tenant.simulator.platformApp().clientId(),
                "existingServicePrincipalObjectId", tenant.simulator.tenant().read(() -> tenant.simulator.tenant()
                        .servicePrincipalByAppId(tenant.simulator.platformApp().clientId()).orElseThrow().objectId),
                "grantConsent", false)));
        config.put("appClientSecret", tenant.simulator.platformApp().clientSecret());
        config.put("calendarProcessing", Stacks.json(Map.of("automateProcessing", "AutoAccept", "deleteSubject", false)));
        config.put("buildings", Stacks.json(buildings));
        return config;
    }

    private static String table(List<Row> rows, int budget) {
        StringBuilder text = new StringBuilder("| rooms | resources | Exchange calls | calls/room | by cmdlet | wall time "
                + "| throttle-bound minimum (calls ÷ " + budget + "/s) | concurrency-bound minimum | 429s "
                + "| second up: calls, wall time |\n|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            text.append(String.format("| %d | %d | %d | %.2f | %s | %.1f s | %.1f s | %.1f s | %d | %d, %.1f s |%n",
                    row.rooms(), row.resources(), row.calls(), (double) row.calls() / row.rooms(),
                    String.join(", ", row.byCmdlet().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .toList()), row.wallSeconds(), row.throttleBound(), row.concurrencyBound(), row.throttled(),
                    row.noOpCalls(), row.noOpSeconds()));
        }
        return text.toString();
    }

    private static String document(String[] args, int latency, int budget, int concurrency, String loadBefore,
                                   List<Row> rows) {
        return "# Benchmark: creating rooms\n\nProduced by `io.roomgate.e2e.RoomCreationBenchmark` (test code, beside "
                + "`Benchmarks`; see benchmarks.md), with:\n\n```sh\nmvn -q -B -DskipTests -pl end-to-end -am package "
                + "dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt\njava -cp "
                + "end-to-end/target/test-classes:$(cat end-to-end/target/cp.txt) io.roomgate.e2e.RoomCreationBenchmark "
                + String.join(" ", args) + "\n```\n\nA stack that creates every room it covers (`roomgate:buildings`: "
                + FLOORS_PER_BUILDING + " floors of " + ROOMS_PER_FLOOR + " rooms a building, each room with its "
                + "capacity, building, floor, floor label, city and country; one room list per building), calendar "
                + "processing on every room, and the platform's existing app scoped to exactly those rooms (RBAC: a "
                + "room group of all of them, its management scope and role assignment), on an empty simulated tenant "
                + "with " + latency + " ms latency on every Exchange call and a throttle budget of " + budget
                + " calls/s; the provider keeps at most " + concurrency + " calls in flight. The throttle-bound "
                + "minimum is calls ÷ budget; the concurrency-bound minimum is calls × latency ÷ calls in flight (the "
                + "provider cannot go faster than either). Measured on " + Instant.now().toString().substring(0, 10)
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs shared with other builds: load average "
                + loadBefore + " when the run began, " + Benchmarks.loadAverage() + " at the end.\n\n" + table(rows, budget);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("--rooms", "1000", "--latency-ms", "150", "--budget",
                "100", "--concurrency", "16", "--out", "docs/benchmarks-rooms.md"));
        for (int i = 0; i < args.length; i += 2) {
            if (!values.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "; options: "
                        + String.join(", ", values.keySet()));
            }
            values.put(args[i], args[i + 1]);
        }
        return values;
    }
}
