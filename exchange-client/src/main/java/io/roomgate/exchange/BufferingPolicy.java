package io.roomgate.exchange;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

/**
 * Reads each response body once, so the retry strategy and the concurrency limit can look at it (plain-text
 * concurrency refusals) and the client can still parse it. Pages are at most 1000 objects.
 */
final class BufferingPolicy implements HttpPipelinePolicy {
    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        return next.processSync().buffer();
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return next.process().map(HttpResponse::buffer);
    }
}
