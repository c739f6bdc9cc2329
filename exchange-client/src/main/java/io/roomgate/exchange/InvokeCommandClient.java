package io.roomgate.exchange;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.util.Context;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.roomgate.exchange.ExchangeException.Kind;

/**
 * The one place that speaks InvokeCommand: {@code POST {endpoint}/adminapi/beta/{tenant}/InvokeCommand} through an
 * azure-core pipeline of retry (honouring {@code Retry-After}) → bearer token (azure-identity) → per-tenant
 * concurrency limit → attempt log → buffering, over the JDK HTTP client with timeouts.
 */
public final class InvokeCommandClient implements CmdletInvoker {
    /** Exchange's well-known arbitration mailbox; the same GUID in every organisation. */
    static final String ORGANIZATION_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";
    private static final int MAX_PAGES = 10_000;
    private static final System.Logger LOG = System.getLogger("io.roomgate.exchange");
    private static final Gson GSON = new Gson();

    private final ExchangeClientOptions options;
    private final HttpPipeline replayablePipeline;
    private final HttpPipeline writePipeline;
    private final ConcurrencyLimitPolicy concurrency;
    private final ErrorParser errors;
    private final Redactor redactor;
    private final String invokeUrl;

    private InvokeCommandClient(ExchangeClientOptions options, TokenCredential credential, HttpClient httpClient) {
        this.options = options;
        this.redactor = new Redactor(Credentials.secretsOf(options.credential()));
        this.errors = new ErrorParser(options.tenantId(), options.credential().describe(), redactor);
        this.concurrency = new ConcurrencyLimitPolicy(options.maxConcurrency(), options.callTimeout());
        var bearer = new BearerTokenAuthenticationPolicy(credential, options.tokenScope());
        var attemptLog = new AttemptLogPolicy();
        var buffering = new BufferingPolicy();
        var deadline = new DeadlinePolicy(options.callDeadline());
        this.replayablePipeline = new HttpPipelineBuilder().httpClient(httpClient).policies(
                new RetryPolicy(ExchangeRetryStrategy.forReplayable(options)), deadline, bearer, concurrency,
                attemptLog, buffering).build();
        this.writePipeline = new HttpPipelineBuilder().httpClient(httpClient).policies(
                new RetryPolicy(ExchangeRetryStrategy.forWrites(options)), deadline, bearer, concurrency,
                attemptLog, buffering).build();
        String base = options.endpoint().toString().replaceAll("/+$", "");
        this.invokeUrl = base + "/adminapi/beta/" + options.tenantId() + "/InvokeCommand";
    }

    /** A client with the azure-identity credential the options describe, sharing one HTTP client with it. */
    public static InvokeCommandClient create(ExchangeClientOptions options) {
        return create(options, httpClient(options));
    }

    /**
     * The same over a given azure-core HTTP client (a proxy, instrumentation); the credential's token requests use
     * it too. Its timeouts and TLS trust are then the caller's.
     */
    public static InvokeCommandClient create(ExchangeClientOptions options, HttpClient httpClient) {
        return new InvokeCommandClient(options, Credentials.build(options, httpClient), httpClient);
    }

    /**
     * The azure-identity credential the options describe, over {@link #httpClient(ExchangeClientOptions)}: for a
     * caller that signs in to another API of the same tenant as this client would (verify, to Microsoft Graph).
     */
    public static TokenCredential credential(ExchangeClientOptions options) {
        return Credentials.build(options, httpClient(options));
    }

    /** The JDK-based azure-core HTTP client with the options' timeouts and TLS trust; also used for tokens. */
    public static HttpClient httpClient(ExchangeClientOptions options) {
        var jdk = java.net.http.HttpClient.newBuilder();
        if (options.sslContext() != null) {
            jdk.sslContext(options.sslContext());
        }
        Duration connect = options.callTimeout().compareTo(Duration.ofSeconds(10)) < 0
                ? options.callTimeout() : Duration.ofSeconds(10);
        return new JdkHttpClientBuilder(jdk)
                .connectionTimeout(connect)
                .writeTimeout(options.callTimeout())
                .responseTimeout(options.callTimeout())
                .readTimeout(options.callTimeout())
                .build();
    }

    /** The adaptive concurrency limit right now (at most {@code maxConcurrency}; lower after throttling). */
    public int currentConcurrencyLimit() {
        return concurrency.currentLimit();
    }

