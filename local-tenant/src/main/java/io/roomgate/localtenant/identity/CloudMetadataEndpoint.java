package io.roomgate.localtenant.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomgate.localtenant.http.HttpIo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Azure cloud metadata document ({@code GET /metadata/endpoints?api-version=…}) naming this tenant's own login
 * and Graph endpoints, so a client that takes a custom cloud by its metadata host (Pulumi's azuread provider:
 * {@code azuread:metadataHost}) reaches this tenant by configuration alone. {@code 2022-09-01} answers one object;
 * {@code 2019-05-01} (the fallback) an array of clouds, matched by {@code name}.
 */
public final class CloudMetadataEndpoint implements HttpHandler {
    public static final String PATH = "/metadata/endpoints";
    /** The name Azure gives its public cloud, which clients ask for unless told another. */
    public static final String CLOUD_NAME = "AzureCloud";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getPath().equals(PATH)) {
            HttpIo.sendJson(exchange, 404, error("NotFound", "No such metadata document: "
                    + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()));
            return;
        }
        String version = HttpIo.query(exchange).get("api-version");
        Map<String, Object> cloud = cloud(HttpIo.origin(exchange));
        if ("2022-09-01".equals(version)) {
            HttpIo.sendJson(exchange, 200, cloud);
        } else if ("2019-05-01".equals(version)) {
            HttpIo.sendJson(exchange, 200, List.of(cloud));
        } else {
            HttpIo.sendJson(exchange, 400, error("InvalidApiVersionParameter", "The api-version '" + version
                    + "' is invalid. The supported versions are '2022-09-01,2019-05-01'."));
        }
    }

    /** This tenant as a cloud: its origin is the login endpoint, Graph and the resource manager alike. */
    static Map<String, Object> cloud(String origin) {
        String base = origin + "/";
        Map<String, Object> authentication = new LinkedHashMap<>();
        authentication.put("loginEndpoint", base);
        authentication.put("audiences", List.of(base, "https://management.core.windows.net/"));
        authentication.put("tenant", "common");
        authentication.put("identityProvider", "AAD");
        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("name", CLOUD_NAME);
        cloud.put("portal", base);
        cloud.put("authentication", authentication);
        cloud.put("resourceManager", base);
        cloud.put("microsoftGraphResourceId", base);
        cloud.put("graph", base);
        cloud.put("graphAudience", base);
        cloud.put("suffixes", Map.of());
        return cloud;
    }

    private static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message));
    }
}
