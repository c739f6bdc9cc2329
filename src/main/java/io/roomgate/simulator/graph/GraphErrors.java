package io.roomgate.simulator.graph;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.simulator.http.HttpIo;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Microsoft Graph's error body: {@code {"error":{"code","message","innerError":{"date","request-id",…}}}}. */
final class GraphErrors {
    /** Exchange's answer when an access policy or a management scope keeps the app out of a mailbox. */
    static final String ACCESS_TO_ODATA_DISABLED = "Access to OData is disabled.";
    /** Exchange's answer when the app holds no permission for the call at all. */
    static final String ACCESS_DENIED_CHECK_CREDENTIALS = "Access is denied. Check credentials and try again.";

    private GraphErrors() {
    }

    static void send(HttpExchange exchange, int status, String code, String message, Instant now) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", now.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        inner.put("request-id", requestId);
        inner.put("client-request-id", clientRequestId == null ? requestId : clientRequestId);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("innerError", inner);
        exchange.getResponseHeaders().set("request-id", requestId);
        HttpIo.sendJson(exchange, status, Map.of("error", error));
    }
}
