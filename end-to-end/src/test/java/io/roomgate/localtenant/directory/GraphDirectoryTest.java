package io.roomgate.localtenant.directory;

import com.azure.core.credential.TokenRequestContext;
import com.microsoft.graph.applications.item.addpassword.AddPasswordPostRequestBody;
import com.microsoft.graph.applications.item.removepassword.RemovePasswordPostRequestBody;
import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.Application;
import com.microsoft.graph.models.OAuth2PermissionGrant;
import com.microsoft.graph.models.PasswordCredential;
import com.microsoft.graph.models.RequiredResourceAccess;
import com.microsoft.graph.models.ResourceAccess;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.SpaApplication;
import com.microsoft.graph.models.WebApplication;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.nimbusds.jwt.SignedJWT;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.testfixtures.SimulatorGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Graph directory over real HTTPS, driven by Microsoft's Graph SDK as the deploying admin's app. */
class GraphDirectoryTest {
    private static final UUID CALENDARS_READ_WRITE = UUID.fromString(Entra.GRAPH_CALENDARS_READ_WRITE);
    private static TenantSimulator simulator;
    private static GraphServiceClient deployer;

    @BeforeAll
    static void start() {
        simulator = TenantSimulator.start(SimulatorOptions.defaults().withRooms(4));
        GraphDirectory.mountOn(simulator);
        deployer = SimulatorGraph.deployer(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void registeredAppKeepsItsRedirectUrisAndRequestedPermissions() {
        Application created = deployer.applications().post(signInApp("Room booking sign-in"));

        Application read = deployer.applications().byApplicationId(created.getId()).get();
        assertEquals(created.getAppId(), read.getAppId());
        assertEquals(List.of("https://booking.example.com/auth/callback"), read.getWeb().getRedirectUris());
        assertEquals(List.of("https://booking.example.com/spa"), read.getSpa().getRedirectUris());
        assertEquals(1, read.getRequiredResourceAccess().size());
        RequiredResourceAccess access = read.getRequiredResourceAccess().get(0);
        assertEquals(Entra.GRAPH_APP_ID, access.getResourceAppId());
        assertEquals(List.of("Scope"), access.getResourceAccess().stream().map(ResourceAccess::getType).toList());
        assertEquals(simulator.organization(), read.getPublisherDomain());

        Application change = new Application();
        WebApplication web = new WebApplication();
        web.setRedirectUris(List.of("https://booking.example.com/auth/v2"));
        change.setWeb(web);
        deployer.applications().byApplicationId(created.getId()).patch(change);
        assertEquals(List.of("https://booking.example.com/auth/v2"),
                deployer.applications().byApplicationId(created.getId()).get().getWeb().getRedirectUris());
        assertEquals(DirectoryOperations.UPDATE_APPLICATION, lastChange().operation());
    }

    @Test
    void rotatedSecretSignsInUntilItIsRemovedAndNeverReachesTheChangeLog() throws Exception {
        Application app = deployer.applications().post(platformApp("Rotation app"));
        ServicePrincipal sp = new ServicePrincipal();
        sp.setAppId(app.getAppId());
        deployer.servicePrincipals().post(sp);
        PasswordCredential first = addPassword(app, "first");
        PasswordCredential second = addPassword(app, "second");

        assertEquals(40, first.getSecretText().length());
        assertNotEquals(first.getSecretText(), second.getSecretText());
        assertFalse(graphToken(app.getAppId(), first.getSecretText()).isBlank());
        assertFalse(graphToken(app.getAppId(), second.getSecretText()).isBlank());

        RemovePasswordPostRequestBody remove = new RemovePasswordPostRequestBody();
        remove.setKeyId(first.getKeyId());
        deployer.applications().byApplicationId(app.getId()).removePassword().post(remove);

        assertThrows(RuntimeException.class, () -> graphToken(app.getAppId(), first.getSecretText()));
        assertFalse(graphToken(app.getAppId(), second.getSecretText()).isBlank());
        assertEquals(List.of(second.getKeyId()), deployer.applications().byApplicationId(app.getId()).get()
                .getPasswordCredentials().stream().map(PasswordCredential::getKeyId).toList());
        String log = simulator.changeLog().changes().toString();
        assertFalse(log.contains(first.getSecretText()));
        assertFalse(log.contains(second.getSecretText()));
        assertTrue(log.contains(DirectoryOperations.ADD_PASSWORD) && log.contains(DirectoryOperations.REMOVE_PASSWORD));
    }

    @Test
    void graphServicePrincipalIsFoundByAppIdWithItsRolesAndScopes() {
        ServicePrincipal graph = deployer.servicePrincipalsWithAppId(Entra.GRAPH_APP_ID).get();

        assertTrue(graph.getAppRoles().stream().anyMatch(role -> role.getValue().equals("Calendars.ReadWrite")
                && role.getId().equals(CALENDARS_READ_WRITE)));
        assertTrue(graph.getOauth2PermissionScopes().stream().anyMatch(scope -> scope.getValue().equals("User.Read")));
        assertEquals(List.of(graph.getId()), deployer.servicePrincipals().get(request -> request.queryParameters.filter =
                "appId eq '" + Entra.GRAPH_APP_ID + "'").getValue().stream().map(ServicePrincipal::getId).toList());
    }

    @Test
    void calendarsGrantIsLoggedReachesTheAppsTokenAndIsNeverDuplicated() throws Exception {
        Application app = deployer.applications().post(platformApp("Grant app"));
        ServicePrincipal principal = new ServicePrincipal();
        principal.setAppId(app.getAppId());
        ServicePrincipal sp = deployer.servicePrincipals().post(principal);
        ServicePrincipal graph = deployer.servicePrincipalsWithAppId(Entra.GRAPH_APP_ID).get();
        String secret = addPassword(app, "s").getSecretText();

        AppRoleAssignment granted = deployer.servicePrincipals().byServicePrincipalId(graph.getId())
                .appRoleAssignedTo().post(calendarsGrant(sp, graph));

        ChangeLog.Change logged = lastChange();
        assertEquals(DirectoryOperations.GRANT_APP_ROLE, logged.operation());
        assertEquals("Calendars.ReadWrite", logged.parameters().get("appRoleValue"));
        assertEquals(sp.getId(), logged.parameters().get("principalId"));
        assertEquals(simulator.deployerApp().clientId(), logged.callerAppId());
        assertEquals(List.of("Calendars.ReadWrite"), roles(graphToken(app.getAppId(), secret)));

        ODataError duplicate = assertThrows(ODataError.class, () -> deployer.servicePrincipals()
                .byServicePrincipalId(graph.getId()).appRoleAssignedTo().post(calendarsGrant(sp, graph)));
        assertEquals(400, duplicate.getResponseStatusCode());
        assertEquals("Permission being assigned already exists on the object.", duplicate.getError().getMessage());
        assertEquals(List.of(granted.getId()), deployer.servicePrincipals().byServicePrincipalId(sp.getId())
                .appRoleAssignments().get().getValue().stream().map(AppRoleAssignment::getId).toList());

        deployer.servicePrincipals().byServicePrincipalId(graph.getId()).appRoleAssignedTo()
                .byAppRoleAssignmentId(granted.getId()).delete();
        assertEquals(DirectoryOperations.REVOKE_APP_ROLE, lastChange().operation());
        assertEquals(List.of(), roles(graphToken(app.getAppId(), secret)));
    }

    @Test
    void adminConsentForAllUsersIsOneGrantWhoseScopesCanChange() {
        Application app = deployer.applications().post(signInApp("Consent app"));
        ServicePrincipal principal = new ServicePrincipal();
        principal.setAppId(app.getAppId());
        ServicePrincipal sp = deployer.servicePrincipals().post(principal);
        ServicePrincipal graph = deployer.servicePrincipalsWithAppId(Entra.GRAPH_APP_ID).get();

        OAuth2PermissionGrant created = deployer.oauth2PermissionGrants().post(consentForAll(sp, graph));

        ODataError duplicate = assertThrows(ODataError.class,
                () -> deployer.oauth2PermissionGrants().post(consentForAll(sp, graph)));
        assertEquals(409, duplicate.getResponseStatusCode());

        OAuth2PermissionGrant change = new OAuth2PermissionGrant();
        change.setScope("User.Read");
        deployer.oauth2PermissionGrants().byOAuth2PermissionGrantId(created.getId()).patch(change);
        assertEquals(List.of("User.Read"), deployer.oauth2PermissionGrants().get(request ->
                request.queryParameters.filter = "clientId eq '" + sp.getId() + "' and resourceId eq '"
                        + graph.getId() + "'").getValue().stream().map(OAuth2PermissionGrant::getScope).toList());

        OAuth2PermissionGrant unknown = new OAuth2PermissionGrant();
        unknown.setScope("Mail.Everything");
        ODataError unknownScope = assertThrows(ODataError.class, () -> deployer.oauth2PermissionGrants()
                .byOAuth2PermissionGrantId(created.getId()).patch(unknown));
        assertEquals(400, unknownScope.getResponseStatusCode());

        deployer.servicePrincipals().byServicePrincipalId(sp.getId()).delete();
        ChangeLog.Change deleted = lastChange();
        assertEquals(DirectoryOperations.DELETE_SERVICE_PRINCIPAL, deleted.operation());
        assertEquals(List.of(created.getId()), deleted.parameters().get("revokedPermissionGrants"));
        assertEquals(List.of(), deployer.oauth2PermissionGrants().get(request -> request.queryParameters.filter =
                "clientId eq '" + sp.getId() + "'").getValue());
    }

    @Test
    void appWithoutDirectoryPermissionsIsDeniedAndNothingIsWritten() throws Exception {
        int logged = simulator.changeLog().size();
        String platformToken = graphToken(simulator.platformApp().clientId(), simulator.platformApp().clientSecret());

        HttpResponse<String> denied = post("/v1.0/applications", platformToken, "{\"displayName\":\"sneaky\"}");
        assertEquals(403, denied.statusCode());
        assertTrue(denied.body().contains("\"code\":\"Authorization_RequestDenied\""), denied.body());
        assertTrue(denied.body().contains("Insufficient privileges to complete the operation."), denied.body());

        HttpResponse<String> anonymous = post("/v1.0/servicePrincipals", null, "{\"appId\":\"x\"}");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"code\":\"InvalidAuthenticationToken\""), anonymous.body());

        String exchangeToken = SimulatorGraph.credential(simulator, simulator.deployerApp().clientId(),
                simulator.deployerApp().clientSecret()).getTokenSync(new TokenRequestContext()
                .addScopes("https://outlook.office365.com/.default")).getToken();
        assertEquals(401, post("/v1.0/applications", exchangeToken, "{\"displayName\":\"x\"}").statusCode());
        assertEquals(logged, simulator.changeLog().size());
    }

