package io.roomgate.localtenant;

import com.google.gson.JsonObject;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCmdletsTest extends SimulatorTestBase {

    private static Recipient group(String name) {
        return sim.tenant().read(() -> sim.tenant().resolveRecipients(name).get(0));
    }

    @Test
    void newSecurityGroupHoldsTheRoomsAndAnswersWithItsDistinguishedName() {
        JsonObject created = client.ok("New-DistributionGroup", Map.of("Name", "Rooms-AppScope",
                "Alias", "rooms-appscope", "Type", "Security", "Members", List.of("ams-room-0001", "ber-room-0001"),
                "IgnoreNamingPolicy", true));

        JsonObject group = created.getAsJsonArray("value").get(0).getAsJsonObject();
        assertEquals("Rooms-AppScope", group.get("Name").getAsString());
        assertEquals("MailUniversalSecurityGroup", group.get("RecipientTypeDetails").getAsString());
        assertEquals("Universal, SecurityEnabled", group.get("GroupType").getAsString());
        assertEquals("rooms-appscope@contoso.onmicrosoft.com", group.get("PrimarySmtpAddress").getAsString());
        assertEquals("CN=Rooms-AppScope,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,"
                + "DC=SIMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM", group.get("DistinguishedName").getAsString());
        Recipient stored = group("rooms-appscope");
        assertEquals(RecipientKind.MailUniversalSecurityGroup, stored.kind);
        assertEquals(2, stored.members.size());
        var change = sim.changeLog().changes().get(sim.changeLog().size() - 1);
        assertEquals("New-DistributionGroup", change.operation());
        assertEquals(sim.deployerApp().clientId(), change.callerAppId());
        assertEquals("Security", change.parameters().get("Type"));
    }

    @Test
    void secondGroupWithTheSameNameIsRefusedAsAlreadyExisting() {
        client.ok("New-DistributionGroup", Map.of("Name", "Dup-Group", "Type", "Security"));

        HttpResponse<String> response = client.invoke("New-DistributionGroup",
                Map.of("Name", "Dup-Group", "Alias", "dup2", "Type", "Security"));

        assertEquals(400, response.statusCode());
        JsonObject embedded = com.google.gson.JsonParser.parseString(SimulatorClient.detail(response)).getAsJsonObject();
        assertEquals("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException",
                embedded.get("TypeName").getAsString());
        assertTrue(embedded.get("Message").getAsString().startsWith("The object 'CN=Dup-Group,OU=contoso"));
        assertEquals("BadRequest", SimulatorClient.json(response).getAsJsonObject("error").get("code").getAsString());
    }

    @Test
    void membershipChangesNeedTheBypassSwitchAndReportAlreadyAndNotMembers() {
        client.ok("New-DistributionGroup", Map.of("Name", "Members-Group", "Type", "Security"));

        HttpResponse<String> withoutBypass = client.invoke("Add-DistributionGroupMember",
                Map.of("Identity", "Members-Group", "Member", "chi-room-0001"));
        assertEquals(400, withoutBypass.statusCode());
        assertEquals("|Microsoft.Exchange.Configuration.Tasks.OperationRequiresGroupManagerException|You don't have "
                + "sufficient permissions. This operation can only be performed by a manager of the group.",
                SimulatorClient.detail(withoutBypass));

        client.ok("Add-DistributionGroupMember", Map.of("Identity", "Members-Group", "Member",
                "chi-room-0001@contoso.onmicrosoft.com", "BypassSecurityGroupManagerCheck", true, "Confirm", false));
        HttpResponse<String> again = client.invoke("Add-DistributionGroupMember", Map.of("Identity", "Members-Group",
                "Member", "chi-room-0001", "BypassSecurityGroupManagerCheck", true));
        assertEquals(400, again.statusCode());
        assertEquals("|Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException|The recipient "
                + "\"chi-room-0001\" is already a member of the group \"Members-Group\".", SimulatorClient.detail(again));

        JsonObject members = client.ok("Get-DistributionGroupMember", Map.of("Identity", "Members-Group"));
        assertEquals("chi-room-0001", members.getAsJsonArray("value").get(0).getAsJsonObject().get("Alias").getAsString());

        client.ok("Remove-DistributionGroupMember", Map.of("Identity", "Members-Group", "Member", "chi-room-0001",
                "BypassSecurityGroupManagerCheck", true, "Confirm", false));
        HttpResponse<String> notMember = client.invoke("Remove-DistributionGroupMember", Map.of("Identity",
                "Members-Group", "Member", "chi-room-0001", "BypassSecurityGroupManagerCheck", true));
        assertEquals("|Microsoft.Exchange.Management.Tasks.MemberNotFoundException|The recipient \"chi-room-0001\" "
                + "isn't a member of the group \"Members-Group\".", SimulatorClient.detail(notMember));
        assertTrue(group("Members-Group").members.isEmpty());
    }

    @Test
    void updateMembersReplacesTheWholeMembership() {
        client.ok("New-DistributionGroup", Map.of("Name", "Update-Group", "Type", "Security",
                "Members", List.of("ams-room-0002")));

        client.ok("Update-DistributionGroupMember", Map.of("Identity", "Update-Group",
                "Members", List.of("ber-room-0002", "chi-room-0002"), "BypassSecurityGroupManagerCheck", true,
                "Confirm", false));

        List<String> members = sim.tenant().read(() -> group("Update-Group").members.stream()
                .map(guid -> sim.tenant().recipientByGuid(guid).orElseThrow().alias).toList());
        assertEquals(List.of("ber-room-0002", "chi-room-0002"), members);
    }

    @Test
    void setGroupChangesOwnersByHashTableAndWarnsWhenNothingChanges() {
        client.ok("New-DistributionGroup", Map.of("Name", "Set-Group", "Type", "Security"));

        JsonObject changed = client.ok("Set-DistributionGroup", Map.of("Identity", "Set-Group",
                "ManagedBy", Map.of("@odata.type", "#Exchange.GenericHashTable", "Add", List.of("adelev")),
                "HiddenFromAddressListsEnabled", true, "BypassSecurityGroupManagerCheck", true));
        assertFalse(changed.has("@adminapi.warnings"));
        JsonObject fetched = client.ok("Get-DistributionGroup", Map.of("Identity", "Set-Group"))
                .getAsJsonArray("value").get(0).getAsJsonObject();
        assertEquals("adelev", fetched.getAsJsonArray("ManagedBy").get(0).getAsString());
        assertTrue(fetched.get("HiddenFromAddressListsEnabled").getAsBoolean());

        JsonObject unchanged = client.ok("Set-DistributionGroup", Map.of("Identity", "Set-Group",
                "HiddenFromAddressListsEnabled", true, "BypassSecurityGroupManagerCheck", true));
        assertEquals("The command completed successfully but no settings of 'Set-Group' have been modified.",
                unchanged.getAsJsonArray("@adminapi.warnings").get(0).getAsString());
    }

    @Test
    void removedGroupIsNotFoundAfterwardsWithTheRealNotFoundPayload() {
        client.ok("New-DistributionGroup", Map.of("Name", "Gone-Group", "Type", "Security"));
        client.ok("Remove-DistributionGroup", Map.of("Identity", "Gone-Group", "BypassSecurityGroupManagerCheck", true,
                "Confirm", false));

        HttpResponse<String> response = client.invoke("Get-DistributionGroup", Map.of("Identity", "Gone-Group"));

        assertEquals(404, response.statusCode());
        JsonObject error = SimulatorClient.json(response).getAsJsonObject("error");
        assertEquals("NotFound", error.get("code").getAsString());
        assertEquals("Error executing cmdlet", error.get("message").getAsString());
        assertEquals("Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation "
                + "couldn't be performed because object 'Gone-Group' couldn't be found on "
                + "'SIMPR01A001DC001.SIMPR01A001.PROD.OUTLOOK.COM'.", SimulatorClient.detail(response));
        assertEquals("Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
                error.getAsJsonObject("innererror").get("type").getAsString());
        assertEquals("ManagementObjectNotFoundException", response.headers().firstValue("x-ExceptionType").orElseThrow());
    }

    @Test
    void groupsAreFoundByEveryIdentityExchangeAccepts() {
        JsonObject created = client.ok("New-DistributionGroup", Map.of("Name", "Identity Group", "Alias", "idgroup",
                "Type", "Security")).getAsJsonArray("value").get(0).getAsJsonObject();

        for (String identity : List.of("Identity Group", "idgroup", "idgroup@contoso.onmicrosoft.com",
                created.get("Guid").getAsString(), created.get("DistinguishedName").getAsString(),
                created.get("ExternalDirectoryObjectId").getAsString())) {
            JsonObject found = client.ok("Get-DistributionGroup", Map.of("Identity", identity));
            assertEquals("idgroup", found.getAsJsonArray("value").get(0).getAsJsonObject().get("Alias").getAsString(),
                    identity);
        }
    }

    @Test
    void roomListsAreSeededPerBuilding() {
        JsonObject lists = client.ok("Get-DistributionGroup", Map.of("RecipientTypeDetails", "RoomList"));

        assertEquals(4, lists.getAsJsonArray("value").size());
        JsonObject members = client.ok("Get-DistributionGroupMember", Map.of("Identity", "rooms-ams",
                "ResultSize", "Unlimited"));
        assertEquals(6, members.getAsJsonArray("value").size());
        assertEquals("Amsterdam HQ", members.getAsJsonArray("value").get(0).getAsJsonObject().get("Office").getAsString());
    }
}
