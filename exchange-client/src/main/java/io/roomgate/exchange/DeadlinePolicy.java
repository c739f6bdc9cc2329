package io.roomgate.exchange;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.Context;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.roomgate.exchange.ExchangeException.Kind;

/**
 * Holds one cmdlet call, retries and waits included, to its deadline ({@code callDeadline}). azure-core's retry
 * policy waits whatever {@code Retry-After} Exchange sends; sitting just below it, this policy sees each attempt's
 * answer first and ends the call when the wait Exchange asks for would outlast the deadline, and refuses to start
 * an attempt once the deadline has passed (a back-off wait may end past it by at most {@code maxRetryDelay}).
 */
final class DeadlinePolicy implements HttpPipelinePolicy {
    private static final String KEY = "roomgate-call-deadline";

    private final Duration callDeadline;

    DeadlinePolicy(Duration callDeadline) {
        this.callDeadline = callDeadline;
    }

    /** The context that carries {@code deadline} to this policy for one call. */
    static Context until(Instant deadline) {
        return new Context(KEY, deadline);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        Instant deadline = deadline(context);
        if (deadline == null) {
            return next.processSync();
        }
        if (Instant.now().isAfter(deadline)) {
            throw passed(context);
        }
        HttpResponse response = next.processSync();
        ExchangeException refusal = waitOutlastsDeadline(context, response, deadline);
        if (refusal != null) {
            response.close();
            throw refusal;
        }
        return response;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        Instant deadline = deadline(context);
        if (deadline == null) {
            return next.process();
        }
        if (Instant.now().isAfter(deadline)) {
            return Mono.error(passed(context));
        }
        return next.process().flatMap(response -> {
            ExchangeException refusal = waitOutlastsDeadline(context, response, deadline);
            if (refusal != null) {
                response.close();
                return Mono.error(refusal);
            }
            return Mono.just(response);
        });
    }

    private Instant deadline(HttpPipelineCallContext context) {
        return (Instant) context.getData(KEY).orElse(null);
    }

    private ExchangeException passed(HttpPipelineCallContext context) {
        return new ExchangeException(Kind.TRANSIENT, cmdlet(context), cmdlet(context) + " got no answer from"
                + " Exchange Online within its " + callDeadline.toSeconds() + " s deadline (callDeadline): every"
                + " attempt so far was throttled or failed before it ran. Run again later.");
    }

    private ExchangeException waitOutlastsDeadline(HttpPipelineCallContext context, HttpResponse response,
                                                          Instant deadline) {
        Duration asked = retryAfter(response);
        if (asked == null || !Instant.now().plus(asked).isAfter(deadline)) {
            return null;
        }
        long left = Math.max(0, Duration.between(Instant.now(), deadline).toSeconds());
        int status = response.getStatusCode();
        return new ExchangeException(Kind.THROTTLED, cmdlet(context), status, null, List.of(),
                context.getHttpRequest().getHeaders().getValue("client-request-id"), cmdlet(context)
                + " was throttled (HTTP " + status + ") and Exchange Online asked to wait " + asked.toSeconds()
                + " s (Retry-After), more than the " + left + " s left of the call's " + callDeadline.toSeconds()
                + " s deadline (callDeadline), so it was not waited out; the call did not run. Run again later or"
                + " lower exchangeonline:maxConcurrency.", null);
    }

    /** The wait a retryable answer asks for, as azure-core's retry policy would read it; null when none. */
    private static Duration retryAfter(HttpResponse response) {
        // Only a 429 proves the call did not run; a 5xx to a write must stay an unknown outcome.
        if (response.getStatusCode() != 429) {
            return null;
        }
        String milliseconds = firstNonNull(response.getHeaderValue("retry-after-ms"),
                response.getHeaderValue("x-ms-retry-after-ms"));
        try {
            if (milliseconds != null) {
                return Duration.ofMillis(Long.parseLong(milliseconds.strip()));
            }
            String value = response.getHeaderValue("Retry-After");
            if (value == null) {
                return null;
            }
            if (value.strip().chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(value.strip()));
            }
            return Duration.between(Instant.now(),
                    ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String cmdlet(HttpPipelineCallContext context) {
        return context.getHttpRequest().getHeaders().getValue("X-CmdletName");
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
