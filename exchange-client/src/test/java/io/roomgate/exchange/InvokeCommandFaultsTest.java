package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import io.roomgate.exchange.stub.HttpsStub;
import io.roomgate.exchange.stub.HttpsStub.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throttling, transient failures, lost responses and the concurrency bound, against an HTTPS stub. */
class InvokeCommandFaultsTest {
    private static final String OK = "{\"value\":[{\"Name\":\"room1\"}]}";
    private static final Cmdlet READ = Cmdlet.named("Get-Mailbox").with("Identity", "room1@contoso.com").build();
    private static final Cmdlet CREATE = Cmdlet.named("New-ManagementScope").with("Name", "rooms")
            .with("RecipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'").build();

    private HttpsStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = new HttpsStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void throttledCallWaitsTheRetryAfterExchangeAskedForThenSucceeds() {
        stub.then(Reply.json(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}")
                .withHeader("Retry-After", "2"), Reply.json(200, OK));

        CmdletResult result = StubTenant.invoker(stub).invoke(CREATE);

        assertEquals("room1", result.single().get("Name").getAsString());
        List<HttpsStub.Seen> requests = stub.requests();
        assertEquals(2, requests.size(), "a 429 proves the write was not executed, so it is sent again");
        // The backoff alone would wait at most 200 ms: waiting 2 s means Retry-After was honoured.
        assertTrue(Duration.between(requests.get(0).at(), requests.get(1).at()).toMillis() >= 1_900);
    }

    @Test
    void aRetryAfterLongerThanTheCallsDeadlineIsNotWaitedOut() {
        stub.then(Reply.json(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}")
                .withHeader("Retry-After", "3600"), Reply.json(200, OK));
        ExchangeClientOptions options = StubTenant.options(stub, new StubTenant.CountingCredential())
                .callDeadline(Duration.ofMinutes(5)).build();

        ExchangeException failure = assertThrows(ExchangeException.class,
                () -> InvokeCommandClient.create(options).invoke(CREATE));

        assertEquals(Kind.THROTTLED, failure.kind());
        assertEquals(429, failure.httpStatus());
        assertEquals(1, stub.requests().size(), "an hour's wait is not taken up");
        assertTrue(failure.getMessage().startsWith("New-ManagementScope was throttled (HTTP 429) and Exchange Online"
                + " asked to wait 3600 s (Retry-After), more than the "), failure.getMessage());
        assertTrue(failure.getMessage().contains("the call did not run. Run again later"), failure.getMessage());
    }

    @Test
    void aCallThrottledAgainAndAgainEndsAtItsDeadlineNotAfterEveryRetry() {
        stub.otherwise(request -> Reply.json(429, "{}").withHeader("Retry-After", "2"));
        ExchangeClientOptions options = StubTenant.options(stub, new StubTenant.CountingCredential())
                .maxRetries(20).callDeadline(Duration.ofSeconds(3)).build();

        ExchangeException failure = assertThrows(ExchangeException.class,
                () -> InvokeCommandClient.create(options).invoke(READ));

        assertEquals(Kind.THROTTLED, failure.kind());
        assertTrue(stub.requests().size() <= 3, "2 s waits within a 3 s deadline, not 20 retries: "
                + stub.requests().size());
        assertTrue(failure.getMessage().contains("asked to wait 2 s (Retry-After)"), failure.getMessage());
    }

    @Test
    void plainTextConcurrencyRefusalIsRetriedEvenForWrites() {
        stub.then(Reply.text(503, "You have reached the maximum number of concurrent requests per tenant. Please wait"
                + " and try again"), Reply.json(200, OK));

        StubTenant.invoker(stub).invoke(CREATE);

        assertEquals(2, stub.requests().size());
    }

    @Test
    void serverErrorsOnReadsAreRetriedWithBackoff() {
        stub.then(Reply.json(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}"),
                Reply.json(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"oops\"}}"),
                Reply.json(200, OK));

        StubTenant.invoker(stub).invoke(READ);

        assertEquals(3, stub.requests().size());
    }

