package io.roomgate.localtenant;

import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Gson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw HTTPS calls to a simulator, as a test (or any non-PowerShell client) makes them. */
final class SimulatorClient {
    static final String EXCHANGE_SCOPE = "https://outlook.office365.com/.default";
    private static final Gson GSON = new Gson();

    final TenantSimulator sim;
    final java.net.http.HttpClient http;
    private String token;

    SimulatorClient(TenantSimulator sim) {
        this.sim = sim;
        this.http = java.net.http.HttpClient.newBuilder().sslContext(sim.clientSslContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** azure-core's JDK HTTP client, trusting the simulator: what azure-identity is configured with. */
    static HttpClient azureHttpClient(TenantSimulator sim) {
        return new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(sim.clientSslContext()))
                .build();
    }

    /** A token for the Exchange admin API as the deploying app, from azure-identity's real credential. */
    String deployerToken() {
        if (token == null || !sim.tenant().now().isBefore(expiry(token))) {
            token = tokenFor(sim.deployerApp(), EXCHANGE_SCOPE);
        }
        return token;
    }

    /** When a token expires on the simulator's clock (tests move that clock forward). */
    private static java.time.Instant expiry(String token) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    String tokenFor(AppCredentials app, String scope) {
        return new ClientSecretCredentialBuilder().authorityHost(sim.authorityHost()).tenantId(sim.tenantId())
                .clientId(app.clientId()).clientSecret(app.clientSecret()).disableInstanceDiscovery()
                .httpClient(azureHttpClient(sim)).build()
                .getTokenSync(new TokenRequestContext().addScopes(scope)).getToken();
    }

    static JsonObject body(String cmdlet, Map<String, ?> parameters) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("CmdletName", cmdlet);
        input.put("Parameters", parameters);
        return GSON.toJsonTree(Map.of("CmdletInput", input)).getAsJsonObject();
    }

    String invokeUrl() {
        return sim.exchangeEndpoint() + "/adminapi/beta/" + sim.tenantId() + "/InvokeCommand";
    }

    HttpResponse<String> invoke(String cmdlet, Map<String, ?> parameters) {
        return post(invokeUrl(), body(cmdlet, parameters).toString(), deployerToken(), null);
    }

    HttpResponse<String> post(String url, String body, String bearer, Integer maxPageSize) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (maxPageSize != null) {
            request.header("Prefer", "odata.maxpagesize=" + maxPageSize);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Invokes and expects 200; returns the response object. */
    JsonObject ok(String cmdlet, Map<String, ?> parameters) {
        HttpResponse<String> response = invoke(cmdlet, parameters);
        if (response.statusCode() != 200) {
            throw new AssertionError(cmdlet + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    static JsonObject json(HttpResponse<String> response) {
        JsonElement parsed = JsonParser.parseString(response.body());
        return parsed.getAsJsonObject();
    }

    /** details[0].message of an Exchange error body. */
    static String detail(HttpResponse<String> response) {
        return json(response).getAsJsonObject("error").getAsJsonArray("details").get(0).getAsJsonObject()
                .get("message").getAsString();
    }
}
