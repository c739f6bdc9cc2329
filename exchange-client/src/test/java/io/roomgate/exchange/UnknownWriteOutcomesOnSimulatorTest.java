package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.ChangeLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes whose outcome Exchange leaves unknown — a 5xx, or the connection dropped after the write committed — in
 * bursts, against the tenant simulator: removals, adds and creates settle by replaying with the client's back-off,
 * and a burst longer than the retry budget fails saying what to do. In the simulator a 5xx never commits and a
 * dropped response always does, so "one of the failures committed" is a dropped response inside a 5xx burst.
 */
class UnknownWriteOutcomesOnSimulatorTest {
    private static TenantSimulator sim;
    private static ExchangeAdminClient exchange;
    private static List<Mailbox> rooms;

    @BeforeAll
    static void start() {
        sim = SimulatedTenant.start();
        exchange = ExchangeAdminClient.connect(SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim)).build());
        rooms = exchange.listRoomMailboxes(new RoomQuery(null, null, "Berlin Mitte"));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void clearFaults() {
        sim.faults().clear();
        sim.traffic().reset();
    }

    private static String calendar(int room) {
        return rooms.get(room).primarySmtpAddress() + ":\\Calendar";
    }

    private static List<String> committed(String cmdlet, long since) {
        return sim.changeLog().changesSince(since).stream().map(ChangeLog.Change::operation)
                .filter(cmdlet::equalsIgnoreCase).toList();
    }

    @Test
    void aFolderPermissionRemovalHitByThreeFailuresOneOfWhichCommittedEndsWithTheEntryGone() {
        String folder = calendar(0);
        String user = SimulatedTenant.address(sim, "alexw");
        exchange.addMailboxFolderPermission(new FolderPermissionGrant(folder, user, List.of("Reviewer"), List.of()));
        long before = sim.changeLog().size();
        sim.faults().failNext("Remove-MailboxFolderPermission", 2, 503)
                .dropResponseAfterCommit("Remove-MailboxFolderPermission", 1);

        Warnings warnings;
        try (LogCapture log = new LogCapture()) {
            warnings = exchange.removeMailboxFolderPermission(folder, user);
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("Remove-MailboxFolderPermission on '"
                    + folder + "': outcome unknown (HTTP 503") && line.contains("replay 1 of 6")), log.lines()
                    .toString());
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("already gone when sent again")),
                    log.lines().toString());
        }

        assertTrue(warnings.isEmpty(), warnings.messages().toString());
        assertEquals(Optional.empty(), exchange.findMailboxFolderPermission(folder, user));
        assertEquals(4, sim.traffic().calls("Remove-MailboxFolderPermission"),
                "503, 503, committed but dropped, then 'no such entry' = done");
        assertEquals(List.of("Remove-MailboxFolderPermission"), committed("Remove-MailboxFolderPermission", before));
    }

    @Test
    void aRoleAssignmentRemovalHitByThreeFailuresOneOfWhichCommittedEndsWithTheAssignmentGone() {
        String appId = sim.platformApp().clientId();
        String objectId = sim.tenant().servicePrincipalByAppId(appId).orElseThrow().objectId;
        exchange.newServicePrincipal(appId, objectId, "Room booking platform");
        exchange.newManagementScope("burst-rooms", "RecipientTypeDetails -eq 'RoomMailbox'");
        exchange.newManagementRoleAssignment(new NewManagementRoleAssignment("burst-calendars",
                "Application Calendars.ReadWrite", appId, "burst-rooms"));
        long before = sim.changeLog().size();
        sim.faults().failNext("Remove-ManagementRoleAssignment", 1, 500).failNext(1, 503)
                .dropResponseAfterCommit("Remove-ManagementRoleAssignment", 1);

        exchange.removeManagementRoleAssignment("burst-calendars");

        assertEquals(Optional.empty(), exchange.findManagementRoleAssignment("burst-calendars"));
        assertEquals(List.of(), exchange.listManagementRoleAssignmentsForApp(appId));
        assertEquals(4, sim.traffic().calls("Remove-ManagementRoleAssignment"),
                "500, 503, committed but dropped, then 'not found' = done");
        assertEquals(List.of("Remove-ManagementRoleAssignment"), committed("Remove-ManagementRoleAssignment", before));
        exchange.removeManagementScope("burst-rooms");
        exchange.removeServicePrincipal(objectId);
    }

    @Test
    void aBurstLongerThanTheRetryBudgetFailsSayingWhatToDoAndTheNextRunFinishesIt() {
        String folder = calendar(1);
        String user = SimulatedTenant.address(sim, "adelev");
        exchange.addMailboxFolderPermission(new FolderPermissionGrant(folder, user, List.of("Reviewer"), List.of()));
        ExchangeAdminClient twoRetries = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).maxRetries(2).build());
        sim.faults().failNext("Remove-MailboxFolderPermission", 5, 503);

        ExchangeException failure = assertThrows(ExchangeException.class,
                () -> twoRetries.removeMailboxFolderPermission(folder, user));

        assertEquals(Kind.OUTCOME_UNKNOWN, failure.kind());
        assertEquals(503, failure.httpStatus());
        assertEquals(3, sim.traffic().calls("Remove-MailboxFolderPermission"), "first attempt + maxRetries(2)");
        assertTrue(failure.getMessage().startsWith("Remove-MailboxFolderPermission on '" + folder + "' was sent 3"
                + " times over "), failure.getMessage());
        assertTrue(failure.getMessage().contains("(last: HTTP 503"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Wait until Exchange Online answers again"), failure.getMessage());
        assertTrue(exchange.findMailboxFolderPermission(folder, user).isPresent(), "no 503 committed anything");

        sim.faults().clear();
        twoRetries.removeMailboxFolderPermission(folder, user);
        assertEquals(Optional.empty(), exchange.findMailboxFolderPermission(folder, user));
    }

    @Test
    void aFolderPermissionAddRefusedWith503BeforeItRanIsAddedByTheReplay() {
        String folder = calendar(2);
        String user = SimulatedTenant.address(sim, "alexw");
        sim.faults().failNext("Add-MailboxFolderPermission", 1, 503);

        exchange.addMailboxFolderPermission(new FolderPermissionGrant(folder, user, List.of("Editor"),
                List.of("Delegate")));

        MailboxFolderPermission entry = exchange.findMailboxFolderPermission(folder, user).orElseThrow();
        assertEquals(List.of("Editor"), entry.accessRights());
        assertEquals(List.of("Delegate"), entry.sharingPermissionFlags());
        assertEquals(2, sim.traffic().calls("Add-MailboxFolderPermission"));
        assertEquals(0, sim.traffic().calls("Set-MailboxFolderPermission"), "a Set- would find no entry to set");
        exchange.removeMailboxFolderPermission(folder, user);
    }

    @Test
    void aFolderPermissionAddWhoseResponseWasDroppedIsConfirmedByTheReplaysExistingEntry() {
        String folder = calendar(3);
        String user = SimulatedTenant.address(sim, "adelev");
        sim.faults().dropResponseAfterCommit("Add-MailboxFolderPermission", 1);

        exchange.addMailboxFolderPermission(new FolderPermissionGrant(folder, user, List.of("Author"), List.of()));

        assertEquals(List.of("Author"), exchange.findMailboxFolderPermission(folder, user).orElseThrow().accessRights());
        assertEquals(2, sim.traffic().calls("Add-MailboxFolderPermission"), "the replay met the entry: done");
        exchange.removeMailboxFolderPermission(folder, user);
    }

    @Test
    void aMemberAddHitByABurstOneOfWhichCommittedLandsOnce() {
        String room = rooms.get(4).primarySmtpAddress();
        exchange.newSecurityGroup(new NewSecurityGroup("Burst Add", "burst-add", null, null, List.of(), List.of()));
        sim.faults().failNext("Add-DistributionGroupMember", 2, 500)
                .dropResponseAfterCommit("Add-DistributionGroupMember", 1);

        exchange.addDistributionGroupMember("burst-add", room);

        assertEquals(Set.of(room), exchange.listDistributionGroupMembers("burst-add").stream()
                .map(Recipient::primarySmtpAddress).collect(Collectors.toSet()));
        assertEquals(4, sim.traffic().calls("Add-DistributionGroupMember"));
        exchange.removeDistributionGroup("burst-add");
    }

    @Test
    void aCreateHitByABurstOneOfWhichCommittedIsLookedUpBeforeEachReplayAndMadeOnce() {
        long before = sim.changeLog().size();
        sim.faults().failNext("New-ManagementScope", 2, 500).dropResponseAfterCommit("New-ManagementScope", 1);

        ManagementScope scope = exchange.newManagementScope("burst-scope", "RecipientTypeDetails -eq 'RoomMailbox'");

        assertEquals("burst-scope", scope.name());
        assertEquals(3, sim.traffic().calls("New-ManagementScope"), "500, 500, committed but dropped; then adopted");
        assertEquals(3, sim.traffic().calls("Get-ManagementScope"), "looked up before each replay");
        assertEquals(List.of("New-ManagementScope"), committed("New-ManagementScope", before));
        exchange.removeManagementScope("burst-scope");
    }
}
