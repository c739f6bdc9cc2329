package io.roomgate.provider;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.testfixtures.ProviderPlugin;
import pulumirpc.Provider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.roomgate.provider.Wire.struct;

/**
 * Benchmark, not a test: prints the provider's cold start (exec of the shim until the port line), the per-RPC
 * overhead of the protocol layer, and the provider process's peak memory while it manages 5,000 resources of the
 * local tenant, with the jar's size and entry count and the machine's load average. The command is in
 * docs/provider.md; {@code -Droomgate.providerJar} measures another build of the jar (e.g. an older one).
 *
 * <p>Arguments: {@code [resources=5000] [coldStarts=15] [rpcCalls=2000]}.
 */
public final class ProviderBenchmark {
    private ProviderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int coldStarts = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rpcCalls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path work = Files.createTempDirectory("provider-benchmark");
        describeJar(Path.of(System.getProperty("roomgate.providerJar",
                ProviderPlugin.projectDir().resolve("provider/target/exchangeonline-provider.jar").toString())));
        System.out.printf(Locale.ROOT, "load average before the cold starts: %s%n", loadAverage());
        coldStart(work, coldStarts);
        System.out.printf(Locale.ROOT, "load average after the cold starts: %s%n", loadAverage());
        rpcOverhead(work, rpcCalls);
        manyResources(work, resources);
        System.exit(0);
    }

    /** The jar's size and entry count, and its class-data archive's size. */
    static void describeJar(Path jar) throws IOException {
        int entries;
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            entries = zip.size();
        }
        Path archive = Path.of(jar + ".jsa");
        System.out.printf(Locale.ROOT, "provider jar: %s, %.1f MB (%d bytes), %d entries; class-data archive %s%n", jar,
                Files.size(jar) / 1e6, Files.size(jar), entries,
                Files.exists(archive) ? String.format(Locale.ROOT, "%.1f MB", Files.size(archive) / 1e6) : "none");
    }

    /** The 1, 5 and 15 minute load averages: the cold start on a shared 2-core machine depends on them. */
    static String loadAverage() throws IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    static void coldStart(Path work, int runs) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (ProviderPlugin provider = ProviderPlugin.exec(work, "127.0.0.1:1", Map.of())) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                long firstCall = System.nanoTime();
                provider.stub().getPluginInfo(Empty.getDefaultInstance());
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "first RPC after the port line: %.1f ms%n",
                            (System.nanoTime() - firstCall) / 1e6);
                }
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "cold start (exec shim -> port line), %d runs: min %.0f ms, median %.0f ms, max %.0f ms%n",
                runs, millis[0], millis[runs / 2], millis[runs - 1]);
    }

    static void rpcOverhead(Path work, int calls) throws Exception {
        try (ProviderPlugin provider = ProviderPlugin.exec(work, "127.0.0.1:1", Map.of())) {
            var stub = provider.stub();
            String type = "exchangeonline:index:MailEnabledSecurityGroup";
            String urn = Wire.urn(type, "bench");
            Struct news = struct("name", "Bench", "alias", "bench", "members",
                    List.of("room1@contoso.com", "room2@contoso.com", "room3@contoso.com"));
            Struct olds = struct("name", "Bench", "alias", "bench", "guid", "g", "members",
                    List.of("room1@contoso.com", "room2@contoso.com"));
            for (int i = 0; i < calls; i++) {
                stub.check(Provider.CheckRequest.newBuilder().setUrn(urn).setType(type).setNews(news).build());
            }
            report("Check", calls, () -> stub.check(Provider.CheckRequest.newBuilder().setUrn(urn).setType(type)
                    .setNews(news).build()));
            report("Diff", calls, () -> stub.diff(Provider.DiffRequest.newBuilder().setUrn(urn).setType(type)
                    .setId("g").setOlds(olds).setNews(news).build()));
            report("Create (preview)", calls, () -> stub.create(Provider.CreateRequest.newBuilder().setUrn(urn)
                    .setType(type).setProperties(news).setPreview(true).build()));
            report("GetPluginInfo", calls, () -> stub.getPluginInfo(Empty.getDefaultInstance()));
        }
    }

    private static void report(String rpc, int calls, Runnable call) {
        double[] micros = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-17s %d calls over loopback gRPC: p50 %.0f us, p99 %.0f us%n", rpc, calls,
                micros[calls / 2], micros[(int) (calls * 0.99)]);
    }

    static void manyResources(Path work, int count) throws Exception {
        try (SimulatedTenant tenant = new SimulatedTenant(work, SimulatorOptions.defaults().withRooms(count));
             ProviderPlugin provider = ProviderPlugin.exec(work, "127.0.0.1:1", tenant.providerEnvironment())) {
            provider.configured(tenant.providerConfig());
            ProviderClient client = new ProviderClient(provider::stub);
            List<String> rooms = new ArrayList<>();
            provider.stub().invoke(Provider.InvokeRequest.newBuilder().setTok("exchangeonline:index:getRoomMailboxes")
                            .setArgs(Struct.getDefaultInstance()).build())
                    .getReturn().getFieldsOrThrow("rooms").getListValue().getValuesList()
                    .forEach(v -> rooms.add(v.getStructValue().getFieldsOrThrow("primarySmtpAddress").getStringValue()));
            String type = "exchangeonline:index:CalendarProcessing";
            ExecutorService engine = Executors.newFixedThreadPool(64);
            long start = System.nanoTime();
            List<Future<?>> steps = new ArrayList<>();
            for (int i = 0; i < Math.min(count, rooms.size()); i++) {
                String room = rooms.get(i);
                String name = "room-" + i;
                steps.add(engine.submit(() -> {
                    Struct inputs = client.checked(type, name, struct("identity", room, "deleteSubject", false,
                            "addOrganizerToSubject", false, "bookingWindowInDays", 365));
                    var created = client.create(type, name, inputs, false);
                    client.read(type, name, created.getId(), created.getProperties(), inputs);
                }));
            }
            for (Future<?> step : steps) {
                step.get(30, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            engine.shutdownNow();
            long exchangeCalls = tenant.simulator.traffic().totalCalls();
            System.out.printf(Locale.ROOT, "%d CalendarProcessing resources checked, created and refreshed in %.1f s "
                            + "(%d Exchange calls, %.1f per resource, at most %d in flight)%n", steps.size(), seconds,
                    exchangeCalls, exchangeCalls / (double) steps.size(), tenant.simulator.traffic().maxConcurrentRequests());
            System.out.printf(Locale.ROOT, "provider process peak resident memory: %s%n", peakMemory(provider.pid()));
        }
    }

    private static String peakMemory(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM:") || line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("unknown");
    }
}
