package io.roomgate.localtenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.roomgate.localtenant.tenant.Entra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RbacAndAccessPolicyCmdletsTest extends SimulatorTestBase {
    private static String platformObjectId;

    @BeforeAll
    static void prepare() {
        platformObjectId = sim.tenant().read(() -> sim.tenant()
                .servicePrincipalByAppId(sim.platformApp().clientId()).orElseThrow().objectId);
        client.ok("New-ServicePrincipal", Map.of("AppId", sim.platformApp().clientId(), "ObjectId", platformObjectId,
                "DisplayName", "Room booking platform"));
    }

    /** The Test-ServicePrincipalAuthorization row for one scope (other tests add other assignments). */
    private static JsonObject row(JsonObject response, String scope) {
        for (var row : response.getAsJsonArray("value")) {
            if (row.getAsJsonObject().get("AllowedResourceScope").getAsString().equals(scope)) {
                return row.getAsJsonObject();
            }
        }
        throw new AssertionError("no row for scope " + scope + " in " + response);
    }

    @Test
    void roomScopedRoleAssignmentCoversRoomsAndNotTheCeo() {
        JsonObject scope = first(client.ok("New-ManagementScope", Map.of("Name", "Rooms only",
                "RecipientRestrictionFilter", "RecipientTypeDetails -eq \"RoomMailbox\"")));
        assertEquals("RecipientTypeDetails -eq 'RoomMailbox'", scope.get("RecipientFilter").getAsString());
        assertEquals("RecipientScope", scope.get("ScopeRestrictionType").getAsString());

        JsonObject assignment = first(client.ok("New-ManagementRoleAssignment", Map.of("Name", "Platform rooms",
                "Role", "Application Calendars.ReadWrite", "App", sim.platformApp().clientId(),
                "CustomResourceScope", "Rooms only")));
        assertEquals("ServicePrincipal", assignment.get("RoleAssigneeType").getAsString());
        assertEquals("CustomRecipientScope", assignment.get("RecipientWriteScope").getAsString());

        JsonObject room = row(client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity", platformObjectId,
                "Resource", "ams-room-0001")), "Rooms only");
        assertEquals("Application Calendars.ReadWrite", room.get("RoleName").getAsString());
        assertEquals("Calendars.ReadWrite", room.get("GrantedPermissions").getAsString());
        assertEquals("Rooms only", room.get("AllowedResourceScope").getAsString());
        assertEquals("CustomRecipientScope", room.get("ScopeType").getAsString());
        assertEquals("True", room.get("InScope").getAsString());
        JsonObject ceo = row(client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity",
                sim.platformApp().clientId(), "Resource", "ceo")), "Rooms only");
        assertEquals("False", ceo.get("InScope").getAsString());
        JsonObject notRun = row(client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity", platformObjectId)),
                "Rooms only");
        assertEquals("Not Run", notRun.get("InScope").getAsString());

        JsonArray listed = client.ok("Get-ManagementRoleAssignment", Map.of("RoleAssignee", platformObjectId,
                "CustomResourceScope", "Rooms only")).getAsJsonArray("value");
        assertEquals(1, listed.size());
        assertEquals("Platform rooms", listed.get(0).getAsJsonObject().get("Name").getAsString());
        HttpResponse<String> inUse = client.invoke("Remove-ManagementScope", Map.of("Identity", "Rooms only",
                "Confirm", false));
        assertEquals(400, inUse.statusCode());
        client.ok("Remove-ManagementRoleAssignment", Map.of("Identity", "Platform rooms", "Confirm", false));
        client.ok("Remove-ManagementScope", Map.of("Identity", "Rooms only", "Confirm", false));
        assertTrue(sim.tenant().read(() -> sim.tenant().state().managementScopes.stream()
                .noneMatch(s -> s.name.equals("Rooms only"))));
    }

    @Test
    void groupScopeUsesDirectMembershipByDistinguishedName() {
        JsonObject group = first(client.ok("New-DistributionGroup", Map.of("Name", "Scope group", "Type", "Security",
                "Members", List.of("ber-room-0003"))));
        String dn = group.get("DistinguishedName").getAsString();
        client.ok("New-ManagementScope", Map.of("Name", "Group scope",
                "RecipientRestrictionFilter", "MemberOfGroup -eq '" + dn + "'"));
        client.ok("New-ManagementRoleAssignment", Map.of("Name", "Group rooms",
                "Role", "Application Calendars.Read", "App", platformObjectId, "CustomResourceScope", "Group scope"));

        assertEquals("True", first(client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity", platformObjectId,
                "Resource", "ber-room-0003"))).get("InScope").getAsString());
        JsonArray rows = client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity", platformObjectId,
                "Resource", "ber-room-0004")).getAsJsonArray("value");
        rows.forEach(row -> {
            if (row.getAsJsonObject().get("AllowedResourceScope").getAsString().equals("Group scope")) {
                assertEquals("False", row.getAsJsonObject().get("InScope").getAsString());
            }
        });
        JsonArray members = client.ok("Get-Mailbox", Map.of("Filter", "MemberOfGroup -eq '" + dn + "'"))
                .getAsJsonArray("value");
        assertEquals(1, members.size());
        assertEquals("ber-room-0003", members.get(0).getAsJsonObject().get("Alias").getAsString());
    }

    @Test
    void invalidScopeFilterIsRefusedBeforeAnythingIsCreated() {
        HttpResponse<String> response = client.invoke("New-ManagementScope", Map.of("Name", "Broken",
                "RecipientRestrictionFilter", "RecipientTypeDetails -eq RoomMailbox'"));

        assertEquals(400, response.statusCode());
        String message = SimulatorClient.json(response).getAsJsonObject("error").getAsJsonObject("innererror")
                .getAsJsonObject("internalexception").get("message").getAsString();
        assertTrue(message.startsWith("Cannot bind parameter 'RecipientRestrictionFilter' to the target."), message);
        assertTrue(sim.tenant().read(() -> sim.tenant().state().managementScopes.stream()
                .noneMatch(s -> s.name.equals("Broken"))));
    }

    @Test
    void restrictAccessPolicyGrantsItsGroupAndDeniesTheCeo() {
        String appId = "0a0a0a0a-1111-2222-3333-444444444444";
        HttpResponse<String> none = client.invoke("Get-ApplicationAccessPolicy", Map.of());
        if (sim.tenant().read(() -> sim.tenant().state().applicationAccessPolicies.isEmpty())) {
            assertEquals(404, none.statusCode());
            assertTrue(SimulatorClient.detail(none).contains("couldn't be found"));
        }
        client.ok("New-DistributionGroup", Map.of("Name", "Policy rooms", "Type", "Security",
                "Members", List.of("chi-room-0003")));

        JsonObject policy = first(client.ok("New-ApplicationAccessPolicy", Map.of("AccessRight", "RestrictAccess",
                "AppId", List.of(appId), "PolicyScopeGroupId", "Policy rooms", "Description", "rooms only")));
        assertEquals(appId, policy.get("AppId").getAsString());
        assertTrue(policy.get("Identity").getAsString().startsWith(sim.tenantId() + "\\" + appId + ":S-1-5-21-"));
        String groupObjectId = sim.tenant().read(() -> sim.tenant().resolveRecipients("Policy rooms").get(0)
                .externalDirectoryObjectId);
        assertEquals(groupObjectId, policy.get("ScopeIdentityRaw").getAsString().split(";")[1]);

        assertEquals("Granted", first(client.ok("Test-ApplicationAccessPolicy", Map.of("Identity", "chi-room-0003",
                "AppId", appId))).get("AccessCheckResult").getAsString());
        assertEquals("Denied", first(client.ok("Test-ApplicationAccessPolicy", Map.of("Identity", "ceo",
                "AppId", appId))).get("AccessCheckResult").getAsString());

        HttpResponse<String> duplicate = client.invoke("New-ApplicationAccessPolicy", Map.of("AccessRight",
                "RestrictAccess", "AppId", List.of(appId), "PolicyScopeGroupId", "Policy rooms"));
        assertEquals(400, duplicate.statusCode());

        client.ok("Set-ApplicationAccessPolicy", Map.of("Identity", policy.get("Identity").getAsString(),
                "Description", "changed"));
        client.ok("Remove-ApplicationAccessPolicy", Map.of("Identity", policy.get("Identity").getAsString(),
                "Confirm", false));
        HttpResponse<String> replayed = client.invoke("Remove-ApplicationAccessPolicy",
                Map.of("Identity", policy.get("Identity").getAsString(), "Confirm", false));
        assertEquals(404, replayed.statusCode());
    }

    @Test
    void policyCannotBeScopedToARoomMailbox() {
        HttpResponse<String> response = client.invoke("New-ApplicationAccessPolicy", Map.of("AccessRight",
                "RestrictAccess", "AppId", List.of("0b0b0b0b-1111-2222-3333-444444444444"),
                "PolicyScopeGroupId", "den-room-0001"));

        assertEquals(400, response.statusCode());
        assertTrue(SimulatorClient.detail(response).contains("mail-enabled security group"));
    }

    @Test
    void servicePrincipalNeedsTheEnterpriseAppsObjectId() {
        String registrationObjectId = sim.tenant().read(() -> sim.tenant()
                .applicationByAppId(sim.deployerApp().clientId()).orElseThrow().objectId);

        HttpResponse<String> response = client.invoke("New-ServicePrincipal", Map.of("AppId",
                sim.deployerApp().clientId(), "ObjectId", registrationObjectId));

        assertEquals(400, response.statusCode());
        assertTrue(SimulatorClient.detail(response).contains("Enterprise application's object id"));
        HttpResponse<String> duplicate = client.invoke("New-ServicePrincipal", Map.of("AppId",
                sim.platformApp().clientId(), "ObjectId", platformObjectId));
        assertEquals("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException", com.google.gson.JsonParser
                .parseString(SimulatorClient.detail(duplicate)).getAsJsonObject().get("TypeName").getAsString());
        assertEquals("Room booking platform", first(client.ok("Get-ServicePrincipal",
                Map.of("Identity", sim.platformApp().clientId()))).get("DisplayName").getAsString());
    }

    @Test
    void unknownApplicationRoleIsNotFound() {
        HttpResponse<String> response = client.invoke("New-ManagementRoleAssignment", Map.of(
                "Role", "Application Calendars.Everything", "App", platformObjectId));

        assertEquals(404, response.statusCode());
        assertTrue(Entra.EXCHANGE_APP_ID.startsWith("00000002"));
    }
}
