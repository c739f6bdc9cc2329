package io.roomgate.localtenant.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tls.ClientCertificate;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant's Entra token service, as much of it as MSAL (and so azure-identity) uses for app-only flows:
 * OpenID configuration, instance discovery, JWKS, and the v2.0 (and v1.0) token endpoint with client secrets and
 * certificate client assertions. Errors carry Entra's AADSTS codes and texts.
 */
public final class IdentityEndpoint implements HttpHandler {
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final Tenant tenant;
    private final TokenService tokens;
    private final Supplier<Duration> tokenLifetime;

    public IdentityEndpoint(Tenant tenant, TokenService tokens, Supplier<Duration> tokenLifetime) {
        this.tenant = tenant;
        this.tokens = tokens;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] segments = path.substring(1).split("/");
        String method = exchange.getRequestMethod();
        String origin = HttpIo.origin(exchange);
        if (path.equals("/common/discovery/instance") || path.equals("/organizations/discovery/instance")) {
            HttpIo.sendJson(exchange, 200, instanceDiscovery(exchange, origin));
        } else if (path.endsWith("/.well-known/openid-configuration") && method.equals("GET")) {
            String tenantSegment = segments[0];
            if (!knownTenant(tenantSegment) && !tenantSegment.equals("common") && !tenantSegment.equals("organizations")) {
                sendError(exchange, 400, "invalid_tenant", 90002, tenantNotFound(tenantSegment));
                return;
            }
            HttpIo.sendJson(exchange, 200, openIdConfiguration(origin, path.contains("/v2.0/")));
        } else if (path.endsWith("/discovery/v2.0/keys") || path.endsWith("/discovery/keys")) {
            HttpIo.sendJson(exchange, 200, tokens.jwks());
        } else if (method.equals("POST") && (path.endsWith("/oauth2/v2.0/token") || path.endsWith("/oauth2/token"))) {
            token(exchange, segments[0], origin + path);
        } else {
            HttpIo.sendJson(exchange, 404, Map.of("error", "not_found", "error_description",
                    "The simulator's token service has no endpoint " + method + " " + path));
        }
    }

    private Map<String, Object> instanceDiscovery(HttpExchange exchange, String origin) {
        String host = origin.substring("https://".length());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preferred_network", host);
        metadata.put("preferred_cache", host);
        metadata.put("aliases", List.of(host));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant_discovery_endpoint", origin + "/" + tenant.organization().tenantId
                + "/v2.0/.well-known/openid-configuration");
        body.put("api-version", "1.1");
        body.put("metadata", List.of(metadata));
        return body;
    }

    private Map<String, Object> openIdConfiguration(String origin, boolean v2) {
        String tenantId = tenant.organization().tenantId;
        String base = origin + "/" + tenantId;
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("token_endpoint", base + (v2 ? "/oauth2/v2.0/token" : "/oauth2/token"));
        config.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "private_key_jwt",
                "client_secret_basic"));
        config.put("jwks_uri", base + (v2 ? "/discovery/v2.0/keys" : "/discovery/keys"));
        config.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        config.put("subject_types_supported", List.of("pairwise"));
        config.put("id_token_signing_alg_values_supported", List.of("RS256"));
        config.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        config.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        config.put("issuer", v2 ? origin + "/" + tenantId + "/v2.0" : "https://sts.windows.net/" + tenantId + "/");
        config.put("request_uri_parameter_supported", false);
        config.put("authorization_endpoint", base + (v2 ? "/oauth2/v2.0/authorize" : "/oauth2/authorize"));
        config.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
        config.put("end_session_endpoint", base + "/oauth2/v2.0/logout");
        config.put("tenant_region_scope", "EU");
        config.put("cloud_instance_name", "microsoftonline.com");
        return config;
    }

    private boolean knownTenant(String segment) {
        return segment.equalsIgnoreCase(tenant.organization().tenantId)
                || segment.equalsIgnoreCase(tenant.organization().initialDomain);
    }

    private String tenantNotFound(String segment) {
        return "Tenant '" + segment + "' not found. Check to make sure you have the correct tenant ID and are "
                + "signing into the correct cloud. Check with your subscription administrator, this may happen if "
                + "there are no active subscriptions for the tenant.";
    }

    private void token(HttpExchange exchange, String tenantSegment, String tokenEndpointUrl) throws IOException {
        Map<String, String> form = HttpIo.decodeForm(HttpIo.body(exchange));
        if (!knownTenant(tenantSegment)) {
            sendError(exchange, 400, "invalid_request", 90002, tenantNotFound(tenantSegment));
            return;
        }
        String grantType = form.getOrDefault("grant_type", "");
        if (!grantType.equals("client_credentials")) {
            sendError(exchange, 400, "unsupported_grant_type", 70003,
                    "The app requested an unsupported grant type '" + grantType + "'.");
            return;
        }
        String clientId = form.getOrDefault("client_id", "");
        String resourceName = resourceOf(form);
        if (resourceName == null) {
            sendError(exchange, 400, "invalid_scope", 1002012, "The provided value for scope "
                    + form.getOrDefault("scope", "") + " is not valid. Client credential flows must have a scope "
                    + "value with /.default suffixed to the resource identifier (application ID URI).");
            return;
        }
        Outcome outcome = tenant.read(() -> authenticate(clientId, form, resourceName, tokenEndpointUrl));
        if (outcome.error != null) {
            sendError(exchange, outcome.status, outcome.error, outcome.code, outcome.description);
            return;
        }
        TokenService.Issued issued = outcome.issued;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "Bearer");
        body.put("expires_in", issued.expiresInSeconds());
        body.put("ext_expires_in", issued.expiresInSeconds());
        body.put("access_token", issued.token());
        exchange.getResponseHeaders().set("Cache-Control", "no-store, no-cache");
        HttpIo.sendJson(exchange, 200, body);
    }

    private static String resourceOf(Map<String, String> form) {
        String scope = form.get("scope");
        if (scope != null) {
            for (String s : scope.split(" ")) {
                if (s.endsWith("/.default")) {
                    return s.substring(0, s.length() - "/.default".length());
                }
            }
            return null;
        }
        return form.get("resource");
    }

    /** The result of authenticating a client for a resource: a token or an Entra error. */
    private record Outcome(TokenService.Issued issued, int status, String error, int code, String description) {
        static Outcome error(int status, String error, int code, String description) {
            return new Outcome(null, status, error, code, description);
        }
    }

    private Outcome authenticate(String clientId, Map<String, String> form, String resourceName,
                                 String tokenEndpointUrl) {
        String directory = tenant.organization().initialDomain;
        Optional<Entra.Application> application = tenant.applicationByAppId(clientId);
        Optional<Entra.ServicePrincipal> client = tenant.servicePrincipalByAppId(clientId);
        if (application.isEmpty() || client.isEmpty()) {
            return Outcome.error(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                    + "' was not found in the directory '" + directory + "'. This can happen if the application has "
                    + "not been installed by the administrator of the tenant or consented to by any user in the "
                    + "tenant. You may have sent your authentication request to the wrong tenant.");
        }
        boolean byCertificate;
        String secret = form.get("client_secret");
        String assertion = form.get("client_assertion");
        Instant now = tenant.now();
        if (secret != null) {
            byCertificate = false;
            List<Entra.PasswordCredential> matching = application.get().passwordCredentials.stream()
                    .filter(p -> MessageDigest.isEqual(p.secretText.getBytes(), secret.getBytes())).toList();
            if (matching.isEmpty()) {
                return Outcome.error(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the "
                        + "secret being sent in the request is the client secret value, not the client secret ID, "
                        + "for a secret added to app '" + clientId + "'.");
            }
            if (matching.stream().allMatch(p -> p.endDateTime != null && !now.isBefore(Instant.parse(p.endDateTime)))) {
                return Outcome.error(401, "invalid_client", 7000222, "The provided client secret keys for app '"
                        + clientId + "' are expired. Visit the Azure portal to create new keys for your app: "
                        + "https://aka.ms/NewClientSecret, or consider using certificate credentials for added "
                        + "security: https://aka.ms/certCreds.");
            }
        } else if (assertion != null && ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
            byCertificate = true;
            String failure = verifyAssertion(application.get(), assertion, tokenEndpointUrl, now);
            if (failure != null) {
                return Outcome.error(401, "invalid_client", 700027, failure);
            }
        } else {
            return Outcome.error(401, "invalid_client", 7000218, "The request body must contain the following "
                    + "parameter: 'client_assertion' or 'client_secret'.");
        }
        Optional<Entra.ServicePrincipal> resource = tenant.resourceByIdentifier(resourceName);
        if (resource.isEmpty()) {
            return Outcome.error(400, "invalid_resource", 500011, "The resource principal named " + resourceName
                    + " was not found in the tenant named " + tenant.organization().displayName + ". This can happen "
                    + "if the application has not been installed by the administrator of the tenant or consented "
                    + "to by any user in the tenant. You might have sent your authentication request to the wrong "
                    + "tenant.");
        }
        List<String> roles = tenant.grantedRoles(client.get(), resource.get());
        List<String> wids = tenant.directoryRoles(client.get());
        String audience = resourceName.endsWith("/") ? resourceName.substring(0, resourceName.length() - 1) : resourceName;
        return new Outcome(tokens.issue(tenant.organization().tenantId, audience, clientId,
                application.get().displayName, client.get().objectId, roles, wids, tokenLifetime.get(),
                byCertificate), 200, null, 0, null);
    }

    /** Checks a certificate client assertion; returns why it fails, or null when it is good. */
    private String verifyAssertion(Entra.Application application, String assertion, String tokenEndpointUrl,
                                   Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return "Client assertion is not a well-formed JWT.";
        }
        List<X509Certificate> candidates = new ArrayList<>();
        for (Entra.KeyCredential key : application.keyCredentials) {
            X509Certificate certificate = ClientCertificate.fromBase64Der(key.certificate);
            if (matchesThumbprint(jwt, certificate)) {
                candidates.add(certificate);
            }
        }
        if (candidates.isEmpty()) {
            return "The certificate with identifier used to sign the client assertion is not registered on "
                    + "application. [Reason - The key was not found., Thumbprint of key used by client: '"
                    + thumbprintOf(jwt) + "', Please visit the Azure Portal, Graph Explorer or directly use MS "
                    + "Graph to see configured keys for app Id '" + application.appId + "'.]";
        }
        boolean verified = false;
        for (X509Certificate certificate : candidates) {
            try {
                if (jwt.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))) {
                    verified = true;
                    if (!now.isBefore(certificate.getNotAfter().toInstant())) {
                        return "Client assertion contains an invalid signature. [Reason - The key used is expired.]";
                    }
                }
            } catch (JOSEException | ClassCastException e) {
                // try the next registered certificate
            }
        }
        if (!verified) {
            return "Client assertion failed signature validation.";
        }
        if (!application.appId.equalsIgnoreCase(claims.getIssuer())
                || !application.appId.equalsIgnoreCase(claims.getSubject())) {
            return "Client assertion is invalid: its iss and sub claims must both be the client id.";
        }
        if (claims.getAudience().stream().noneMatch(a -> sameEndpoint(a, tokenEndpointUrl))) {
            return "The audience claim value is invalid '" + String.join(",", claims.getAudience())
                    + "'. The audience should be '" + tokenEndpointUrl + "'.";
        }
        if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
            return "The client assertion has expired.";
        }
        return null;
    }

    private static boolean sameEndpoint(String audience, String tokenEndpointUrl) {
        String a = audience.endsWith("/") ? audience.substring(0, audience.length() - 1) : audience;
        return a.equalsIgnoreCase(tokenEndpointUrl);
    }

    private static boolean matchesThumbprint(SignedJWT jwt, X509Certificate certificate) {
        Base64URL x5t = jwt.getHeader().getX509CertThumbprint();
        Base64URL x5t256 = jwt.getHeader().getX509CertSHA256Thumbprint();
        if (x5t == null && x5t256 == null) {
            return true;
        }
        try {
            byte[] der = certificate.getEncoded();
            return (x5t != null && MessageDigest.isEqual(x5t.decode(), MessageDigest.getInstance("SHA-1").digest(der)))
                    || (x5t256 != null && MessageDigest.isEqual(x5t256.decode(),
                    MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static String thumbprintOf(SignedJWT jwt) {
        Base64URL x5t = jwt.getHeader().getX509CertThumbprint();
        if (x5t == null) {
            x5t = jwt.getHeader().getX509CertSHA256Thumbprint();
        }
        return x5t == null ? "" : java.util.HexFormat.of().withUpperCase().formatHex(x5t.decode());
    }

    private void sendError(HttpExchange exchange, int status, String error, int code, String description)
            throws IOException {
        String traceId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String timestamp = tenant.now().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", "AADSTS" + code + ": " + description + "\r\nTrace ID: " + traceId
                + "\r\nCorrelation ID: " + correlationId + "\r\nTimestamp: " + timestamp);
        body.put("error_codes", List.of(code));
        body.put("timestamp", timestamp);
        body.put("trace_id", traceId);
        body.put("correlation_id", correlationId);
        body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
        HttpIo.sendJson(exchange, status, body);
    }
}
