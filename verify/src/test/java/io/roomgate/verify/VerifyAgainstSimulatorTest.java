package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.FolderPermissionGrant;
import io.roomgate.localtenant.access.PropagationDelays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** verify end to end: the real command, azure-identity and the Graph SDK against the local tenant simulator. */
class VerifyAgainstSimulatorTest {
    private static final String ROOMS_ONLY = "RecipientTypeDetails -eq 'RoomMailbox'";
    private final SimulatedTenant tenant = new SimulatedTenant(8);

    @AfterEach
    void stop() {
        tenant.close();
    }

    private static JsonObject json(SimulatedTenant.Run run) {
        return JsonParser.parseString(run.stdout()).getAsJsonObject();
    }

    private static JsonObject mailbox(JsonObject report, String address) {
        for (JsonElement row : report.getAsJsonArray("mailboxes")) {
            if (row.getAsJsonObject().get("address").getAsString().equals(address)) {
                return row.getAsJsonObject();
            }
        }
        throw new AssertionError(address + " is not in the report");
    }

    private static List<String> statuses(JsonObject report) {
        var statuses = new ArrayList<String>();
        for (JsonElement row : report.getAsJsonArray("mailboxes")) {
            statuses.add(row.getAsJsonObject().get("address").getAsString() + "="
                    + row.getAsJsonObject().get("status").getAsString());
        }
        return statuses;
    }

    @Test
    void allRoomsGrantedAndCanaryDeniedPassesAndLeavesNoProbeEvent() {
        tenant.rbacScope(ROOMS_ONLY);
        List<String> rooms = tenant.allRooms();

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", rooms, true), "--json");

        assertEquals(0, run.exitCode(), run.stderr() + run.stdout());
        JsonObject report = json(run);
        assertEquals("pass", report.get("verdict").getAsString());
        assertEquals(8, report.getAsJsonObject("summary").get("ok").getAsInt() - 1);
        JsonObject room = mailbox(report, rooms.get(0));
        assertEquals("allowed", room.getAsJsonObject("graphRead").get("outcome").getAsString());
        assertEquals("allowed", room.getAsJsonObject("graphWrite").get("outcome").getAsString());
        assertEquals("allowed", room.getAsJsonObject("adminRead").get("outcome").getAsString());
        JsonObject canary = mailbox(report, tenant.canary());
        assertEquals("denied", canary.getAsJsonObject("graphRead").get("outcome").getAsString());
        assertContains(canary.getAsJsonObject("graphRead").get("detail").getAsString(),
                "403 ErrorAccessDenied (Access to OData is disabled.)");
        assertEquals(0, tenant.graph.calendars().totalEvents(), "every probe event was deleted");
        assertEquals(new JsonArray(), report.getAsJsonArray("uncoveredRooms"));
    }

    @Test
    void roomOutsideTheScopeIsReportedAsNotCoveredWithExitCodeFive() {
        tenant.rbacScope("Office -eq 'Amsterdam HQ'");
        List<String> rooms = new ArrayList<>(tenant.rooms("ams"));
        String berlin = tenant.rooms("ber").get(0);
        rooms.add(berlin);

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", rooms, false), "--json");

        assertEquals(5, run.exitCode(), run.stderr());
        JsonObject report = json(run);
        assertEquals("incomplete", report.get("verdict").getAsString());
        JsonObject row = mailbox(report, berlin);
        assertEquals("notCovered", row.get("status").getAsString());
        assertContains(row.get("explanation").getAsString(), "Test-ServicePrincipalAuthorization agrees",
                "InScope False");
        assertEquals(5, report.getAsJsonArray("uncoveredRooms").size(), "the other Berlin room, the Chicago and Denver rooms");
    }

    @Test
    void roomsTheStackDoesNotCoverAreFoundThroughGraphPlacesWithoutTheAdminSide() {
        tenant.rbacScope(ROOMS_ONLY).entraGrant("Place.Read.All");

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", tenant.rooms("ams"), false), "--json",
                "--no-admin-tests");

