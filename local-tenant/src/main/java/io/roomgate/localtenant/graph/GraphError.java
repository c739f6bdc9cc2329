package io.roomgate.localtenant.graph;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.tenant.Entra;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Microsoft Graph refusal, for every Graph handler of the simulator: thrown where the call is refused, and
 * {@link #send sent} as Graph answers, {@code {"error":{"code","message","innerError":{"date","request-id",
 * "client-request-id"}}}} with a {@code request-id} header (and {@code WWW-Authenticate} on a 401).
 */
public final class GraphError extends RuntimeException {
    /** Exchange's answer when an access policy or a management scope keeps the app out of a mailbox. */
    public static final String ACCESS_TO_ODATA_DISABLED = "Access to OData is disabled.";
    /** Exchange's answer when the app holds no permission for the call at all. */
    public static final String ACCESS_DENIED_CHECK_CREDENTIALS = "Access is denied. Check credentials and try again.";

    private final int status;
    private final String code;

    public GraphError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** A directory object (or a user as a directory object) that does not exist. */
    public static GraphError notFound(String id) {
        return new GraphError(404, "Request_ResourceNotFound", "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }

    public static GraphError badRequest(String message) {
        return new GraphError(400, "Request_BadRequest", message);
    }

    /** The caller's token lacks the application permission the call needs. */
    public static GraphError denied() {
        return new GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
    }

    public static GraphError unauthenticated(String reason) {
        return new GraphError(401, "InvalidAuthenticationToken", reason);
    }

    /** A path or method the simulator's Graph does not serve; says so rather than pretend to be Graph's 404. */
    public static GraphError noRoute(String method, String path) {
        return new GraphError(400, "BadRequest", "Unsupported request: " + method + " " + path + " (not served by the "
                + "simulator's Graph)");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Answers the exchange with this error; {@code now} is the tenant's clock, for {@code innerError.date}. */
    public void send(HttpExchange exchange, Instant now) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", now.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        inner.put("request-id", requestId);
        inner.put("client-request-id", clientRequestId == null ? requestId : clientRequestId);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", getMessage());
        error.put("innerError", inner);
        exchange.getResponseHeaders().set("request-id", requestId);
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\""
                    + HttpIo.origin(exchange) + "/common/oauth2/authorize\", client_id=\"" + Entra.GRAPH_APP_ID + "\"");
        }
        HttpIo.sendJson(exchange, status, Map.of("error", error));
    }
}