    @Override
    public CmdletResult invoke(Cmdlet cmdlet) {
        String body = requestBody(cmdlet);
        String anchor = cmdlet.anchorMailbox() == null
                ? "APP:" + ORGANIZATION_MAILBOX + "@" + options.routingTenant()
                : "SMTP:" + cmdlet.anchorMailbox();
        HttpPipeline pipeline = cmdlet.isSafeToReplay() ? replayablePipeline : writePipeline;
        List<JsonObject> values = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String url = invokeUrl;
        long started = System.nanoTime();
        Context deadline = DeadlinePolicy.until(java.time.Instant.now().plus(options.callDeadline()));
        int page = 0;
        while (url != null) {
            if (++page > MAX_PAGES) {
                throw new ExchangeException(Kind.FAILED, cmdlet.name(), cmdlet.name() + " returned more than "
                        + MAX_PAGES + " pages; stopped following @odata.nextLink.");
            }
            JsonObject response = send(pipeline, cmdlet, url, body, anchor, page, deadline);
            collectPage(cmdlet, response, values, warnings);
            url = nextLink(cmdlet, response);
        }
        int pages = page;
        LOG.log(Level.DEBUG, () -> cmdlet.name() + " " + cmdlet.parameters().keySet() + " -> " + values.size()
                + " objects in " + pages + " page(s), " + (System.nanoTime() - started) / 1_000_000 + " ms");
        Optional<ExchangeException> failedWithAWarning = errors.fromWarnings(cmdlet, warnings);
        if (failedWithAWarning.isPresent()) {
            throw failedWithAWarning.get();
        }
        for (String warning : warnings) {
            LOG.log(Level.WARNING, () -> cmdlet.describe() + ": Exchange warned: " + redactor.echo(warning));
        }
        return new CmdletResult(values, new Warnings(warnings));
    }

    private static String requestBody(Cmdlet cmdlet) {
        JsonObject input = new JsonObject();
        input.addProperty("CmdletName", cmdlet.name());
        if (!cmdlet.parameters().isEmpty()) {
            input.add("Parameters", GSON.toJsonTree(cmdlet.parameters()));
        }
        JsonObject envelope = new JsonObject();
        envelope.add("CmdletInput", input);
        return envelope.toString();
    }

    private JsonObject send(HttpPipeline pipeline, Cmdlet cmdlet, String url, String body, String anchor, int page,
                            Context deadline) {
        String requestId = UUID.randomUUID().toString();
        HttpHeaders headers = new HttpHeaders()
                .set("Content-Type", "application/json; charset=utf-8")
                .set("Accept", "application/json")
                .set("X-AnchorMailbox", anchor)
                .set("X-CmdletName", cmdlet.name())
                .set("X-ResponseFormat", "json")
                .set("X-ClientApplication", "roomgate")
                .set("Prefer", "odata.maxpagesize=" + options.pageSize())
                .set("client-request-id", requestId);
        HttpRequest request = new HttpRequest(HttpMethod.POST, url)
                .setHeaders(headers)
                .setBody(body.getBytes(StandardCharsets.UTF_8));
        try (HttpResponse response = pipeline.sendSync(request, deadline)) {
            int status = response.getStatusCode();
            byte[] bytes = response.getBodyAsBinaryData() == null ? new byte[0]
                    : response.getBodyAsBinaryData().toBytes();
            String serverRequestId = firstNonNull(response.getHeaderValue("request-id"), requestId);
            if (status >= 200 && status < 300) {
                return parseSuccess(cmdlet, bytes, status, serverRequestId);
            }
            ExchangeException failure = errors.fromResponse(cmdlet, status, response::getHeaderValue, bytes,
                    serverRequestId);
            throw reclassify(cmdlet, failure, page);
        } catch (ExchangeException failure) {
            throw failure;
        } catch (RuntimeException lost) {
            Optional<Throwable> tokenFailure = TokenFailures.in(lost);
            if (tokenFailure.isPresent()) {
                throw noToken(cmdlet, tokenFailure.get(), requestId);
            }
            throw lostResponse(cmdlet, lost, requestId);
        }
    }

    /** A 404 on a continuation page is an expired link, not an absent object. */
    private static ExchangeException reclassify(Cmdlet cmdlet, ExchangeException failure, int page) {
        if (failure.is(Kind.NOT_FOUND) && page > 1) {
            return new ExchangeException(Kind.TRANSIENT, failure.cmdlet(), failure.httpStatus(),
                    failure.exchangeErrorType(), List.of(), failure.requestId(), "Page " + page + " of "
                    + cmdlet.name() + " was not found (the continuation link expired); run again.", failure);
        }
        return failure;
    }