    @Test
    void aRefusedCallIsAnsweredByTheDirectoryExactlyAsByTheRestOfGraph() throws Exception {
        String exchangeToken = SimulatorGraph.credential(simulator, simulator.deployerApp().clientId(),
                simulator.deployerApp().clientSecret()).getTokenSync(new TokenRequestContext()
                .addScopes("https://outlook.office365.com/.default")).getToken();
        String platformToken = graphToken(simulator.platformApp().clientId(), simulator.platformApp().clientSecret());
        String user = "/v1.0/users/ceo@" + simulator.organization();

        record Refused(String token, int status) {
        }
        for (Refused refused : List.of(new Refused(null, 401), new Refused(exchangeToken, 401),
                new Refused(platformToken, 403))) {
            HttpResponse<String> directory = get("/v1.0/applications", refused.token());
            HttpResponse<String> users = get(user, refused.token());

            assertEquals(refused.status(), directory.statusCode(), directory.body());
            assertEquals(users.statusCode(), directory.statusCode());
            assertEquals(error(users).get("code"), error(directory).get("code"));
            assertEquals(error(users).get("message"), error(directory).get("message"));
            assertEquals(users.headers().firstValue("WWW-Authenticate"),
                    directory.headers().firstValue("WWW-Authenticate"));
            for (HttpResponse<String> answer : List.of(directory, users)) {
                com.google.gson.JsonObject inner = error(answer).getAsJsonObject("innerError");
                assertEquals(answer.headers().firstValue("request-id").orElseThrow(),
                        inner.get("request-id").getAsString());
                assertTrue(inner.get("date").getAsString().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"),
                        inner.toString());
            }
        }
    }

