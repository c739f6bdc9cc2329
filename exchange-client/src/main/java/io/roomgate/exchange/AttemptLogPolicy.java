package io.roomgate.exchange;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

import java.lang.System.Logger.Level;

/**
 * One log line per HTTP attempt: cmdlet, status, duration, request id, and the {@code Retry-After} Exchange asked
 * for. Deliberately logs no header values and no bodies, so no token can leak through it.
 */
final class AttemptLogPolicy implements HttpPipelinePolicy {
    private static final System.Logger LOG = System.getLogger("io.roomgate.exchange");

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        long started = System.nanoTime();
        try {
            HttpResponse response = next.processSync();
            log(context, response, started);
            return response;
        } catch (RuntimeException failure) {
            LOG.log(Level.DEBUG, () -> cmdlet(context) + " attempt failed after " + millis(started) + " ms: "
                    + failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        long started = System.nanoTime();
        return next.process().doOnNext(response -> log(context, response, started));
    }

    private static void log(HttpPipelineCallContext context, HttpResponse response, long started) {
        int status = response.getStatusCode();
        Level level = status == 429 || status >= 500 ? Level.INFO : Level.DEBUG;
        LOG.log(level, () -> {
            String retryAfter = response.getHeaderValue("Retry-After");
            return cmdlet(context) + " -> HTTP " + status + " in " + millis(started) + " ms, client-request-id "
                    + context.getHttpRequest().getHeaders().getValue("client-request-id")
                    + (retryAfter == null ? "" : ", Retry-After " + retryAfter + " s");
        });
    }

    private static String cmdlet(HttpPipelineCallContext context) {
        return context.getHttpRequest().getHeaders().getValue("X-CmdletName");
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
