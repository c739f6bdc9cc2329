package io.roomgate.localtenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailboxAndErrorsTest extends SimulatorTestBase {

    @Test
    void roomMailboxesListAcrossPagesByPostingTheSameBodyToTheNextLink() {
        String body = SimulatorClient.body("Get-Mailbox", Map.of("RecipientTypeDetails", "RoomMailbox",
                "ResultSize", "Unlimited")).toString();
        List<String> addresses = new ArrayList<>();
        String url = client.invokeUrl() + "?$select=PrimarySmtpAddress,Office";
        int pages = 0;
        while (url != null && pages < 20) {
            HttpResponse<String> response = client.post(url, body, client.deployerToken(), 7);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = SimulatorClient.json(response);
            for (var row : page.getAsJsonArray("value")) {
                JsonObject room = row.getAsJsonObject();
                assertEquals(2, room.size(), "only the selected properties");
                addresses.add(room.get("PrimarySmtpAddress").getAsString());
            }
            url = page.has("@odata.nextLink") ? page.get("@odata.nextLink").getAsString() : null;
            if (url != null) {
                assertTrue(url.startsWith(sim.exchangeEndpoint() + "/adminapi/beta/"), url);
            }
            pages++;
        }
        long rooms = sim.tenant().read(() -> sim.tenant().recipients().stream()
                .filter(r -> r.kind == io.roomgate.localtenant.tenant.RecipientKind.RoomMailbox).count());
        assertEquals((rooms + 6) / 7, pages);
        assertEquals(rooms, addresses.size());
        assertEquals(rooms, addresses.stream().distinct().count());
        assertEquals("ams-room-0001@contoso.onmicrosoft.com", addresses.get(0));
    }

    @Test
    void aPageCanBeFetchedAgainAfterALostResponseButAForgedLinkIsNotFound() {
        String body = SimulatorClient.body("Get-Mailbox", Map.of("RecipientTypeDetails", "RoomMailbox",
                "ResultSize", "Unlimited")).toString();
        String next = SimulatorClient.json(client.post(client.invokeUrl(), body, client.deployerToken(), 5))
                .get("@odata.nextLink").getAsString();

        HttpResponse<String> once = client.post(next, body, client.deployerToken(), 5);
        HttpResponse<String> again = client.post(next, body, client.deployerToken(), 5);

        assertEquals(once.body().replaceAll("skiptoken=[^\"]*", ""), again.body().replaceAll("skiptoken=[^\"]*", ""));
        HttpResponse<String> forged = client.post(client.invokeUrl() + "?$skiptoken=nothing.5", body,
                client.deployerToken(), 5);
        assertEquals(404, forged.statusCode());
    }

    @Test
    void getMailboxByIdentityShowsTheCeoAsAUserMailbox() {
        JsonObject ceo = client.ok("Get-Mailbox", Map.of("Identity", "ceo@contoso.onmicrosoft.com"))
                .getAsJsonArray("value").get(0).getAsJsonObject();

        assertEquals("UserMailbox", ceo.get("RecipientTypeDetails").getAsString());
        assertEquals("Chief Executive Officer", ceo.get("DisplayName").getAsString());
        assertTrue(SimulatorClient.json(client.invoke("Get-Mailbox", Map.of("Identity", "ceo")))
                .get("@odata.context").getAsString().endsWith("/$metadata#Collection(Exchange.GenericHashTable)"));
    }

    @Test
    void newRoomMailboxIsListedWithTheRooms() {
        JsonObject room = client.ok("New-Mailbox", Map.of("Name", "Boardroom", "Room", true,
                "ResourceCapacity", 16)).getAsJsonArray("value").get(0).getAsJsonObject();
        client.ok("Set-Mailbox", Map.of("Identity", "Boardroom", "Office", "Amsterdam HQ"));

        assertEquals("RoomMailbox", room.get("RecipientTypeDetails").getAsString());
        assertEquals("Boardroom@contoso.onmicrosoft.com", room.get("PrimarySmtpAddress").getAsString());
        JsonObject listed = client.ok("Get-Mailbox", Map.of("Identity", "Boardroom")).getAsJsonArray("value")
                .get(0).getAsJsonObject();
        assertEquals("Amsterdam HQ", listed.get("Office").getAsString());
        assertEquals(16, listed.get("ResourceCapacity").getAsInt());
    }

    @Test
    void unknownParameterIsA400WithTheTextInTheInternalException() {
        HttpResponse<String> response = client.invoke("Get-Mailbox", Map.of("Identiti", "ceo"));

        assertEquals(400, response.statusCode());
        JsonObject error = SimulatorClient.json(response).getAsJsonObject("error");
        assertEquals("Invalid Operation", error.get("message").getAsString());
        assertEquals("A parameter cannot be found that matches parameter name 'Identiti'.",
                error.getAsJsonObject("innererror").getAsJsonObject("internalexception").get("message").getAsString());
    }

    @Test
    void invalidEnumValueListsTheValidOnes() {
        HttpResponse<String> response = client.invoke("New-DistributionGroup", Map.of("Name", "x", "Type", "Secure"));

        assertEquals(400, response.statusCode());
        String message = SimulatorClient.json(response).getAsJsonObject("error").getAsJsonObject("innererror")
                .getAsJsonObject("internalexception").get("message").getAsString();
        assertTrue(message.startsWith("Cannot bind parameter 'Type'. Cannot convert value \"Secure\" to type "
                + "\"Microsoft.Exchange.Management.RecipientTasks.GroupType\"."), message);
        assertTrue(message.contains("Distribution, Security"), message);
    }

    @Test
    void unknownCmdletIsA403OfNulBytesWithTheReasonInDiagnostics() {
        HttpResponse<String> response = client.invoke("Get-EXOMailbox", Map.of());

        assertEquals(403, response.statusCode());
        assertTrue(response.body().chars().allMatch(c -> c == 0));
        assertFalse(response.body().isEmpty());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(response.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("Get-EXOMailbox"));
    }

    @Test
    void requestWithoutTokenIsA401() {
        HttpResponse<String> response = client.post(client.invokeUrl(),
                SimulatorClient.body("Get-Mailbox", Map.of()).toString(), null, null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer "));
    }

    @Test
    void graphTokenIsRefusedByExchangeForItsAudience() {
        String graphToken = client.tokenFor(sim.deployerApp(), "https://graph.microsoft.com/.default");

        HttpResponse<String> response = client.post(client.invokeUrl(),
                SimulatorClient.body("Get-Mailbox", Map.of()).toString(), graphToken, null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("x-ms-diagnostics").orElseThrow().contains("audience"));
    }

    @Test
    void platformAppWithoutManageAsAppIsRefused() {
        String token = client.tokenFor(sim.platformApp(), SimulatorClient.EXCHANGE_SCOPE);

        HttpResponse<String> response = client.post(client.invokeUrl(),
                SimulatorClient.body("Get-Mailbox", Map.of()).toString(), token, null);

        assertEquals(401, response.statusCode());
    }

    @Test
    void defaultResultSizeStopsAtAThousandWithExchangesWarning() {
        try (TenantSimulator big = TenantSimulator.start(SimulatorOptions.defaults().withRooms(1100))) {
            SimulatorClient bigClient = new SimulatorClient(big);
            JsonObject page = bigClient.ok("Get-Mailbox", Map.of("RecipientTypeDetails", "RoomMailbox"));
            JsonArray rooms = page.getAsJsonArray("value");
            assertEquals(1000, rooms.size());
            assertFalse(page.has("@odata.nextLink"));
            assertTrue(page.getAsJsonArray("@adminapi.warnings").get(0).getAsString()
                    .startsWith("By default, only the first 1000 items are returned."));
        }
    }
}
