package io.roomgate.exchange;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryStrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * When azure-core's {@code RetryPolicy} may send a request again. The policy itself waits: {@code Retry-After} when
 * Exchange gives one, else exponential backoff with jitter ({@link ExponentialBackoff}).
 *
 * <p>Two flavours, because replaying a write that already committed creates a duplicate or fails confusingly
 * (Exchange objects are name-keyed):
 * <ul>
 *   <li>{@link #forReplayable}: reads and same-state writes retry throttling, 5xx, timeouts and lost connections;</li>
 *   <li>{@link #forWrites}: creates, adds and removes retry only what proves the request was not executed —
 *       a 429, a concurrency refusal, a 401 (token expired in flight), a connection that never opened.</li>
 * </ul>
 */
final class ExchangeRetryStrategy implements RetryStrategy {
    private final ExponentialBackoff backoff;
    private final boolean replayable;

    private ExchangeRetryStrategy(int maxRetries, Duration baseDelay, Duration maxDelay, boolean replayable) {
        this.backoff = new ExponentialBackoff(maxRetries, baseDelay, maxDelay);
        this.replayable = replayable;
    }

    static ExchangeRetryStrategy forReplayable(ExchangeClientOptions options) {
        return new ExchangeRetryStrategy(options.maxRetries(), options.retryBaseDelay(), options.maxRetryDelay(), true);
    }

    static ExchangeRetryStrategy forWrites(ExchangeClientOptions options) {
        return new ExchangeRetryStrategy(options.maxRetries(), options.retryBaseDelay(), options.maxRetryDelay(), false);
    }

    @Override
    public int getMaxRetries() {
        return backoff.getMaxRetries();
    }

    @Override
    public Duration calculateRetryDelay(int retryAttempts) {
        return backoff.calculateRetryDelay(retryAttempts);
    }

    @Override
    public boolean shouldRetryCondition(RequestRetryCondition condition) {
        if (condition.getResponse() != null) {
            return shouldRetryResponse(condition.getResponse(), condition.getTryCount());
        }
        return shouldRetryThrowable(condition.getThrowable());
    }

    @Override
    public boolean shouldRetry(HttpResponse response) {
        return shouldRetryResponse(response, 0);
    }

    @Override
    public boolean shouldRetryException(Throwable throwable) {
        return shouldRetryThrowable(throwable);
    }

    private boolean shouldRetryResponse(HttpResponse response, int tryCount) {
        int status = response.getStatusCode();
        if (status == 429 || isConcurrencyRefusal(response)) {
            return true;
        }
        if (status == 401) {
            // A token that expired between the cache check and Exchange: one more try fetches a fresh one.
            return tryCount == 0;
        }
        return replayable && (status == 408 || (status >= 500 && status != 501 && status != 505));
    }

    static boolean isConcurrencyRefusal(HttpResponse response) {
        int status = response.getStatusCode();
        if (status < 400) {
            return false;
        }
        try {
            byte[] body = response.getBodyAsBinaryData().toBytes();
            int length = Math.min(body.length, 512);
            return new String(body, 0, length, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                    .contains(ErrorParser.CONCURRENCY_REFUSAL);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private boolean shouldRetryThrowable(Throwable throwable) {
        Throwable cause = unwrap(throwable);
        if (neverLeftTheClient(cause)) {
            return true;
        }
        return replayable && (cause instanceof IOException || cause instanceof TimeoutException);
    }

    /** True when the request cannot have reached Exchange, so even a create may be sent again. */
    static boolean neverLeftTheClient(Throwable throwable) {
        Throwable cause = unwrap(throwable);
        return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                || cause instanceof UnknownHostException;
    }

    static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        for (int depth = 0; depth < 8 && current != null; depth++) {
            if (current instanceof IOException || current instanceof TimeoutException) {
                return current;
            }
            if (current instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
            current = current.getCause();
        }
        return throwable;
    }
}
