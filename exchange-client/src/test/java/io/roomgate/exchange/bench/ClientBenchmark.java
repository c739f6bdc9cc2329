package io.roomgate.exchange.bench;

import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.InvokeCommandClient;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures the Exchange client against the tenant simulator and prints figures (not a test):
 * <ol>
 *   <li>overhead: the same Get-Mailbox call through the client and as a bare JDK HTTPS POST with the same token;
 *       p50/p99 of the difference is what auth, retry, limits, logging and parsing cost per call;</li>
 *   <li>throughput: many callers against a tenant with a call budget (token bucket), latency and a concurrency
 *       limit; calls/s achieved against the budget, with the 429s and refusals it took.</li>
 * </ol>
 */
@Command(name = "client-benchmark", mixinStandardHelpOptions = true)
public final class ClientBenchmark implements Callable<Integer> {
    @Option(names = "--overhead-calls", description = "sequential calls per side for the overhead figure")
    int overheadCalls = 400;

    @Option(names = "--calls", description = "calls for the throughput figure")
    int calls = 600;

    @Option(names = "--callers", description = "caller threads (the Pulumi engine's parallelism)")
    int callers = 32;

    @Option(names = "--budget", description = "tenant budget, calls per second (token bucket)")
    double budget = 50;

    @Option(names = "--burst", description = "tenant budget burst")
    int burst = 10;

    @Option(names = "--latency-ms", description = "tenant latency per call")
    int latencyMs = 40;

    @Option(names = "--tenant-concurrency", description = "calls in flight the tenant accepts before refusing")
    int tenantConcurrency = 8;

    @Option(names = "--max-concurrency", description = "the client's bound (exchangeonline:maxConcurrency)")
    int maxConcurrency = ExchangeClientOptions.DEFAULT_MAX_CONCURRENCY;

    public static void main(String[] args) {
        // The JDK server otherwise leaves Nagle on: small header and body writes then wait for delayed ACKs (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.exit(new CommandLine(new ClientBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Logger.getLogger("").setLevel(Level.SEVERE);
        Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.SEVERE));
        try (TenantSimulator sim = TenantSimulator.start(SimulatorOptions.defaults())) {
            overhead(sim);
            throughput(sim);
        }
        return 0;
    }

    private ExchangeClientOptions.Builder options(TenantSimulator sim) {
        return ExchangeClientOptions.builder(sim.tenantId(),
                        new CredentialSource.ClientSecret(sim.deployerApp().clientId(), sim.deployerApp().clientSecret()))
                .organization(sim.organization())
                .authorityHost(URI.create(sim.authorityHost()))
                .endpoint(URI.create(sim.exchangeEndpoint()))
                .sslContext(sim.clientSslContext())
                .maxConcurrency(maxConcurrency)
                .maxRetries(10)
                .retryBaseDelay(Duration.ofMillis(100))
                .maxRetryDelay(Duration.ofSeconds(5));
    }

    /** Time spent in the transport (the JDK HTTP exchange itself) by admin calls on this thread. */
    private static final class TransportClock implements com.azure.core.http.HttpClient {
        private final com.azure.core.http.HttpClient transport;
        private final ThreadLocal<long[]> spent = ThreadLocal.withInitial(() -> new long[1]);

        TransportClock(com.azure.core.http.HttpClient transport) {
            this.transport = transport;
        }

        long takeNanos() {
            long nanos = spent.get()[0];
            spent.get()[0] = 0;
            return nanos;
        }

        @Override
        public reactor.core.publisher.Mono<com.azure.core.http.HttpResponse> send(com.azure.core.http.HttpRequest request) {
            return transport.send(request);
        }

        @Override
        public com.azure.core.http.HttpResponse sendSync(com.azure.core.http.HttpRequest request,
                                                         com.azure.core.util.Context context) {
            long start = System.nanoTime();
            com.azure.core.http.HttpResponse response = transport.sendSync(request, context).buffer();
            response.getBodyAsBinaryData().toBytes();
            spent.get()[0] += System.nanoTime() - start;
            return response;
        }
    }

    private void overhead(TenantSimulator sim) {
        String mailbox = "ceo@" + sim.organization();
        ExchangeClientOptions options = options(sim).build();
        TransportClock clock = new TransportClock(InvokeCommandClient.httpClient(options));
        ExchangeAdminClient client = new ExchangeAdminClient(InvokeCommandClient.create(options, clock),
                options.toBuilder().replicationWait(Duration.ZERO).build());
        for (int i = 0; i < 200; i++) {   // warm up: JIT, TLS session, token cache
            client.findMailbox(mailbox);
        }
        clock.takeNanos();
        long[] total = new long[overheadCalls];
        long[] added = new long[overheadCalls];
        for (int i = 0; i < overheadCalls; i++) {
            long start = System.nanoTime();
            client.findMailbox(mailbox);
            total[i] = System.nanoTime() - start;
            added[i] = total[i] - clock.takeNanos();
        }
        Arrays.sort(total);
        Arrays.sort(added);
        System.out.printf(Locale.ROOT, "overhead  %d sequential Get-Mailbox calls through the client, no faults%n",
                overheadCalls);
        System.out.printf(Locale.ROOT, "  whole call          p50 %7.3f ms   p99 %7.3f ms%n", ms(total, 50), ms(total, 99));
        System.out.printf(Locale.ROOT, "  added by the client p50 %7.3f ms   p99 %7.3f ms   (token, retry, limiter, log,"
                + " JSON; everything but the HTTPS exchange)%n", ms(added, 50), ms(added, 99));
    }

    private void throughput(TenantSimulator sim) throws Exception {
        sim.faults().latency(Duration.ofMillis(latencyMs)).rateLimit(budget, burst).concurrencyLimit(tenantConcurrency);
        sim.traffic().reset();
        ExchangeClientOptions options = options(sim).replicationWait(Duration.ZERO).build();
        InvokeCommandClient invoker = InvokeCommandClient.create(options);
        ExchangeAdminClient client = new ExchangeAdminClient(invoker, options);
        String mailbox = "ceo@" + sim.organization();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            running.add(pool.submit(() -> client.findMailbox(mailbox)));
        }
        int failed = 0;
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        // With unlimited concurrency the tenant could at best serve its budget (plus the initial burst).
        double bound = Math.min(budget + burst / seconds, 1000.0 * Math.min(maxConcurrency, tenantConcurrency) / latencyMs);
        System.out.printf(Locale.ROOT, "%nthroughput  %d Get-Mailbox calls from %d callers; tenant: %.0f calls/s budget"
                        + " (burst %d), %d ms latency, refuses beyond %d in flight; client bound %d%n",
                calls, callers, budget, burst, latencyMs, tenantConcurrency, maxConcurrency);
        System.out.printf(Locale.ROOT, "  achieved %.1f calls/s (%.0f%% of the %.1f calls/s the tenant allows) in %.1f s%n",
                calls / seconds, 100 * calls / seconds / bound, bound, seconds);
        System.out.printf(Locale.ROOT, "  requests sent %d, throttled (429) %d, concurrency refusals %d,"
                        + " max in flight %d, calls failed %d, adaptive limit now %d%n",
                sim.traffic().calls("Get-Mailbox"), sim.traffic().throttledCalls(),
                sim.traffic().concurrencyRefusals(), sim.traffic().maxConcurrentRequests(), failed,
                invoker.currentConcurrencyLimit());
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
