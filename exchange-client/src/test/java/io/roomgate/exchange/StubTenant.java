package io.roomgate.exchange;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import io.roomgate.exchange.stub.HttpsStub;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/** Client options aimed at an {@link HttpsStub}, with a fixed fake token and fast retries. */
final class StubTenant {
    static final String TENANT_ID = "6e2f3c1a-0000-4000-8000-00000000c0de";
    /** Looks like a real JWT so the redaction patterns are exercised. */
    static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJl";

    private StubTenant() {
    }

    static final class CountingCredential implements TokenCredential {
        final AtomicInteger tokensIssued = new AtomicInteger();

        @Override
        public Mono<AccessToken> getToken(com.azure.core.credential.TokenRequestContext request) {
            return Mono.fromCallable(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(com.azure.core.credential.TokenRequestContext request) {
            tokensIssued.incrementAndGet();
            return new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1));
        }
    }

    static ExchangeClientOptions.Builder options(HttpsStub stub, TokenCredential credential) {
        return ExchangeClientOptions.builder(TENANT_ID, new CredentialSource.Supplied(credential,
                        "test credential of app 0f00ba11-0000-4000-8000-000000000001"))
                .organization("contoso.onmicrosoft.com")
                .endpoint(stub.endpoint())
                .sslContext(stub.clientTrust())
                .callTimeout(Duration.ofSeconds(5))
                .maxRetries(3)
                .retryBaseDelay(Duration.ofMillis(20))
                .maxRetryDelay(Duration.ofMillis(200))
                .replicationWait(Duration.ZERO);
    }

    static InvokeCommandClient invoker(HttpsStub stub) {
        return InvokeCommandClient.create(options(stub, new CountingCredential()).build());
    }
}
