package io.roomgate.localtenant;

import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.TenantState;
import io.roomgate.localtenant.tenant.TenantStore;
import io.roomgate.localtenant.tls.RsaKeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Prints what the simulator costs: seeding, starting, memory, the state file, and listing every room through
 * the admin API in pages of 1000. Usage: {@code SimulatorBenchmark [rooms]} (default 10000). Figures, not tests.
 */
public final class SimulatorBenchmark {
    /**
     * The client side of the benchmark (azure-identity, MSAL) logs through SLF4J, bound to java.util.logging in this
     * jar: only warnings reach the console, next to the figures. Held, as java.util.logging keeps loggers weakly.
     */
    private static final List<java.util.logging.Logger> CLIENT_LIBRARIES = List.of(
            java.util.logging.Logger.getLogger("com.azure"), java.util.logging.Logger.getLogger("com.microsoft.aad.msal4j"));

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CLIENT_LIBRARIES.forEach(library -> library.setLevel(java.util.logging.Level.WARNING));
        int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long started = System.nanoTime();
        RsaKeys.tls();
        report("RSA key pool (once per JVM)", millis(started) + " ms");
        new Seeder(1, "contoso", rooms).seed();
        started = System.nanoTime();
        TenantState seeded = new Seeder(1, "contoso", rooms).seed();
        report("seed " + rooms + " rooms (warm)", millis(started) + " ms");
        report("state file size", TenantStore.toJson(seeded).getBytes(StandardCharsets.UTF_8).length / 1024 + " KiB");

        System.gc();
        long heapBefore = usedHeap();
        started = System.nanoTime();
        try (TenantSimulator sim = TenantSimulator.start(SimulatorOptions.defaults().withRooms(rooms))) {
            report("start (seed, keys, TLS, listener)", millis(started) + " ms");
            System.gc();
            report("heap held by the simulator", (usedHeap() - heapBefore) / (1024 * 1024) + " MiB");

            started = System.nanoTime();
            String token = new ClientSecretCredentialBuilder().authorityHost(sim.authorityHost())
                    .tenantId(sim.tenantId()).clientId(sim.deployerApp().clientId())
                    .clientSecret(sim.deployerApp().clientSecret()).disableInstanceDiscovery()
                    .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(sim.clientSslContext()))
                            .build()).build()
                    .getTokenSync(new TokenRequestContext().addScopes("https://outlook.office365.com/.default"))
                    .getToken();
            report("first token (azure-identity)", millis(started) + " ms");

            HttpClient http = HttpClient.newBuilder().sslContext(sim.clientSslContext()).build();
            String body = "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{"
                    + "\"RecipientTypeDetails\":\"RoomMailbox\",\"ResultSize\":\"Unlimited\"}}}";
            for (int round = 1; round <= 3; round++) {
                started = System.nanoTime();
                String url = sim.exchangeEndpoint() + "/adminapi/beta/" + sim.tenantId() + "/InvokeCommand";
                int pages = 0;
                int listed = 0;
                while (url != null && pages < 100) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").header("Prefer", "odata.maxpagesize=1000")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    JsonObject page = JsonParser.parseString(response.body()).getAsJsonObject();
                    listed += page.getAsJsonArray("value").size();
                    url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
                    pages++;
                }
                report("list all rooms, round " + round, listed + " rooms in " + pages + " pages, " + millis(started)
                        + " ms");
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void report(String what, String figure) {
        System.out.println(String.format(Locale.ROOT, "%-38s %s", what, figure));
    }
}
