package io.roomgate.exchange;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import io.roomgate.exchange.stub.HttpsStub;
import io.roomgate.exchange.stub.HttpsStub.Reply;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No token, secret or Authorization header in any log line or exception message, whatever happens on the wire. */
class SecretRedactionTest {
    private static final String SECRET = "Qx7~client-secret-value-42";

    @Test
    void noLogLineOrMessageEverShowsTheTokenOrTheSecret() throws Exception {
        List<String> messages = new ArrayList<>();
        try (HttpsStub stub = new HttpsStub(); LogCapture log = new LogCapture()) {
            stub.then(
                    Reply.json(200, "{\"value\":[{\"Name\":\"r\"}],\"@adminapi.warnings\":[\"echo Bearer "
                            + StubTenant.TOKEN + "\"]}"),
                    Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token " + StubTenant.TOKEN
                            + " rejected\"}}"),
                    Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token " + StubTenant.TOKEN
                            + " rejected\"}}"),
                    new Reply(403, java.util.Map.of("x-ms-diagnostics", "2000001;reason=\"client_secret=" + SECRET
                            + "\""), new byte[64], java.time.Duration.ZERO, false),
                    Reply.json(429, "{}").withHeader("Retry-After", "0"),
                    Reply.json(500, "Authorization: Bearer " + StubTenant.TOKEN),
                    Reply.drop());
            ExchangeClientOptions options = StubTenant.options(stub, new StubTenant.CountingCredential())
                    .maxRetries(1).build();
            InvokeCommandClient client = InvokeCommandClient.create(options);
            Cmdlet read = Cmdlet.named("Get-Mailbox").with("Identity", "room1@contoso.com").build();
            Cmdlet write = Cmdlet.named("New-ManagementScope").with("Name", "rooms").build();

            client.invoke(read);
            for (Cmdlet cmdlet : List.of(read, write, write, write)) {
                try {
                    client.invoke(cmdlet);
                } catch (ExchangeException failure) {
                    messages.add(failure.getMessage());
                }
            }
            InvokeCommandClient tokenless = InvokeCommandClient.create(ExchangeClientOptions.builder(
                    StubTenant.TENANT_ID, new CredentialSource.Supplied(new FailingCredential(), "client secret of"
                            + " app app-1")).endpoint(stub.endpoint()).sslContext(stub.clientTrust()).maxRetries(0)
                    .build());
            messages.add(assertThrows(ExchangeException.class, () -> tokenless.invoke(read)).getMessage());

            List<String> everything = new ArrayList<>(log.lines());
            everything.addAll(messages);
            assertTrue(log.lines().size() >= 6, "the calls were logged: " + log.lines());
            assertEquals(5, messages.size(), "401, 403, 500 on a write, lost write, no token: " + messages);
            for (String line : everything) {
                assertFalse(line.contains(StubTenant.TOKEN), line);
                assertFalse(line.contains("eyJ0eXAiOiJKV1QifQ"), line);
                assertFalse(line.contains(SECRET), line);
                assertFalse(line.contains("Bearer ey"), line);
            }
            assertTrue(stub.requests().stream().allMatch(r -> ("Bearer " + StubTenant.TOKEN)
                    .equals(r.header("Authorization"))), "the token did go on the wire, only there");
        }
    }

    /** What azure-identity throws when Entra refuses the secret; its text may echo the request. */
    private static final class FailingCredential implements TokenCredential {
        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.error(failure());
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            throw failure();
        }

        private static ClientAuthenticationException failure() {
            return new ClientAuthenticationException("AADSTS7000215: Invalid client secret provided."
                    + " client_secret=" + SECRET, null);
        }
    }
}
