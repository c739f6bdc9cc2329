package io.roomgate.exchange;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.RetryPolicy;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.microsoft.aad.msal4j.MsalServiceException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Microsoft Graph application permissions an app holds tenant-wide (its service principal's app role
 * assignments on Microsoft Graph), read over Graph's REST API as the deploying app, through an azure-core pipeline
 * with the same credential, authority and TLS trust as the Exchange admin client. Reading them needs
 * {@link #READ_PERMISSION} (or Directory.Read.All).
 */
public final class GraphAppPermissions {
    public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    public static final String READ_PERMISSION = "Application.Read.All";
    public static final URI PUBLIC_CLOUD_GRAPH = URI.create("https://graph.microsoft.com/v1.0");
    private static final int MAX_PAGES = 100;

    private final HttpPipeline pipeline;
    private final String base;
    private final String deployer;
    private final Redactor redactor;

    private GraphAppPermissions(HttpPipeline pipeline, String base, String deployer, Redactor redactor) {
        this.pipeline = pipeline;
        this.base = base;
        this.deployer = deployer;
        this.redactor = redactor;
    }

    /**
     * @param graphBaseUrl e.g. {@link #PUBLIC_CLOUD_GRAPH}, a national cloud's, or a local tenant's {@code /v1.0};
     *                     reached with the options' TLS trust and timeouts, as Exchange is
     */
    public static GraphAppPermissions connect(ExchangeClientOptions options, URI graphBaseUrl) {
        var http = InvokeCommandClient.httpClient(options);
        TokenCredential credential = Credentials.build(options, http);
        HttpPipeline pipeline = new HttpPipelineBuilder().httpClient(http).policies(
                // Graph's 429 and 5xx, with its Retry-After; a read, so safe to repeat.
                new RetryPolicy(new ExponentialBackoff(3, Duration.ofMillis(500), Duration.ofSeconds(10))),
                new BearerTokenAuthenticationPolicy(credential, scopeFor(graphBaseUrl))).build();
        return new GraphAppPermissions(pipeline, graphBaseUrl.toString().replaceAll("/+$", ""),
                options.credential().describe(), new Redactor(Credentials.secretsOf(options.credential())));
    }

    /** Graph's token scope in each cloud is its own host; any other host (the local tenant) gets the public cloud's. */
    static String scopeFor(URI graphBaseUrl) {
        String host = graphBaseUrl.getHost() == null ? "" : graphBaseUrl.getHost().toLowerCase(Locale.ROOT);
        boolean microsoftGraph = host.equals("graph.microsoft.com") || host.equals("graph.microsoft.us")
                || host.equals("dod-graph.microsoft.us") || host.equals("microsoftgraph.chinacloudapi.cn");
        return "https://" + (microsoftGraph ? host : "graph.microsoft.com") + "/.default";
    }

    /**
     * Values of the Microsoft Graph application roles the app holds, e.g. {@code [Calendars.ReadWrite]}; empty when
     * the app has no service principal in the tenant (then it holds nothing).
     *
     * @throws GraphReadException when Graph could not be asked or refused the deploying app
     */
    public List<String> graphApplicationRoles(String appId) {
        JsonObject graphItself = get("Microsoft Graph's own service principal", byAppId(GRAPH_APP_ID));
        if (graphItself == null) {
            throw new GraphReadException(false, 0, "Microsoft Graph has no service principal in this tenant; cannot "
                    + "name app roles", null);
        }
        String graphId = text(graphItself, "id");
        Map<String, String> roleNames = new HashMap<>();
        if (graphItself.get("appRoles") instanceof com.google.gson.JsonArray roles) {
            for (JsonElement role : roles) {
                if (role.isJsonObject() && text(role.getAsJsonObject(), "id") != null) {
                    roleNames.putIfAbsent(text(role.getAsJsonObject(), "id"), text(role.getAsJsonObject(), "value"));
                }
            }
        }
        String what = "the app role assignments of app " + appId;
        JsonObject page = get(what, byAppId(appId) + "/appRoleAssignments");
        List<String> held = new ArrayList<>();
        for (int pages = 1; page != null; pages++) {
            if (page.get("value") instanceof com.google.gson.JsonArray assignments) {
                for (JsonElement element : assignments) {
                    JsonObject assignment = element.getAsJsonObject();
                    String role = text(assignment, "appRoleId");
                    if (graphId != null && graphId.equals(text(assignment, "resourceId")) && role != null) {
                        held.add(roleNames.getOrDefault(role, role));
                    }
                }
            }
            String next = text(page, "@odata.nextLink");
            if (next == null || pages >= MAX_PAGES) {
                break;
            }
            page = get(what, next);
        }
        return held;
    }

    private String byAppId(String appId) {
        return base + "/servicePrincipals(appId='" + URLEncoder.encode(appId, StandardCharsets.UTF_8) + "')";
    }

    /** One GET: the body as JSON, null for 404 (no such object), else a {@link GraphReadException}. */
    private JsonObject get(String what, String url) {
        HttpRequest request = new HttpRequest(HttpMethod.GET, url).setHeader("Accept", "application/json");
        int status;
        String body;
        try (HttpResponse response = pipeline.sendSync(request, com.azure.core.util.Context.NONE)) {
            status = response.getStatusCode();
            body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
        } catch (RuntimeException failed) {
            boolean noToken = tokenRefused(failed);
            throw new GraphReadException(noToken, 0, (noToken ? "could not get a Microsoft Graph token for the "
                    + deployer + " to read " + what + ": " : "could not read " + what + " from Microsoft Graph: ")
                    + redactor.echo(String.valueOf(innermost(failed).getMessage()))
                    + (noToken ? "; the deploying app needs the Microsoft Graph application permission "
                    + READ_PERMISSION + " (with admin consent)" : "; check the network and run again"), failed);
        }
        if (status == 404) {
            return null;
        }
        if (status >= 200 && status < 300) {
            try {
                return JsonParser.parseString(body).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new GraphReadException(false, status, "Microsoft Graph answered " + what + " with something "
                        + "that is not JSON; run again", e);
            }
        }
        boolean denied = status == 401 || status == 403;
        throw new GraphReadException(denied, status, "Microsoft Graph refused to show " + what + " to the "
                + deployer + " (HTTP " + status + " " + redactor.echo(graphError(body)) + ")"
                + (denied ? "; grant the deploying app the Microsoft Graph application permission "
                + READ_PERMISSION + " (with admin consent)" : ""), null);
    }

    /** Graph's {@code error.code: error.message}, or the body as it came. */
    private static String graphError(String body) {
        try {
            JsonObject error = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
            if (error != null) {
                return text(error, "code") + ": " + text(error, "message");
            }
        } catch (RuntimeException notJson) {
            // not Graph's error shape: quote it as it is
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** azure-identity reports Entra's refusal as its own exception or as MSAL's, wrapped a few levels deep. */
    private static boolean tokenRefused(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < 8 && current != null; depth++) {
            if (current instanceof ClientAuthenticationException || current instanceof MsalServiceException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static Throwable innermost(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; depth < 8 && cause.getCause() != null && cause.getCause() != cause; depth++) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    /** Graph could not be asked, or refused the deploying app ({@link #denied()}: a missing permission). */
    public static final class GraphReadException extends RuntimeException {
        private final boolean denied;
        private final int status;

        public GraphReadException(boolean denied, int status, String message, Throwable cause) {
            super(message, cause);
            this.denied = denied;
            this.status = status;
        }

        /** The deploying app was refused a token or the read: it lacks {@link #READ_PERMISSION}. */
        public boolean denied() {
            return denied;
        }

        /** Graph's HTTP status, or 0 when no answer came. */
        public int status() {
            return status;
        }
    }
}
