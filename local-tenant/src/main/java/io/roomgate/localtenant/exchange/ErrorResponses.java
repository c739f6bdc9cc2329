package io.roomgate.localtenant.exchange;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.localtenant.http.HttpIo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes Exchange admin API failures in the shapes the real service uses (reference §1.7, §1.8). */
final class ErrorResponses {
    static final String CONCURRENCY_REFUSAL =
            "You have reached the maximum number of concurrent requests per tenant. Please wait and try again";
    private static final String ODATA_EXCEPTION = "Microsoft.Exchange.Admin.OData.Core.ODataServiceException";
    private static final String STACK = "   at Microsoft.Exchange.AdminApi.CommandInvocation.CommandInvocation"
            + ".InvokeCommand(QueryContext queryContext, CmdletInvokeInputType cmdletInvokeInputType)";
    /** How many NUL bytes the 403 body carries. */
    private static final int NUL_BODY_LENGTH = 1024;

    private ErrorResponses() {
    }

    static void cmdletFailure(HttpExchange exchange, CmdletException failure) throws IOException {
        String code = failure.status() == 404 ? "NotFound" : "BadRequest";
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        switch (failure.shape()) {
            case PIPE_DELIMITED -> {
                error.put("message", "Error executing cmdlet");
                error.put("details", List.of(detail(nullToEmpty(failure.locStringId()) + "|"
                        + failure.exceptionType() + "|" + failure.getMessage())));
                error.put("innererror", innerError("Error executing cmdlet", null));
            }
            case JSON_IN_STRING -> {
                Map<String, Object> embedded = new LinkedHashMap<>();
                embedded.put("Message", failure.getMessage());
                embedded.put("TypeName", failure.exceptionType());
                embedded.put("StackTrace", null);
                embedded.put("InnerError", null);
                error.put("message", "Error executing cmdlet");
                error.put("details", List.of(detail(HttpIo.JSON.toJson(embedded))));
                error.put("innererror", innerError("Error executing cmdlet", null));
            }
            case INTERNAL_EXCEPTION -> {
                Map<String, Object> internal = new LinkedHashMap<>();
                internal.put("message", failure.getMessage());
                internal.put("type", failure.exceptionType());
                internal.put("stacktrace", "");
                error.put("message", "Invalid Operation");
                error.put("innererror", innerError("Invalid Operation", internal));
            }
        }
        exchange.getResponseHeaders().set("x-ExceptionType", simpleName(failure.exceptionType()));
        HttpIo.sendJson(exchange, failure.status(), Map.of("error", error));
    }

    private static Map<String, Object> detail(String message) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", "Context");
        detail.put("target", "");
        detail.put("message", message);
        return detail;
    }

    private static Map<String, Object> innerError(String message, Map<String, Object> internalException) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("message", message);
        inner.put("type", ODATA_EXCEPTION);
        inner.put("stacktrace", STACK);
        if (internalException != null) {
            inner.put("internalexception", internalException);
        }
        return inner;
    }

    /** 401: no usable token. Empty body; the reason in {@code WWW-Authenticate} and {@code x-ms-diagnostics}. */
    static void unauthorized(HttpExchange exchange, String reason) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                + "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", token_types=\"app_asserted_user_v1 "
                + "service_asserted_app_v1\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                + "authorize\", error=\"invalid_token\"");
        exchange.getResponseHeaders().set("x-ms-diagnostics",
                "2000001;reason=\"" + quoteSafe(reason) + "\";error_category=\"invalid_token\"");
        HttpIo.send(exchange, 401, null, new byte[0]);
    }

    /**
     * 403: authenticated but not allowed, or an unknown cmdlet. A run of NUL bytes declared as gzip (it is not),
     * with the actual reason only in {@code x-ms-diagnostics}.
     */
    static void forbidden(HttpExchange exchange, String reason) throws IOException {
        exchange.getResponseHeaders().set("x-ms-diagnostics",
                "2000008;reason=\"" + quoteSafe(reason) + "\";error_category=\"insufficient_auth\"");
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        HttpIo.send(exchange, 403, "application/json; charset=utf-8", new byte[NUL_BODY_LENGTH]);
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    static void throttled(HttpExchange exchange, long retryAfterSeconds) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "TooManyRequests");
        error.put("message", "The request was throttled. Retry after " + retryAfterSeconds + " seconds.");
        HttpIo.sendJson(exchange, 429, Map.of("error", error));
    }

    /** The per-tenant concurrency refusal: plain text, not JSON. */
    static void concurrencyRefused(HttpExchange exchange) throws IOException {
        HttpIo.sendText(exchange, 429, CONCURRENCY_REFUSAL);
    }

    static void serverError(HttpExchange exchange, int status) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status == 503 ? "ServiceUnavailable" : status == 504 ? "GatewayTimeout" : "InternalServerError");
        error.put("message", "The service is temporarily unavailable. Please try again later.");
        HttpIo.sendJson(exchange, status, Map.of("error", error));
    }

    static void notFoundRoute(HttpExchange exchange, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "NotFound");
        error.put("message", message);
        HttpIo.sendJson(exchange, 404, Map.of("error", error));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String quoteSafe(String reason) {
        return reason.replace('"', '\'');
    }
}
