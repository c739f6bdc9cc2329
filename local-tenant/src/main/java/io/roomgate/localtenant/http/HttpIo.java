package io.roomgate.localtenant.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reading requests and writing responses on the JDK server, so that handlers stay about their API. */
public final class HttpIo {
    /** Serialises nulls: Exchange and Graph objects show unset properties as null. */
    public static final Gson JSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private HttpIo() {
    }

    public static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Decodes {@code a=b&c=d} (form bodies and query strings). Later duplicates win. */
    public static Map<String, String> decodeForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    public static Map<String, String> query(HttpExchange exchange) {
        return decodeForm(exchange.getRequestURI().getRawQuery());
    }

    public static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    public static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /**
     * The same exchange, running {@code beforeAnswer} once just before its status line is sent (or before it is
     * closed unanswered): the last moment at which the client cannot have seen the answer yet.
     */
    public static HttpExchange beforeAnswer(HttpExchange exchange, Runnable beforeAnswer) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                beforeAnswer.run();
            }
        };
        return new ForwardingExchange(exchange) {
            @Override
            public void sendResponseHeaders(int status, long length) throws IOException {
                once.run();
                super.sendResponseHeaders(status, length);
            }

            @Override
            public void close() {
                once.run();
                super.close();
            }
        };
    }

    /** Scheme, host and port this request came in on, e.g. {@code https://127.0.0.1:50123}. */
    public static String origin(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        }
        return "https://" + host;
    }
}