        assertEquals(0, run.exitCode(), run.stderr() + run.stdout());
        JsonObject report = json(run);
        var uncovered = new ArrayList<String>();
        report.getAsJsonArray("uncoveredRooms").forEach(room -> uncovered.add(room.getAsString()));
        var expected = new ArrayList<>(tenant.allRooms());
        expected.removeAll(tenant.rooms("ams"));
        assertEquals(expected, uncovered);
        assertContains(report.getAsJsonArray("warnings").toString(), "Admin tests were not run");
        assertEquals("skipped", mailbox(report, tenant.canary()).getAsJsonObject("adminRead").get("outcome")
                .getAsString());
    }

    @Test
    void anAdminAppExchangeRefusesStillGetsTheWholeReportSayingWhatCouldNotBeChecked() {
        tenant.rbacScope(ROOMS_ONLY);

        // The platform's own app holds no Exchange.ManageAsApp: every admin call of this run is refused.
        SimulatedTenant.Run run = tenant.verifyWithAdmin(tenant.platformAppId(), tenant.sim.platformApp().clientSecret(),
                tenant.outputs("rbac", tenant.rooms("ams"), false), "--json");

        assertEquals(1, run.exitCode(), run.stderr() + run.stdout());
        JsonObject report = json(run);
        assertEquals("error", report.get("verdict").getAsString());
        assertEquals(1, report.getAsJsonArray("notChecked").size(), report.toString());
        assertContains(report.getAsJsonArray("notChecked").get(0).getAsString(), "over the whole organization",
                "Test-ServicePrincipalAuthorization for app " + tenant.platformAppId() + " failed");
        for (String mailbox : tenant.rooms("ams")) {
            assertEquals("ok", mailbox(report, mailbox).get("status").getAsString());
            assertEquals("failed", mailbox(report, mailbox).getAsJsonObject("adminRead").get("outcome").getAsString());
        }
        assertEquals("ok", mailbox(report, tenant.canary()).get("status").getAsString());
    }

    @Test
    void aServiceAccountStackIsCheckedByItsFolderRoleOnEachRoomAndNothingOnTheCanary() {
        String account = "adelev@" + tenant.sim.organization();
        List<String> rooms = tenant.rooms("ams");
        ExchangeAdmin admin = tenant.deployerAdmin();
        rooms.forEach(room -> admin.addMailboxFolderPermission(
                new FolderPermissionGrant(room + ":\\Calendar", account, List.of("Editor"), null)));

        SimulatedTenant.Run granted = tenant.verify(tenant.serviceAccountOutputs(account, rooms), "--json");

        assertEquals(0, granted.exitCode(), granted.stderr() + granted.stdout());
        JsonObject report = json(granted);
        assertEquals(account, report.get("serviceAccount").getAsString());
        assertEquals("Get-MailboxFolderPermission", report.get("adminTest").getAsString());
        for (String room : rooms) {
            JsonObject row = mailbox(report, room);
            assertEquals("ok", row.get("status").getAsString());
            assertEquals("skipped", row.getAsJsonObject("graphRead").get("outcome").getAsString());
            assertEquals("allowed", row.getAsJsonObject("adminWrite").get("outcome").getAsString());
            assertContains(row.get("explanation").getAsString(), account + " holds Editor on " + room + ":\\Calendar");
        }
        assertEquals("ok", mailbox(report, tenant.canary()).get("status").getAsString());

        // By hand: the account is let into the CEO's calendar, and loses one room.
        admin.addMailboxFolderPermission(new FolderPermissionGrant(tenant.canary() + ":\\Calendar", account,
                List.of("Reviewer"), null));
        admin.removeMailboxFolderPermission(rooms.get(0) + ":\\Calendar", account);

        SimulatedTenant.Run drifted = tenant.verify(tenant.serviceAccountOutputs(account, rooms), "--json");

        assertEquals(3, drifted.exitCode(), drifted.stderr() + drifted.stdout());
        report = json(drifted);
        JsonObject canary = mailbox(report, tenant.canary());
        assertEquals("breach", canary.get("status").getAsString());
        assertContains(canary.get("explanation").getAsString(), account + " holds Reviewer on " + tenant.canary());
        assertEquals("notCovered", mailbox(report, rooms.get(0)).get("status").getAsString());
        assertEquals("ok", mailbox(report, rooms.get(1)).get("status").getAsString());
    }

    @Test
    void aServiceAccountStackWithoutAnAdminCredentialSaysWhatToGive() {
        SimulatedTenant.Run run = tenant.verify(tenant.serviceAccountOutputs("adelev@" + tenant.sim.organization(),
                tenant.rooms("ams")), "--no-admin-tests");

        assertEquals(1, run.exitCode());
        assertContains(run.stderr(), "signs in as the service account adelev@", "--admin-client-id");
    }

    @Test
    void unscopedEntraGrantInRbacModeIsABreachWithExitCodeThree() {
        tenant.rbacScope(ROOMS_ONLY).entraGrant("Calendars.ReadWrite");

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", tenant.allRooms(), false), "--json");

        assertEquals(3, run.exitCode(), run.stderr());
        JsonObject report = json(run);
        assertContains(report.getAsJsonArray("breaches").get(0).getAsString(),
                "The app's token carries the Entra application permission Calendars.ReadWrite");
        JsonObject canary = mailbox(report, tenant.canary());
        assertEquals("breach", canary.get("status").getAsString());
        assertEquals("allowed", canary.getAsJsonObject("graphRead").get("outcome").getAsString());
    }

    @Test
    void entraGrantWithoutAnyRestrictionIsABreachUnderTheAccessPolicyModel() {
        tenant.entraGrant("Calendars.ReadWrite");

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("applicationAccessPolicy", tenant.allRooms(), true),
                "--json");

        assertEquals(3, run.exitCode(), run.stderr());
        JsonObject canary = mailbox(json(run), tenant.canary());
        assertEquals("breach", canary.get("status").getAsString());
        assertContains(canary.get("explanation").getAsString(), "Test-ApplicationAccessPolicy grants it too",
                "AccessCheckResult Granted");
    }

    @Test
    void accessPolicyRestrictingTheAppToTheRoomGroupPasses() {
        List<String> rooms = tenant.allRooms();
        tenant.entraGrant("Calendars.ReadWrite").restrictAccessTo(rooms);

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("applicationAccessPolicy", rooms, true), "--json");

        assertEquals(0, run.exitCode(), run.stderr() + run.stdout());
        assertEquals("AccessCheckResult Granted, Entra Calendars.ReadWrite",
                mailbox(json(run), rooms.get(0)).getAsJsonObject("adminWrite").get("detail").getAsString());
    }

    @Test
    void changeExchangeHasNotAppliedIsPendingThenPassesOnceTheDelayElapsesWithWait() {
        tenant.graph.propagationDelays(PropagationDelays.EXCHANGE_ONLINE_TYPICAL);
        tenant.rbacScope(ROOMS_ONLY);
        String outputs = tenant.outputs("rbac", tenant.allRooms(), true);

        SimulatedTenant.Run first = tenant.verify(outputs, "--json");

        assertEquals(4, first.exitCode(), first.stderr());
        JsonObject pending = json(first);
        assertEquals("pending", pending.get("verdict").getAsString());
        assertEquals(AccessModel.RBAC.propagationText(), pending.get("expectedWait").getAsString());
        assertEquals(8, pending.getAsJsonObject("summary").get("pending").getAsInt());

        SimulatedTenant.Run waited = tenant.verify(outputs, "--json", "--wait", "2h", "--poll-interval", "1m");

        assertEquals(0, waited.exitCode(), waited.stderr() + waited.stdout());
        JsonObject passed = json(waited);
        assertEquals("pass", passed.get("verdict").getAsString());
        assertEquals(9, passed.get("rounds").getAsInt(), "pauses of 1, 2, 4 and then 5 minutes: 32 minutes, past the 30-minute cache");
        assertEquals(0, tenant.graph.calendars().totalEvents());
    }

    @Test
    void restrictionOnItsWayLeavesTheCanaryReadableAsPendingUntilItArrives() {
        tenant.graph.propagationDelays(new PropagationDelays(Duration.ofMinutes(20), Duration.ofMinutes(30),
                Duration.ZERO));
        List<String> rooms = tenant.allRooms();
        tenant.entraGrant("Calendars.ReadWrite").restrictAccessTo(rooms);
        String outputs = tenant.outputs("applicationAccessPolicy", rooms, false);

        SimulatedTenant.Run first = tenant.verify(outputs, "--json");

        assertEquals(4, first.exitCode(), first.stderr() + first.stdout());
        JsonObject canary = mailbox(json(first), tenant.canary());
        assertEquals("pending", canary.get("status").getAsString());
        assertEquals("allowed", canary.getAsJsonObject("graphRead").get("outcome").getAsString());
        assertEquals("AccessCheckResult Denied", canary.getAsJsonObject("adminRead").get("detail").getAsString());
        assertContains(canary.get("explanation").getAsString(), "Test-ApplicationAccessPolicy already denies it",
                "Until then the app CAN read this mailbox");

        SimulatedTenant.Run waited = tenant.verify(outputs, "--json", "--wait", "45m", "--poll-interval", "1m");

        assertEquals(0, waited.exitCode(), waited.stderr() + waited.stdout());
        assertEquals("ok", mailbox(json(waited), tenant.canary()).get("status").getAsString());
    }

    @Test
    void tableIsTheDefaultAndTheMarkdownReportIsWrittenForTheTicket() throws Exception {
        tenant.rbacScope(ROOMS_ONLY);
        Path report = tenant.directory.resolve("verify.md");

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", tenant.rooms("ams"), false),
                "--report", report.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertContains(run.stdout(), "MAILBOX", "ams-room-0001@contoso.onmicrosoft.com  room    allowed",
                "PASS: the platform's app reaches the rooms and nothing else");
        assertContains(Files.readString(report), "# roomgate verify: PASS", "| " + tenant.canary()
                + " | canary | denied | - | denied | OK |");
        assertFalse(run.stdout().contains(tenant.sim.platformApp().clientSecret()), "the secret is never printed");
    }

    @Test
    void platformAppSignsInWithACertificate() {
        tenant.rbacScope(ROOMS_ONLY);
        Path certificate = tenant.platformCertificate();

        SimulatedTenant.Run run = tenant.verify(tenant.outputs("rbac", tenant.rooms("ams"), false)
                .replace(tenant.sim.platformApp().clientSecret(), "[secret]").replace("\"[secret]\"", "null"),
                "--json", "--client-certificate", certificate.toString());

        assertEquals(0, run.exitCode(), run.stderr() + run.stdout());
    }

    @Test
    void wrongSecretIsAnErrorThatNamesWhatToCheck() {
        String outputs = tenant.outputs("rbac", tenant.rooms("ams"), false)
                .replace(tenant.sim.platformApp().clientSecret(), "not-the-secret");

        SimulatedTenant.Run run = tenant.verify(outputs, "--json");

        assertEquals(1, run.exitCode());
        assertContains(run.stderr(), "the platform's app could not sign in",
                "Check the stack's tenantId, clientId and client secret");
        assertFalse(run.stderr().contains("not-the-secret"));
    }
}
