package io.roomgate.exchange;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.exchange.stub.HttpsStub;
import io.roomgate.exchange.stub.HttpsStub.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the client puts on the wire, and how it reads pages and warnings, against an HTTPS stub. */
class InvokeCommandWireTest {
    private HttpsStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = new HttpsStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void orgLevelCmdletIsPostedWithTheEnvelopeAndEveryHeaderExchangeExpects() {
        stub.then(Reply.json(200, "{\"value\":[{\"Name\":\"Rooms\",\"Guid\":\"g-1\",\"@odata.type\":\"#Exchange.Group\"}]}"));

        CmdletResult result = StubTenant.invoker(stub).invoke(Cmdlet.named("New-DistributionGroup")
                .with("Name", "Rooms").with("Type", "Security").with("Members", List.of("a@contoso.com", "b@contoso.com"))
                .withSwitch("IgnoreNamingPolicy").build());

        HttpsStub.Seen request = stub.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/adminapi/beta/" + StubTenant.TENANT_ID + "/InvokeCommand", request.uri().getPath());
        assertEquals(JsonParser.parseString("{\"CmdletInput\":{\"CmdletName\":\"New-DistributionGroup\",\"Parameters\":"
                        + "{\"Name\":\"Rooms\",\"Type\":\"Security\",\"Members\":[\"a@contoso.com\",\"b@contoso.com\"],"
                        + "\"IgnoreNamingPolicy\":true}}}"),
                JsonParser.parseString(request.body()));
        assertEquals("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                request.header("X-AnchorMailbox"));
        assertEquals("New-DistributionGroup", request.header("X-CmdletName"));
        assertEquals("Bearer " + StubTenant.TOKEN, request.header("Authorization"));
        assertEquals("odata.maxpagesize=1000", request.header("Prefer"));
        assertTrue(request.header("client-request-id").matches("[0-9a-f-]{36}"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));

        JsonObject group = result.single();
        assertEquals("Rooms", group.get("Name").getAsString());
        assertNull(group.get("@odata.type"), "annotation properties are stripped");
    }

    @Test
    void mailboxBoundCmdletRoutesToTheMailboxAndRemovalsNeverPrompt() {
        stub.then(Reply.json(200, "{\"value\":[]}"));

        StubTenant.invoker(stub).invoke(Cmdlet.named("Remove-MailboxFolderPermission")
                .with("Identity", "room1@contoso.com:\\Calendar").with("User", "svc@contoso.com")
                .withoutConfirmation().boundTo("room1@contoso.com").build());

        HttpsStub.Seen request = stub.requests().get(0);
        assertEquals("SMTP:room1@contoso.com", request.header("X-AnchorMailbox"));
        JsonObject parameters = JsonParser.parseString(request.body()).getAsJsonObject()
                .getAsJsonObject("CmdletInput").getAsJsonObject("Parameters");
        assertEquals("room1@contoso.com:\\Calendar", parameters.get("Identity").getAsString());
        assertEquals(false, parameters.get("Confirm").getAsBoolean());
    }

    @Test
    void everyPageIsFetchedByPostingTheSameBodyToTheNextLink() {
        String page2 = stub.endpoint() + "/adminapi/beta/" + StubTenant.TENANT_ID + "/InvokeCommand?$skiptoken=2";
        String page3 = stub.endpoint() + "/adminapi/beta/" + StubTenant.TENANT_ID + "/InvokeCommand?$skiptoken=3";
        stub.then(
                Reply.json(200, "{\"value\":[{\"Name\":\"r1\"},{\"Name\":\"r2\"}],\"@odata.nextLink\":\"" + page2 + "\"}"),
                Reply.json(200, "{\"value\":[{\"Name\":\"r3\"},{\"Name\":\"r4\"}],\"@odata.nextLink\":\"" + page3 + "\","
                        + "\"@adminapi.warnings\":[\"page two warns\"]}"),
                Reply.json(200, "{\"value\":[{\"Name\":\"r5\"}]}"));

        CmdletResult result = StubTenant.invoker(stub).invoke(Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", "RoomMailbox").with("ResultSize", "Unlimited").build());

        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"),
                result.values().stream().map(o -> o.get("Name").getAsString()).toList());
        assertEquals(List.of("page two warns"), result.warnings().messages());
        List<HttpsStub.Seen> requests = stub.requests();
        assertEquals(3, requests.size());
        assertEquals("$skiptoken=2", requests.get(1).uri().getQuery());
        assertEquals("$skiptoken=3", requests.get(2).uri().getQuery());
        assertEquals(requests.get(0).body(), requests.get(2).body());
        assertEquals("POST", requests.get(2).method());
        assertEquals("Get-Mailbox", requests.get(2).header("X-CmdletName"));
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedSoTheTokenNeverLeavesTheEndpoint() {
        stub.then(Reply.json(200, "{\"value\":[{\"Name\":\"r1\"}],"
                + "\"@odata.nextLink\":\"https://evil.example.com/adminapi/beta/x/InvokeCommand?$skiptoken=2\"}"));

        ExchangeException refused = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub)
                .invoke(Cmdlet.named("Get-Mailbox").build()));

        assertEquals(ExchangeException.Kind.FAILED, refused.kind());
        assertTrue(refused.getMessage().contains("evil.example.com"), refused.getMessage());
        assertEquals(1, stub.requests().size());
    }

    @Test
    void warningsOfAWriteReachTheCallerAndTheLog() {
        stub.then(Reply.json(200, "{\"value\":[],\"@adminapi.warnings\":[\"The command completed successfully but no"
                + " settings of 'room1' have been modified.\"]}"));

        try (LogCapture log = new LogCapture()) {
            CmdletResult result = StubTenant.invoker(stub).invoke(Cmdlet.named("Set-CalendarProcessing")
                    .with("Identity", "room1@contoso.com").with("AllowConflicts", false).build());

            assertTrue(result.warnings().mention("no settings of 'room1' have been modified"));
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("Set-CalendarProcessing on"
                    + " 'room1@contoso.com': Exchange warned: The command completed successfully")), log.lines().toString());
        }
    }

    @Test
    void aNonTerminatingErrorInsideA200IsStillAnError() {
        stub.then(Reply.json(200, "{\"value\":[],\"@adminapi.errors\":[\"|Microsoft.Exchange.Management.Tasks."
                + "MemberAlreadyExistsException|The recipient \\\"room1@contoso.com\\\" is already a member of the"
                + " group \\\"Rooms\\\".\"]}"));

        ExchangeException failure = assertThrows(ExchangeException.class, () -> StubTenant.invoker(stub)
                .invoke(Cmdlet.named("Add-DistributionGroupMember").with("Identity", "Rooms")
                        .with("Member", "room1@contoso.com").build()));

        assertEquals(ExchangeException.Kind.ALREADY_MEMBER, failure.kind());
        assertEquals("Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException", failure.exchangeErrorType());
    }

    @Test
    void anEmptyBodyFromAWriteIsAnEmptyResult() {
        stub.then(new Reply(204, java.util.Map.of(), new byte[0], java.time.Duration.ZERO, false));

        CmdletResult result = StubTenant.invoker(stub).invoke(Cmdlet.named("Remove-ManagementScope")
                .with("Identity", "rooms").withoutConfirmation().build());

        assertTrue(result.values().isEmpty());
        assertTrue(result.warnings().isEmpty());
    }
}
