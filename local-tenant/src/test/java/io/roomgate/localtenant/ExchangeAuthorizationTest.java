package io.roomgate.localtenant;

import io.roomgate.localtenant.tenant.Entra;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exchange needs both grants: the Exchange.ManageAsApp app role and an administrative directory role. */
class ExchangeAuthorizationTest extends SimulatorTestBase {
    /** Registers an app directly in the tenant with the given Exchange app roles and directory roles. */
    private static AppCredentials app(String name, List<String> exchangeRoles, List<String> directoryRoles) {
        return sim.tenant().write(() -> {
            var state = sim.tenant().state();
            Entra.Application application = new Entra.Application();
            application.appId = UUID.randomUUID().toString();
            application.objectId = UUID.randomUUID().toString();
            application.displayName = name;
            Entra.PasswordCredential secret = new Entra.PasswordCredential();
            secret.keyId = UUID.randomUUID().toString();
            secret.secretText = "secret-" + UUID.randomUUID();
            application.passwordCredentials.add(secret);
            state.applications.add(application);
            Entra.ServicePrincipal sp = new Entra.ServicePrincipal();
            sp.objectId = UUID.randomUUID().toString();
            sp.appId = application.appId;
            sp.displayName = name;
            state.servicePrincipals.add(sp);
            String exchange = sim.tenant().servicePrincipalByAppId(Entra.EXCHANGE_APP_ID).orElseThrow().objectId;
            for (String role : exchangeRoles) {
                Entra.AppRoleAssignment grant = new Entra.AppRoleAssignment();
                grant.id = UUID.randomUUID().toString();
                grant.principalId = sp.objectId;
                grant.resourceId = exchange;
                grant.appRoleId = role;
                state.appRoleAssignments.add(grant);
            }
            for (String role : directoryRoles) {
                Entra.DirectoryRoleAssignment assignment = new Entra.DirectoryRoleAssignment();
                assignment.id = UUID.randomUUID().toString();
                assignment.principalId = sp.objectId;
                assignment.roleDefinitionId = role;
                state.directoryRoleAssignments.add(assignment);
            }
            return new AppCredentials(name, application.appId, secret.secretText, null);
        });
    }

    private static HttpResponse<String> call(AppCredentials app, String cmdlet, Map<String, ?> parameters) {
        String token = client.tokenFor(app, SimulatorClient.EXCHANGE_SCOPE);
        return client.post(client.invokeUrl(), SimulatorClient.body(cmdlet, parameters).toString(), token, null);
    }

    @Test
    void appRoleWithoutAnAdminRoleIsForbiddenWithTheReasonInDiagnostics() {
        AppCredentials app = app("role only", List.of(Entra.EXCHANGE_MANAGE_AS_APP), List.of());

        HttpResponse<String> response = call(app, "Get-Mailbox", Map.of("Identity", "ceo"));

        assertEquals(403, response.statusCode());
        assertTrue(response.body().chars().allMatch(c -> c == 0));
        assertTrue(response.headers().firstValue("x-ms-diagnostics").orElseThrow()
                .contains("assign it the Exchange Administrator directory role"));
    }

    @Test
    void adminRoleWithoutTheAppRoleIsUnauthorized() {
        AppCredentials app = app("admin only", List.of(), List.of(Entra.EXCHANGE_ADMINISTRATOR_ROLE));

        HttpResponse<String> response = call(app, "Get-Mailbox", Map.of("Identity", "ceo"));

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("Exchange.ManageAsApp"));
    }

    @Test
    void globalReaderMayReadButNotWrite() {
        AppCredentials app = app("reader", List.of(Entra.EXCHANGE_MANAGE_AS_APP), List.of(Entra.GLOBAL_READER_ROLE));

        assertEquals(200, call(app, "Get-Mailbox", Map.of("Identity", "ceo")).statusCode());
        HttpResponse<String> write = call(app, "New-DistributionGroup", Map.of("Name", "Reader group"));
        assertEquals(403, write.statusCode());
        assertTrue(sim.tenant().read(() -> sim.tenant().resolveRecipients("Reader group").isEmpty()));
    }

    @Test
    void tokenForAnotherTenantInTheUrlIsUnauthorized() {
        HttpResponse<String> response = client.post(sim.exchangeEndpoint() + "/adminapi/beta/"
                        + "fabrikam.onmicrosoft.com/InvokeCommand",
                SimulatorClient.body("Get-Mailbox", Map.of()).toString(), client.deployerToken(), null);

        assertEquals(401, response.statusCode());
    }

    @Test
    void initialDomainWorksInPlaceOfTheTenantGuid() {
        HttpResponse<String> response = client.post(sim.exchangeEndpoint() + "/adminapi/beta/" + sim.organization()
                + "/InvokeCommand", SimulatorClient.body("Get-Mailbox", Map.of("Identity", "ceo")).toString(),
                client.deployerToken(), null);

        assertEquals(200, response.statusCode());
    }

    @Test
    void passwordsNeverReachTheChangeLog() {
        client.ok("New-Mailbox", Map.of("Name", "Focus room", "Room", true, "Password", "hunter2"));

        var change = sim.changeLog().changes().get(sim.changeLog().size() - 1);
        assertEquals("New-Mailbox", change.operation());
        assertEquals("[redacted]", change.parameters().get("Password"));
    }
}
