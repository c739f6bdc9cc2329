package io.roomgate.localtenant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest extends SimulatorTestBase {

    @BeforeAll
    static void prepare() {
        client.deployerToken();
    }

    @AfterEach
    void clearFaults() {
        sim.faults().clear();
    }

    @Test
    void throttleAfterNCallsAnswers429WithRetryAfterThenRecovers() {
        sim.faults().throttleAfter(2, 2, Duration.ofSeconds(7));

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> throttled = null;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = client.invoke("Get-Mailbox", Map.of("Identity", "ceo"));
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                throttled = response;
            }
        }

        assertEquals(List.of(200, 200, 429, 429, 200), statuses);
        assertEquals("7", throttled.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("TooManyRequests", SimulatorClient.json(throttled).getAsJsonObject("error").get("code").getAsString());
    }

    @Test
    void rateBudgetRefusesBeyondTheBurst() {
        sim.faults().rateLimit(0.5, 3);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(client.invoke("Get-Mailbox", Map.of("Identity", "ceo")).statusCode());
        }

        assertEquals(List.of(200, 200, 200, 429), statuses);
    }

    @Test
    void concurrencyAboveTheLimitIsRefusedInPlainTextAndMeasured() throws Exception {
        sim.faults().concurrencyLimit(2).latency(Duration.ofMillis(300));
        sim.traffic().reset();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch ready = new CountDownLatch(6);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    ready.countDown();
                    ready.await(5, TimeUnit.SECONDS);
                    return client.invoke("Get-Mailbox", Map.of("Identity", "ceo"));
                }));
            }
            List<String> refusals = new ArrayList<>();
            int ok = 0;
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(20, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(429, response.statusCode());
                    refusals.add(response.body());
                }
            }
            assertTrue(ok >= 2, "at least the limit gets through, got " + ok);
            assertTrue(!refusals.isEmpty(), "some calls are refused");
            assertEquals("You have reached the maximum number of concurrent requests per tenant. Please wait and try "
                    + "again", refusals.get(0));
            assertTrue(sim.traffic().maxConcurrentRequests() > 2);
            assertEquals(refusals.size(), sim.traffic().concurrencyRefusals());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void injectedServerErrorsHitOnlyTheNamedCmdlet() {
        sim.faults().failNext("Get-DistributionGroup", 1, 503);

        assertEquals(200, client.invoke("Get-Mailbox", Map.of("Identity", "ceo")).statusCode());
        HttpResponse<String> failed = client.invoke("Get-DistributionGroup", Map.of("Identity", "rooms-ams"));
        assertEquals(503, failed.statusCode());
        assertEquals("ServiceUnavailable", SimulatorClient.json(failed).getAsJsonObject("error").get("code").getAsString());
        assertEquals(200, client.invoke("Get-DistributionGroup", Map.of("Identity", "rooms-ams")).statusCode());
    }

    @Test
    void droppedConnectionAfterCommitLeavesTheWriteDone() {
        sim.faults().dropResponseAfterCommit("New-DistributionGroup", 1);
        int before = sim.changeLog().size();

        assertThrows(UncheckedIOException.class, () -> client.invoke("New-DistributionGroup",
                Map.of("Name", "Lost-Response", "Type", "Security")));

        assertEquals(before + 1, sim.changeLog().size());
        HttpResponse<String> retried = client.invoke("New-DistributionGroup",
                Map.of("Name", "Lost-Response", "Type", "Security"));
        assertEquals(400, retried.statusCode());
        assertTrue(SimulatorClient.detail(retried).contains("already exists"));
    }

    @Test
    void replicationLagHidesANewObjectUntilItHasReplicated() {
        sim.faults().replicationLag(Duration.ofSeconds(30));
        client.ok("New-DistributionGroup", Map.of("Name", "Lagging-Group", "Type", "Security"));

        assertEquals(404, client.invoke("Get-DistributionGroup", Map.of("Identity", "Lagging-Group")).statusCode());
        assertEquals(400, client.invoke("New-DistributionGroup", Map.of("Name", "Lagging-Group", "Type", "Security"))
                .statusCode());
        sim.tenant().clock().advance(Duration.ofSeconds(31));
        assertEquals(200, client.invoke("Get-DistributionGroup", Map.of("Identity", "Lagging-Group")).statusCode());
    }

    @Test
    void shortLivedTokensAreRefusedOnceExpired() {
        sim.faults().tokenLifetime(Duration.ofMinutes(2));
        String token = client.tokenFor(sim.deployerApp(), SimulatorClient.EXCHANGE_SCOPE + "");
        String body = SimulatorClient.body("Get-Mailbox", Map.of("Identity", "ceo")).toString();
        assertEquals(200, client.post(client.invokeUrl(), body, token, null).statusCode());

        sim.tenant().clock().advance(Duration.ofMinutes(3));

        HttpResponse<String> expired = client.post(client.invokeUrl(), body, token, null);
        assertEquals(401, expired.statusCode());
        assertTrue(expired.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("expired"));
    }

    @Test
    void callsAreCountedPerCmdletIncludingEveryPage() {
        sim.traffic().reset();
        String body = SimulatorClient.body("Get-Mailbox", Map.of("RecipientTypeDetails", "RoomMailbox",
                "ResultSize", "Unlimited")).toString();
        String url = client.invokeUrl();
        int pages = 0;
        while (url != null && pages < 50) {
            var page = SimulatorClient.json(client.post(url, body, client.deployerToken(), 10));
            url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
            pages++;
        }

        assertEquals(pages, sim.traffic().calls("Get-Mailbox"));
        assertEquals(pages, sim.traffic().totalCalls());
        assertEquals(pages, sim.traffic().callsWithoutAnchorMailbox(), "this test client sends no routing hint");
    }
}
