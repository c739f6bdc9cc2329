package io.roomgate.exchange;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limiter.BlockingLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Keeps at most {@code maxConcurrency} attempts in flight against the tenant (DESIGN rule 7), and fewer after
 * Exchange throttles: an AIMD limit halves on a 429 or concurrency refusal and grows back by one per healthy window.
 * Sits below the retry policy, so a request waiting out a {@code Retry-After} holds no slot.
 */
final class ConcurrencyLimitPolicy implements HttpPipelinePolicy {
    private final AIMDLimit limit;
    private final Limiter<Void> limiter;
    private final Duration acquireTimeout;

    ConcurrencyLimitPolicy(int maxConcurrency, Duration callTimeout) {
        this.limit = AIMDLimit.newBuilder()
                .initialLimit(maxConcurrency)
                .maxLimit(maxConcurrency)
                .minLimit(1)
                .backoffRatio(0.5)
                // A slow answer is not a refusal: only 429s narrow the limit.
                .timeout(Math.max(callTimeout.toMillis(), 1) * 10, TimeUnit.MILLISECONDS)
                .build();
        this.acquireTimeout = callTimeout.multipliedBy(10).compareTo(BlockingLimiter.MAX_TIMEOUT) > 0
                ? BlockingLimiter.MAX_TIMEOUT : callTimeout.multipliedBy(10);
        this.limiter = BlockingLimiter.wrap(SimpleLimiter.newBuilder().named("exchange").limit(limit).build(),
                acquireTimeout);
    }

    /** The current adaptive limit, for diagnostics and the benchmark. */
    int currentLimit() {
        return limit.getLimit();
    }

    private Limiter.Listener acquire() {
        return limiter.acquire(null).orElseThrow(() -> new ExchangeException(ExchangeException.Kind.THROTTLED, null,
                "No Exchange call slot came free within " + acquireTimeout.toSeconds()
                        + " s: the tenant is saturated. Lower exchangeonline:maxConcurrency or run again later."));
    }

    private static void settle(Limiter.Listener listener, HttpResponse response) {
        if (response.getStatusCode() == 429 || ExchangeRetryStrategy.isConcurrencyRefusal(response)) {
            listener.onDropped();
        } else {
            listener.onSuccess();
        }
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        Limiter.Listener listener = acquire();
        HttpResponse response;
        try {
            response = next.processSync();
        } catch (RuntimeException | Error failure) {
            listener.onIgnore();
            throw failure;
        }
        settle(listener, response);
        return response;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return Mono.defer(() -> {
            Limiter.Listener listener = acquire();
            return next.process()
                    .doOnNext(response -> settle(listener, response))
                    .doOnError(failure -> listener.onIgnore())
                    .doOnCancel(listener::onIgnore);
        });
    }
}