    @Test
    void readsThatKeepFailingEndAsTransientAfterTheConfiguredRetries() {
        stub.otherwise(request -> Reply.json(502, "{\"error\":{\"code\":\"BadGateway\",\"message\":\"upstream\"}}"));

        ExchangeException failure = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub).invoke(READ));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertEquals(4, stub.requests().size(), "first attempt + maxRetries(3)");
        assertTrue(failure.getMessage().contains("Run again later"), failure.getMessage());
    }

    @Test
    void aWriteAnsweredWithServerErrorIsNotReplayedAndReportsAnUnknownOutcome() {
        stub.then(Reply.json(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Error executing cmdlet\"}}"));

        ExchangeException failure = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub).invoke(CREATE));

        assertEquals(Kind.OUTCOME_UNKNOWN, failure.kind());
        assertEquals(1, stub.requests().size());
        assertTrue(failure.getMessage().contains("look the object up before trying again"), failure.getMessage());
    }

    @Test
    void aWriteWhoseResponseIsLostIsNotReplayedAndReportsAnUnknownOutcome() {
        stub.then(Reply.drop());

        ExchangeException failure = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub).invoke(CREATE));

        assertEquals(Kind.OUTCOME_UNKNOWN, failure.kind());
        assertEquals(1, stub.requests().size());
        assertTrue(failure.getMessage().startsWith("New-ManagementScope on 'rooms' was sent but no response arrived"),
                failure.getMessage());
    }

    @Test
    void aReadWhoseResponseIsLostIsRetried() {
        stub.then(Reply.drop(), Reply.json(200, OK));

        CmdletResult result = StubTenant.invoker(stub).invoke(READ);

        assertEquals(1, result.values().size());
        assertEquals(2, stub.requests().size());
    }

    @Test
    void aSlowAnswerTimesOutInsteadOfHangingTheDeployment() {
        stub.otherwise(request -> Reply.json(200, OK).after(Duration.ofSeconds(3)));
        ExchangeClientOptions options = StubTenant.options(stub, new StubTenant.CountingCredential())
                .callTimeout(Duration.ofMillis(300)).maxRetries(1).build();

        ExchangeException failure = assertThrows(ExchangeException.class,
                () -> InvokeCommandClient.create(options).invoke(READ));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertEquals(2, stub.requests().size());
    }

    @Test
    void anExpiredTokenIsRefreshedOnceThenTheRefusalIsExplained() {
        var credential = new StubTenant.CountingCredential();
        stub.otherwise(request -> Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"\"}}")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"The token is"
                        + " expired\""));

        ExchangeException failure = assertThrows(ExchangeException.class,
                () -> InvokeCommandClient.create(StubTenant.options(stub, credential).build()).invoke(CREATE));

        assertEquals(Kind.UNAUTHORIZED, failure.kind());
        assertEquals(2, stub.requests().size(), "one fresh try for a token that expired in flight");
        assertTrue(failure.getMessage().contains("test credential of app 0f00ba11-0000-4000-8000-000000000001"));
        assertTrue(failure.getMessage().contains(StubTenant.TENANT_ID));
        assertTrue(failure.getMessage().contains("The token is expired"), failure.getMessage());
        assertFalse(failure.getMessage().contains(StubTenant.TOKEN));
    }

    @Test
    void aRefusedTokenAfterExpiryIsRecoveredByTheRetry() {
        stub.then(Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\"}}"), Reply.json(200, OK));

        CmdletResult result = StubTenant.invoker(stub).invoke(READ);

        assertEquals(1, result.values().size());
    }

    @Test
    void neverMoreCallsInFlightThanTheConfiguredBound() throws Exception {
        stub.otherwise(request -> Reply.json(200, OK).after(Duration.ofMillis(150)));
        InvokeCommandClient client = InvokeCommandClient.create(StubTenant.options(stub,
                new StubTenant.CountingCredential()).maxConcurrency(3).build());
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<CmdletResult>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(callers.submit(() -> client.invoke(READ)));
            }
            for (Future<CmdletResult> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(24, stub.requests().size());
        assertTrue(stub.maxInFlight() <= 3, "in flight at once: " + stub.maxInFlight());
        assertTrue(stub.maxInFlight() >= 2, "calls still run in parallel: " + stub.maxInFlight());
    }

    @Test
    void throttlingNarrowsTheAdaptiveLimit() {
        stub.then(Reply.json(429, "{}").withHeader("Retry-After", "0"), Reply.json(429, "{}").withHeader("Retry-After", "0"),
                Reply.json(200, OK));
        InvokeCommandClient client = InvokeCommandClient.create(StubTenant.options(stub,
                new StubTenant.CountingCredential()).maxConcurrency(8).build());

        client.invoke(READ);

        assertEquals(3, client.currentConcurrencyLimit(), "8 halved twice, then one more for the success");
    }

    @Test
    void exceptionsCarryTheRequestIdToQuoteToSupport() {
        stub.then(Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Error executing cmdlet\",\"details\":"
                + "[{\"code\":\"Context\",\"target\":\"\",\"message\":\"Ex6F9304|Microsoft.Exchange.Configuration.Tasks."
                + "ManagementObjectNotFoundException|The operation couldn't be performed because object 'room9' couldn't"
                + " be found on 'DC1.PROD.OUTLOOK.COM'.\"}]}}").withHeader("request-id", "req-42"));

        ExchangeException failure = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub).invoke(READ));

        assertEquals(Kind.NOT_FOUND, failure.kind());
        assertEquals("req-42", failure.requestId());
        assertEquals(404, failure.httpStatus());
        assertEquals("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                failure.exchangeErrorType());
        assertEquals("Get-Mailbox on 'room1@contoso.com' failed: The operation couldn't be performed because object"
                + " 'room9' couldn't be found on 'DC1.PROD.OUTLOOK.COM'. (HTTP 404, Microsoft.Exchange.Configuration."
                + "Tasks.ManagementObjectNotFoundException, request id req-42)", failure.getMessage());
    }
}
