package io.roomgate.localtenant;

import io.roomgate.localtenant.exchange.ExchangeAdminEndpoint;
import io.roomgate.localtenant.http.ForwardingExchange;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Exchange endpoint counts as in flight is what the client really has open: a call counts from its
 * arrival until its answer starts, never after the client has the answer in hand.
 */
class TrafficAccountingTest extends SimulatorTestBase {

    @Test
    void aClientsNextCallIsNeitherCountedBesideNorRefusedForItsFinishedOne() throws Exception {
        client.deployerToken();
        // The server thread of the first call is held after its answer has been written in full, as a busy machine
        // may deschedule it there, while the client, which has the answer, makes its next call.
        CountDownLatch secondCallDone = new CountDownLatch(1);
        AtomicBoolean firstHeld = new AtomicBoolean();
        var endpoint = new ExchangeAdminEndpoint(sim.tenant(), sim.tokens(), sim.faults(), sim.traffic());
        sim.mount("/adminapi/", exchange -> endpoint.handle(new ForwardingExchange(exchange) {
            @Override
            public void close() {
                super.close();
                if (firstHeld.compareAndSet(false, true)) {
                    try {
                        secondCallDone.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }));
        sim.faults().concurrencyLimit(1);
        sim.traffic().reset();
        try {
            HttpResponse<String> first = client.invoke("Get-Mailbox", Map.of("Identity", "ceo"));
            HttpResponse<String> second = client.invoke("Get-Mailbox", Map.of("Identity", "ceo"));
            secondCallDone.countDown();

            assertTrue(firstHeld.get(), "the first call's server thread was held after its answer");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, second.statusCode(), second.body());
            assertEquals(0, sim.traffic().concurrencyRefusals());
            assertEquals(1, sim.traffic().maxConcurrentRequests());
        } finally {
            secondCallDone.countDown();
            sim.faults().clear();
        }
    }
}
