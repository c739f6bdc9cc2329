package io.roomgate.localtenant;

import com.google.gson.JsonObject;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tls.RsaKeys;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New-Mailbox for rooms and service accounts, Set-/Get-Place, Remove-Mailbox, room lists and Graph's Places view. */
class RoomAndServiceAccountCmdletsTest extends SimulatorTestBase {
    private static final String DOMAIN = "@contoso.onmicrosoft.com";

    private static Recipient recipient(String identity) {
        return sim.tenant().read(() -> sim.tenant().resolveRecipients(identity).get(0));
    }

    /** What a client sends for a SecureString: the text encrypted with the organisation's public key, base64. */
    static String encrypted(String password) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, RsaKeys.passwordEncryption().getPublic());
        return Base64.getEncoder().encodeToString(cipher.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void newRoomMailboxGetsALogonDisabledAccountAndItsCapacity() {
        JsonObject room = first(client.ok("New-Mailbox", Map.of("Name", "HQ 3.01", "Alias", "hq-3-01",
                "PrimarySmtpAddress", "hq-3-01" + DOMAIN, "Room", true, "ResourceCapacity", 8)));

        assertEquals("RoomMailbox", room.get("RecipientTypeDetails").getAsString());
        assertEquals(8, room.get("ResourceCapacity").getAsInt());
        assertTrue(room.get("AccountDisabled").getAsBoolean(), "a room's account cannot sign in");
        JsonObject read = first(client.ok("Get-Mailbox", Map.of("Identity", "hq-3-01" + DOMAIN)));
        assertEquals("HQ 3.01", read.get("DisplayName").getAsString());
        assertTrue(read.get("AccountDisabled").getAsBoolean());
    }

    @Test
    void aRoomWhoseAccountWasEnabledCanSignInUntilSetMailboxDisablesIt() throws Exception {
        client.ok("New-Mailbox", Map.of("Name", "MTR 1", "Alias", "mtr-1", "Room", true,
                "EnableRoomMailboxAccount", true, "RoomMailboxPassword", encrypted("Teams-Room-2026")));
        assertFalse(recipient("mtr-1").accountDisabled());
        assertFalse(sim.changeLog().changes().get(sim.changeLog().size() - 1).parameters().toString()
                .contains("Teams-Room-2026"), "the password never reaches the change log");

        client.ok("Set-Mailbox", Map.of("Identity", "mtr-1", "AccountDisabled", true));

        assertTrue(recipient("mtr-1").accountDisabled());
    }

    @Test
    void aSecondRoomWithTheSameNameOrAddressIsRefusedWithExchangesTexts() {
        client.ok("New-Mailbox", Map.of("Name", "Dup Room", "Alias", "dup-room", "Room", true));

        HttpResponse<String> sameName = client.invoke("New-Mailbox", Map.of("Name", "Dup Room", "Alias", "dup-room-2",
                "Room", true));
        HttpResponse<String> sameAddress = client.invoke("New-Mailbox", Map.of("Name", "Other Room",
                "PrimarySmtpAddress", "dup-room" + DOMAIN, "Room", true));

        assertEquals(400, sameName.statusCode());
        assertTrue(SimulatorClient.detail(sameName).contains("ADObjectAlreadyExistsException"), sameName.body());
        assertEquals(400, sameAddress.statusCode());
        assertTrue(SimulatorClient.detail(sameAddress).contains("The proxy address \\\"SMTP:dup-room" + DOMAIN
                + "\\\" is already being used"), sameAddress.body());
    }

    @Test
    void anAliasWithSpacesAndAnAddressOutsideTheTenantAreRefused() {
        HttpResponse<String> badAlias = client.invoke("New-Mailbox", Map.of("Name", "Bad Alias", "Alias", "room 1",
                "Room", true));
        HttpResponse<String> foreign = client.invoke("New-Mailbox", Map.of("Name", "Foreign", "PrimarySmtpAddress",
                "foreign@fabrikam.com", "Room", true));

        assertEquals(400, badAlias.statusCode());
        assertTrue(SimulatorClient.detail(badAlias).contains("|Property expression \"room 1\" isn't valid."),
                badAlias.body());
        assertEquals(400, foreign.statusCode());
        assertTrue(SimulatorClient.detail(foreign).endsWith("You can't use the domain fabrikam.com because it's not an "
                + "accepted domain for your organization."), foreign.body());
        JsonObject domains = client.ok("Get-AcceptedDomain", Map.of());
        assertEquals("contoso.onmicrosoft.com", first(domains).get("DomainName").getAsString());
    }

    @Test
    void setPlaceWritesTheRoomsPlacesDataAndGetPlaceShowsTheCountrysName() {
        client.ok("New-Mailbox", Map.of("Name", "Place Room", "Alias", "place-room", "Room", true));

        client.ok("Set-Place", Map.of("Identity", "place-room" + DOMAIN, "Building", "HQ", "Floor", 3,
                "FloorLabel", "Finance", "CountryOrRegion", "AU", "City", "Sydney", "Tags", List.of("Window", "Quiet"),
                "IsWheelChairAccessible", true, "VideoDeviceName", "Teams Room", "Capacity", 10));
        JsonObject place = first(client.ok("Get-Place", Map.of("Identity", "place-room")));
        JsonObject again = client.ok("Set-Place", Map.of("Identity", "place-room", "Floor", 3));

        assertEquals("HQ", place.get("Building").getAsString());
        assertEquals(3, place.get("Floor").getAsInt());
        assertEquals("Finance", place.get("FloorLabel").getAsString());
        assertEquals("Australia", place.get("CountryOrRegion").getAsString());
        assertEquals(10, place.get("Capacity").getAsInt());
        assertEquals(10, recipient("place-room").resourceCapacity, "capacity is the mailbox's ResourceCapacity");
        assertEquals("[\"Window\",\"Quiet\"]", place.get("Tags").toString());
        assertTrue(place.get("IsWheelChairAccessible").getAsBoolean());
        assertEquals("The command completed successfully but no settings of 'Place Room' have been modified.",
                again.getAsJsonArray("@adminapi.warnings").get(0).getAsString());
    }

    @Test
    void setPlaceRefusesAMailboxThatIsNotARoomAndACountryThatDoesNotExist() {
        client.ok("New-Mailbox", Map.of("Name", "Country Room", "Alias", "country-room", "Room", true));

        HttpResponse<String> user = client.invoke("Set-Place", Map.of("Identity", "adelev", "Building", "HQ"));
        HttpResponse<String> country = client.invoke("Set-Place", Map.of("Identity", "country-room",
                "CountryOrRegion", "Atlantis"));

        assertEquals(404, user.statusCode());
        assertEquals(400, country.statusCode());
        assertTrue(country.body().contains("The country or region"), country.body());
    }

    @Test
    void removeMailboxDeletesTheRoomAndTakesItOutOfItsRoomLists() {
        client.ok("New-Mailbox", Map.of("Name", "Gone Room", "Alias", "gone-room", "Room", true));
        client.ok("New-DistributionGroup", Map.of("Name", "Gone List", "Alias", "gone-list", "RoomList", true,
                "Members", List.of("gone-room")));

        client.ok("Remove-Mailbox", Map.of("Identity", "gone-room" + DOMAIN, "Confirm", false));

        assertEquals(404, client.invoke("Get-Mailbox", Map.of("Identity", "gone-room")).statusCode());
        assertEquals(0, client.ok("Get-DistributionGroupMember", Map.of("Identity", "gone-list"))
                .getAsJsonArray("value").size());
        assertEquals(404, client.invoke("Remove-Mailbox", Map.of("Identity", "gone-room")).statusCode(),
                "a second removal is Exchange's not-found");
    }

    @Test
    void aRoomListHoldsRoomsOnly() {
        JsonObject list = first(client.ok("New-DistributionGroup", Map.of("Name", "Rooms HQ", "Alias", "rooms-hq",
                "RoomList", true, "Members", List.of("ams-room-0001"))));

        HttpResponse<String> user = client.invoke("Add-DistributionGroupMember", Map.of("Identity", "rooms-hq",
                "Member", "adelev"));

        assertEquals("RoomList", list.get("RecipientTypeDetails").getAsString());
        assertEquals(400, user.statusCode());
        assertTrue(SimulatorClient.detail(user).contains("Only room mailboxes can be members of a room list."));
    }

    @Test
    void newUserMailboxTakesAnEncryptedPasswordThatMeetsEntrasPolicy() throws Exception {
        JsonObject account = first(client.ok("New-Mailbox", Map.of("Name", "Alexa Service",
                "MicrosoftOnlineServicesID", "alexa-svc" + DOMAIN, "Password", encrypted("Str0ng-Service-Pass"))));
        HttpResponse<String> plain = client.invoke("New-Mailbox", Map.of("Name", "Plain",
                "MicrosoftOnlineServicesID", "plain-svc" + DOMAIN, "Password", "Str0ng-Service-Pass"));
        HttpResponse<String> weak = client.invoke("New-Mailbox", Map.of("Name", "Weak",
                "MicrosoftOnlineServicesID", "weak-svc" + DOMAIN, "Password", encrypted("password")));

        assertEquals("UserMailbox", account.get("RecipientTypeDetails").getAsString());
        assertEquals("alexa-svc", account.get("Alias").getAsString());
        assertFalse(account.get("AccountDisabled").getAsBoolean(), "a service account signs in");
        assertEquals(RecipientKind.UserMailbox, recipient("alexa-svc").kind);
        assertEquals(400, plain.statusCode());
        assertTrue(plain.body().contains("could not be decrypted"), plain.body());
        assertEquals(400, weak.statusCode());
        assertTrue(SimulatorClient.detail(weak).endsWith("The specified password does not comply with password "
                + "complexity requirements. Please provide a different password."), weak.body());
        assertTrue(sim.changeLog().changes().stream().noneMatch(c -> c.parameters().toString()
                .contains("Str0ng-Service-Pass")), "passwords never reach the change log");
    }

    @Test
    void graphShowsANewRoomsPlacesDataByAddressAndInItsRoomList() throws Exception {
        client.ok("New-Mailbox", Map.of("Name", "Graph Room", "Alias", "graph-room", "Room", true,
                "ResourceCapacity", 12));
        client.ok("Set-Place", Map.of("Identity", "graph-room", "Building", "HQ", "Floor", 7, "FloorLabel", "Sky",
                "Tags", List.of("View")));
        client.ok("New-DistributionGroup", Map.of("Name", "Graph List", "Alias", "graph-list", "RoomList", true,
                "Members", List.of("graph-room")));
        sim.tenant().write(() -> {
            var platform = sim.tenant().servicePrincipalByAppId(sim.platformApp().clientId()).orElseThrow();
            var graph = sim.tenant().servicePrincipalByAppId(io.roomgate.localtenant.tenant.Entra.GRAPH_APP_ID)
                    .orElseThrow();
            var grant = new io.roomgate.localtenant.tenant.Entra.AppRoleAssignment();
            grant.id = "place-read";
            grant.principalId = platform.objectId;
            grant.resourceId = graph.objectId;
            grant.appRoleId = "913b9306-0ce1-42b8-9137-6a7df690a760";
            sim.tenant().state().appRoleAssignments.add(grant);
            return null;
        });
        String token = client.tokenFor(sim.platformApp(), "https://graph.microsoft.com/.default");

        JsonObject room = graphGet("/places/graph-room" + DOMAIN, token);
        JsonObject rooms = graphGet("/places/graph-list" + DOMAIN + "/microsoft.graph.roomlist/rooms", token);

        assertEquals("#microsoft.graph.room", room.get("@odata.type").getAsString());
        assertEquals("HQ", room.get("building").getAsString());
        assertEquals(7, room.get("floorNumber").getAsInt());
        assertEquals("Sky", room.get("floorLabel").getAsString());
        assertEquals(12, room.get("capacity").getAsInt());
        assertEquals("[\"View\"]", room.get("tags").toString());
        assertEquals(1, rooms.getAsJsonArray("value").size());
        assertEquals("graph-room" + DOMAIN, rooms.getAsJsonArray("value").get(0).getAsJsonObject()
                .get("emailAddress").getAsString());
    }

    private static JsonObject graphGet(String path, String token) throws Exception {
        HttpResponse<String> response = client.http.send(HttpRequest.newBuilder(URI.create(sim.graphEndpoint() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return SimulatorClient.json(response);
    }
}