    private static com.google.gson.JsonObject error(HttpResponse<String> answer) {
        return com.google.gson.JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + simulator.port() + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().sslContext(simulator.clientSslContext()).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void missingObjectsAnswerGraphsNotFound() {
        String missing = UUID.randomUUID().toString();
        ODataError notFound = assertThrows(ODataError.class,
                () -> deployer.applications().byApplicationId(missing).get());
        assertEquals(404, notFound.getResponseStatusCode());
        assertEquals("Request_ResourceNotFound", notFound.getError().getCode());
        assertTrue(notFound.getError().getMessage().contains(missing));
        assertEquals(404, assertThrows(ODataError.class,
                () -> deployer.servicePrincipalsWithAppId(missing).get()).getResponseStatusCode());
    }

    private static Application signInApp(String name) {
        Application app = new Application();
        app.setDisplayName(name);
        app.setSignInAudience("AzureADMyOrg");
        WebApplication web = new WebApplication();
        web.setRedirectUris(List.of("https://booking.example.com/auth/callback"));
        app.setWeb(web);
        SpaApplication spa = new SpaApplication();
        spa.setRedirectUris(List.of("https://booking.example.com/spa"));
        app.setSpa(spa);
        ResourceAccess userRead = new ResourceAccess();
        userRead.setId(UUID.fromString("e1fe6dd8-ba31-4d61-89e7-88639da4683d"));
        userRead.setType("Scope");
        RequiredResourceAccess graph = new RequiredResourceAccess();
        graph.setResourceAppId(Entra.GRAPH_APP_ID);
        graph.setResourceAccess(List.of(userRead));
        app.setRequiredResourceAccess(List.of(graph));
        return app;
    }

    /** A fresh object per call: the SDK's backing store sends only what changed since an object was last sent. */
    private static AppRoleAssignment calendarsGrant(ServicePrincipal principal, ServicePrincipal graph) {
        AppRoleAssignment grant = new AppRoleAssignment();
        grant.setPrincipalId(UUID.fromString(principal.getId()));
        grant.setResourceId(UUID.fromString(graph.getId()));
        grant.setAppRoleId(CALENDARS_READ_WRITE);
        return grant;
    }

    private static OAuth2PermissionGrant consentForAll(ServicePrincipal client, ServicePrincipal graph) {
        OAuth2PermissionGrant consent = new OAuth2PermissionGrant();
        consent.setClientId(client.getId());
        consent.setConsentType("AllPrincipals");
        consent.setResourceId(graph.getId());
        consent.setScope("User.Read Calendars.ReadWrite");
        return consent;
    }

    private static Application platformApp(String name) {
        Application app = new Application();
        app.setDisplayName(name);
        return app;
    }

    private static PasswordCredential addPassword(Application app, String name) {
        AddPasswordPostRequestBody body = new AddPasswordPostRequestBody();
        PasswordCredential requested = new PasswordCredential();
        requested.setDisplayName(name);
        body.setPasswordCredential(requested);
        return deployer.applications().byApplicationId(app.getId()).addPassword().post(body);
    }

    private static String graphToken(String clientId, String secret) {
        return SimulatorGraph.credential(simulator, clientId, secret).getTokenSync(new TokenRequestContext()
                .addScopes(SimulatorGraph.GRAPH_DEFAULT_SCOPE)).getToken();
    }

    private static List<String> roles(String token) throws Exception {
        List<String> roles = SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles");
        return roles == null ? List.of() : roles;
    }

    private static ChangeLog.Change lastChange() {
        List<ChangeLog.Change> changes = simulator.changeLog().changes();
        return changes.get(changes.size() - 1);
    }

    private static HttpResponse<String> post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + simulator.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().sslContext(simulator.clientSslContext()).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
