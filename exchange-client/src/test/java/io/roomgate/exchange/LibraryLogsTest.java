package io.roomgate.exchange;

import io.roomgate.localtenant.TenantSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What azure-identity, MSAL and azure-core log through SLF4J reaches the program's own log, scrubbed: a warning as a
 * warning, an error (which our code reports itself) as detail, nothing below warning, no token or secret ever.
 */
class LibraryLogsTest {
    private static final String SECRET = "Zq8~library-log-secret-77";
    private static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJleGNoYW5nZSJ9.c2lnbmF0dXJl";
    private static TenantSimulator sim;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<String> details = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTenant() {
        sim = SimulatedTenant.start();
    }

    @AfterAll
    static void stopTenant() {
        sim.close();
    }

    @BeforeEach
    void routeToThisTest() {
        LibraryLogs.route(new LibraryLogs.Sink() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }

            @Override
            public void detail(String message) {
                details.add(message);
            }
        });
    }

    @Test
    void aLibraryWarningArrivesAsAWarningWithoutTheTokenOrTheSecret() {
        LibraryLogs.redact(List.of(SECRET));
        var identity = LoggerFactory.getLogger("com.azure.identity.ClientSecretCredential");

        identity.warn("retrying with client_secret=" + SECRET + " and Authorization: Bearer " + TOKEN);
        identity.error("Azure Identity => ERROR in getToken() call", new IllegalStateException("refused " + SECRET));
        identity.info("Azure Identity => getToken() result for scopes [x]: SUCCESS");
        LoggerFactory.getLogger("com.azure.core.http.jdk.httpclient.JdkHttpClient").warn("The header is restricted");

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("retrying with client_secret=[redacted] and Authorization: Bearer [token]"),
                warnings.get(0));
        assertEquals(List.of("Azure Identity => ERROR in getToken() call (IllegalStateException: refused [secret])"),
                details);
    }

    @Test
    void aRefusedSecretIsNoWarningOfTheLibrariesAndNoLineCarriesIt() {
        String wrongSecret = "not-the-secret-but-still-secret-9";
        ExchangeAdminClient wrong = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                new CredentialSource.ClientSecret(sim.deployerApp().clientId(), wrongSecret)).maxRetries(0).build());

        assertThrows(ExchangeException.class, () -> wrong.findMailbox(SimulatedTenant.address(sim, "ceo")));

        assertFalse(details.isEmpty(), "azure-identity logged the refusal, as detail");
        assertEquals(List.of(), warnings, "the refusal is reported once, by the client's exception");
        details.forEach(line -> assertFalse(line.contains(wrongSecret), line));
    }

    @Test
    void aSignInThatWorksLeavesTheConsoleClean() {
        ExchangeAdminClient client = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).build());

        assertTrue(client.findMailbox(SimulatedTenant.address(sim, "ceo")).isPresent());

        assertEquals(List.of(), warnings);
    }
}
