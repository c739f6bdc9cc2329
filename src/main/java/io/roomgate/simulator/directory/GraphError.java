package io.roomgate.simulator.directory;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.simulator.http.HttpIo;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Microsoft Graph error: {@code {"error":{"code":…,"message":…,"innerError":{"date","request-id",
 * "client-request-id"}}}}, with the codes and texts directory calls answer with.
 */
final class GraphError extends RuntimeException {
    private final int status;
    private final String code;

    GraphError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static GraphError notFound(String id) {
        return new GraphError(404, "Request_ResourceNotFound", "Resource '" + id
                + "' does not exist or one of its queried reference-property objects are not present.");
    }

    static GraphError badRequest(String message) {
        return new GraphError(400, "Request_BadRequest", message);
    }

    static GraphError denied() {
        return new GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
    }

    static GraphError unauthenticated(String reason) {
        return new GraphError(401, "InvalidAuthenticationToken", reason);
    }

    static GraphError noRoute(String method, String path) {
        return new GraphError(400, "BadRequest", "Unsupported request: " + method + " " + path + " (not served by the "
                + "simulator's Graph directory)");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    void send(HttpExchange exchange) throws IOException {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", UUID.randomUUID().toString());
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        inner.put("client-request-id", clientRequestId == null ? UUID.randomUUID().toString() : clientRequestId);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", getMessage());
        error.put("innerError", inner);
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"\", "
                    + "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
                    + "client_id=\"00000003-0000-0000-c000-000000000000\"");
        }
        HttpIo.sendJson(exchange, status, Map.of("error", error));
    }
}
