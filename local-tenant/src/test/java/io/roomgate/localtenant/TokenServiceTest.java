package io.roomgate.localtenant;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.nimbusds.jwt.SignedJWT;
import io.roomgate.localtenant.tenant.Entra;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenServiceTest extends SimulatorTestBase {

    @Test
    void clientSecretCredentialGetsAnExchangeTokenWithTheAppsRolesAndAdminRole() throws Exception {
        AccessToken token = new ClientSecretCredentialBuilder().authorityHost(sim.authorityHost())
                .tenantId(sim.tenantId()).clientId(sim.deployerApp().clientId())
                .clientSecret(sim.deployerApp().clientSecret()).disableInstanceDiscovery()
                .httpClient(SimulatorClient.azureHttpClient(sim)).build()
                .getTokenSync(new TokenRequestContext().addScopes(SimulatorClient.EXCHANGE_SCOPE));

        var claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        assertEquals(List.of("https://outlook.office365.com"), claims.getAudience());
        assertEquals(sim.tenantId(), claims.getStringClaim("tid"));
        assertEquals(sim.deployerApp().clientId(), claims.getStringClaim("appid"));
        assertEquals(List.of("Exchange.ManageAsApp"), claims.getStringListClaim("roles"));
        assertEquals(List.of(Entra.EXCHANGE_ADMINISTRATOR_ROLE), claims.getStringListClaim("wids"));
        assertEquals("1", claims.getStringClaim("appidacr"));
        assertTrue(claims.getExpirationTime().after(claims.getIssueTime()));

        HttpResponse<String> response = client.post(client.invokeUrl(),
                SimulatorClient.body("Get-Mailbox", Map.of("Identity", "ceo")).toString(), token.getToken(), null);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void clientCertificateCredentialIsVerifiedAgainstTheRegisteredCertificate() throws Exception {
        AccessToken token = new ClientCertificateCredentialBuilder().authorityHost(sim.authorityHost())
                .tenantId(sim.tenantId()).clientId(sim.deployerApp().clientId())
                .pemCertificate(new ByteArrayInputStream(sim.deployerApp().certificatePem()
                        .getBytes(StandardCharsets.UTF_8)))
                .disableInstanceDiscovery().httpClient(SimulatorClient.azureHttpClient(sim)).build()
                .getTokenSync(new TokenRequestContext().addScopes(SimulatorClient.EXCHANGE_SCOPE));

        var claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        assertEquals("2", claims.getStringClaim("appidacr"));
        HttpResponse<String> response = client.post(client.invokeUrl(),
                SimulatorClient.body("Get-Mailbox", Map.of("Identity", "ceo")).toString(), token.getToken(), null);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void certificateNotRegisteredOnTheAppIsRefused() {
        String otherCertificate = io.roomgate.localtenant.tls.ClientCertificate
                .generateWithNewKey("someone else", java.time.Duration.ofDays(1)).toPem();
        var credential = new ClientCertificateCredentialBuilder().authorityHost(sim.authorityHost())
                .tenantId(sim.tenantId()).clientId(sim.deployerApp().clientId())
                .pemCertificate(new ByteArrayInputStream(otherCertificate.getBytes(StandardCharsets.UTF_8)))
                .disableInstanceDiscovery().httpClient(SimulatorClient.azureHttpClient(sim)).build();

        RuntimeException failure = assertThrows(RuntimeException.class, () -> credential.getTokenSync(
                new TokenRequestContext().addScopes(SimulatorClient.EXCHANGE_SCOPE)));
        assertTrue(failure.getMessage().contains("AADSTS700027"), failure.getMessage());
    }

    @Test
    void wrongSecretIsRefusedWithEntrasError() throws Exception {
        HttpResponse<String> response = tokenRequest("grant_type=client_credentials&client_id="
                + sim.deployerApp().clientId() + "&client_secret=nope&scope=https%3A%2F%2Foutlook.office365.com%2F.default");

        assertEquals(401, response.statusCode());
        var body = SimulatorClient.json(response);
        assertEquals("invalid_client", body.get("error").getAsString());
        assertEquals(7000215, body.getAsJsonArray("error_codes").get(0).getAsInt());
        assertTrue(body.get("error_description").getAsString().startsWith("AADSTS7000215: Invalid client secret provided."));
    }

    @Test
    void unknownClientIsRefused() throws Exception {
        HttpResponse<String> response = tokenRequest("grant_type=client_credentials&client_id="
                + "11111111-2222-3333-4444-555555555555&client_secret=x&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default");

        assertEquals(400, response.statusCode());
        assertEquals("unauthorized_client", SimulatorClient.json(response).get("error").getAsString());
    }

    @Test
    void platformAppGetsAGraphTokenWithoutRolesUntilConsented() throws Exception {
        String token = client.tokenFor(sim.platformApp(), "https://graph.microsoft.com/.default");

        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals(List.of("https://graph.microsoft.com"), claims.getAudience());
        assertNull(claims.getClaim("roles"));
    }

    @Test
    void discoveryDocumentsPointBackAtTheSimulator() throws Exception {
        HttpResponse<String> openid = get("/" + sim.tenantId() + "/v2.0/.well-known/openid-configuration");
        assertEquals(sim.authorityHost() + sim.tenantId() + "/oauth2/v2.0/token",
                SimulatorClient.json(openid).get("token_endpoint").getAsString());
        HttpResponse<String> keys = get("/" + sim.tenantId() + "/discovery/v2.0/keys");
        assertEquals("RSA", SimulatorClient.json(keys).getAsJsonArray("keys").get(0).getAsJsonObject()
                .get("kty").getAsString());
        HttpResponse<String> instance = get("/common/discovery/instance?api-version=1.1&authorization_endpoint=x");
        assertEquals("127.0.0.1:" + sim.port(), SimulatorClient.json(instance).getAsJsonArray("metadata").get(0)
                .getAsJsonObject().get("preferred_network").getAsString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.http.send(HttpRequest.newBuilder(URI.create(sim.authorityHost() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tokenRequest(String form) throws Exception {
        return client.http.send(HttpRequest.newBuilder(URI.create(sim.authorityHost() + sim.tenantId()
                        + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