    private ExchangeException noToken(Cmdlet cmdlet, Throwable tokenFailure, String requestId) {
        String where = options.authorityHost() == null ? "" : " from " + options.authorityHost();
        String said = redactor.echo(tokenFailure.getMessage());
        if (TokenFailures.unreachable(tokenFailure)) {
            return new ExchangeException(Kind.TRANSIENT, cmdlet.name(), 0, null, List.of(), requestId,
                    "Could not reach the token endpoint" + where + " for " + options.credential().describe() + ": "
                            + said + ". Check the network and the authority host, then run again.", null);
        }
        return new ExchangeException(Kind.UNAUTHORIZED, cmdlet.name(), 0, null, List.of(), requestId,
                "Could not get a token for " + options.tokenScope() + " with " + options.credential().describe()
                        + " in tenant " + options.tenantId() + where + ": " + said
                        + ". Check the tenant id, the app id and that the secret or certificate is current.", null);
    }

    private ExchangeException lostResponse(Cmdlet cmdlet, RuntimeException lost, String requestId) {
        Throwable cause = ExchangeRetryStrategy.unwrap(lost);
        String what = cmdlet.describe();
        String why = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + redactor.echo(cause.getMessage()) + ")");
        if (!cmdlet.isSafeToReplay() && !ExchangeRetryStrategy.neverLeftTheClient(cause)) {
            return new ExchangeException(Kind.OUTCOME_UNKNOWN, cmdlet.name(), 0, null, List.of(), requestId,
                    what + " was sent but no response arrived: " + why + ". It may or may not have taken effect;"
                            + " look the object up before trying again (client-request-id " + requestId + ").", lost);
        }
        return new ExchangeException(Kind.TRANSIENT, cmdlet.name(), 0, null, List.of(), requestId,
                what + " got no response from " + options.endpoint() + " after retries: " + why
                        + ". Check the network and run again.", lost);
    }

    private JsonObject parseSuccess(Cmdlet cmdlet, byte[] bytes, int status, String requestId) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return new JsonObject();
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (RuntimeException notJson) {
            // Reported below with what Exchange sent.
        }
        throw new ExchangeException(Kind.TRANSIENT, cmdlet.name(), status, null, List.of(), requestId,
                cmdlet.name() + " answered HTTP " + status + " with a body that is not JSON: "
                        + redactor.echo(text) + ". Run again; if it persists, quote request id " + requestId + ".",
                null);
    }

    private void collectPage(Cmdlet cmdlet, JsonObject response, List<JsonObject> values, List<String> warnings) {
        JsonElement errorsElement = response.get("@adminapi.errors");
        JsonElement warningsElement = response.get("@adminapi.warnings");
        if (warningsElement != null && warningsElement.isJsonArray()) {
            for (JsonElement warning : warningsElement.getAsJsonArray()) {
                warnings.add(warning.isJsonPrimitive() ? warning.getAsString() : warning.toString());
            }
        }
        if (errorsElement != null && errorsElement.isJsonArray() && !errorsElement.getAsJsonArray().isEmpty()) {
            throw reclassify(cmdlet, errors.fromEmbeddedError(cmdlet, errorsElement.getAsJsonArray().get(0), null), 1);
        }
        JsonElement value = response.get("value");
        if (value != null && value.isJsonArray()) {
            for (JsonElement element : value.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    values.add(withoutAnnotations(element.getAsJsonObject()));
                }
            }
        }
    }

    private static JsonObject withoutAnnotations(JsonObject object) {
        JsonObject clean = new JsonObject();
        object.entrySet().stream()
                .filter(entry -> !entry.getKey().contains("@"))
                .forEach(entry -> clean.add(entry.getKey(), entry.getValue()));
        return clean;
    }

    private String nextLink(Cmdlet cmdlet, JsonObject response) {
        JsonElement link = response.get("@odata.nextLink");
        if (link == null || link.isJsonNull()) {
            return null;
        }
        URI next = URI.create(link.getAsString());
        URI endpoint = options.endpoint();
        if (!"https".equalsIgnoreCase(next.getScheme()) || !endpoint.getHost().equalsIgnoreCase(next.getHost())
                || port(next) != port(endpoint)) {
            throw new ExchangeException(Kind.FAILED, cmdlet.name(), cmdlet.name() + " returned a continuation link"
                    + " to " + next.getScheme() + "://" + next.getHost() + ":" + port(next) + ", which is not the"
                    + " admin endpoint " + endpoint + "; refusing to send the token there.");
        }
        return next.toString();
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? 443 : uri.getPort();
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : Objects.requireNonNull(second);
    }
}
