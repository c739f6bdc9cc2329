package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import io.roomgate.localtenant.TenantSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every typed operation the provider and verify use, end to end against the tenant simulator. */
class ExchangeOperationsOnSimulatorTest {
    private static TenantSimulator sim;
    private static ExchangeAdminClient exchange;
    private static List<Mailbox> amsterdamRooms;

    @BeforeAll
    static void start() {
        sim = SimulatedTenant.start();
        exchange = ExchangeAdminClient.connect(SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim)).build());
        amsterdamRooms = exchange.listRoomMailboxes(new RoomQuery(null, null, "Amsterdam HQ"));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String address(String alias) {
        return alias + "@" + sim.organization();
    }

    private static String room(int index) {
        return amsterdamRooms.get(index).primarySmtpAddress();
    }

    @Test
    void roomsByBuildingByFilterAndByRoomListCombine() {
        List<Mailbox> byRoomList = exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ams", null));
        List<Mailbox> bigOnes = exchange.listRoomMailboxes(new RoomQuery("ResourceCapacity -ge 10", null, "Amsterdam HQ"));

        assertEquals(6, amsterdamRooms.size());
        assertTrue(amsterdamRooms.stream().allMatch(room -> "Amsterdam HQ".equals(room.office())));
        assertEquals(amsterdamRooms, byRoomList);
        assertFalse(bigOnes.isEmpty());
        assertTrue(bigOnes.stream().allMatch(room -> room.resourceCapacity() >= 10), bigOnes.toString());
        assertTrue(bigOnes.size() < amsterdamRooms.size());
        assertEquals(List.of(), exchange.listRoomMailboxes(new RoomQuery(null, "rooms-ams", "Berlin Mitte")));
    }

    @Test
    void aMailboxIsFoundByAddressOrGuidAndAnUnknownOneIsEmpty() {
        Mailbox ceo = exchange.findMailbox(address("ceo")).orElseThrow();

        assertEquals("UserMailbox", ceo.recipientTypeDetails());
        assertEquals(ceo.primarySmtpAddress(), exchange.findMailbox(ceo.guid()).orElseThrow().primarySmtpAddress());
        assertEquals(Optional.empty(), exchange.findMailbox(address("nobody-here")));
    }

    @Test
    void applicationAccessPolicyLifecycleAndItsTest() {
        String appId = sim.platformApp().clientId();
        assertEquals(List.of(), exchange.listApplicationAccessPolicies(), "a fresh tenant has none");
        DistributionGroup scope = exchange.newSecurityGroup(new NewSecurityGroup("AAP Rooms", "aap-rooms", null, null,
                List.of(), List.of(room(0), room(1))));

        ApplicationAccessPolicy policy = exchange.newApplicationAccessPolicy(new NewApplicationAccessPolicy(appId,
                scope.primarySmtpAddress(), "RestrictAccess", "rooms only"));

        assertEquals(appId, policy.appId());
        assertEquals("RestrictAccess", policy.accessRight());
        assertEquals(List.of(policy.identity()), exchange.listApplicationAccessPolicies().stream()
                .map(ApplicationAccessPolicy::identity).toList());
        assertTrue(exchange.testApplicationAccessPolicy(room(0), appId).granted());
        assertFalse(exchange.testApplicationAccessPolicy(address("ceo"), appId).granted());

        exchange.setApplicationAccessPolicyDescription(policy.identity(), "rooms only (roomgate)");
        assertEquals("rooms only (roomgate)", exchange.listApplicationAccessPolicies().get(0).description());

        exchange.removeApplicationAccessPolicy(policy.identity());
        assertEquals(List.of(), exchange.listApplicationAccessPolicies());
        assertTrue(assertThrows(ExchangeException.class,
                () -> exchange.removeApplicationAccessPolicy(policy.identity())).meansAbsent());
        exchange.removeDistributionGroup("aap-rooms");
    }

    @Test
    void rbacForApplicationsLifecycleAndItsTest() {
        String appId = sim.platformApp().clientId();
        String objectId = sim.tenant().servicePrincipalByAppId(appId).orElseThrow().objectId;

        ServicePrincipal principal = exchange.newServicePrincipal(appId, objectId, "Room booking platform");
        assertEquals(appId, principal.appId());
        assertEquals(objectId, exchange.findServicePrincipal(appId).orElseThrow().objectId());
        exchange.setServicePrincipalDisplayName(objectId, "Room booking (rooms only)");
        assertEquals("Room booking (rooms only)", exchange.findServicePrincipal(objectId).orElseThrow().displayName());

        ManagementScope scope = exchange.newManagementScope("rg-rooms", "RecipientTypeDetails -eq 'RoomMailbox'");
        assertEquals("RecipientTypeDetails -eq 'RoomMailbox'", scope.recipientFilter());
        exchange.setManagementScopeFilter("rg-rooms", "RecipientTypeDetails -eq 'RoomMailbox' -and Office -eq 'Amsterdam HQ'");
        assertTrue(exchange.findManagementScope("rg-rooms").orElseThrow().recipientFilter().contains("Amsterdam HQ"));
        exchange.newManagementScope("rg-all-rooms", "RecipientTypeDetails -eq 'RoomMailbox'");

        ManagementRoleAssignment assignment = exchange.newManagementRoleAssignment(new NewManagementRoleAssignment(
                "rg-calendars", "Application Calendars.ReadWrite", appId, "rg-rooms"));
        assertEquals("rg-rooms", assignment.customResourceScope());
        assertEquals(List.of("rg-calendars"), exchange.listManagementRoleAssignmentsForApp(appId).stream()
                .map(ManagementRoleAssignment::name).toList());
        ServicePrincipalAuthorization inScope = exchange.testServicePrincipalAuthorization(objectId, room(0)).get(0);
        assertEquals("Application Calendars.ReadWrite", inScope.roleName());
        assertEquals(Boolean.TRUE, inScope.inScope());
        assertEquals(Boolean.FALSE, exchange.testServicePrincipalAuthorization(objectId, address("ceo")).get(0).inScope());

        exchange.setManagementRoleAssignmentScope("rg-calendars", "rg-all-rooms");
        assertEquals("rg-all-rooms", exchange.findManagementRoleAssignment("rg-calendars").orElseThrow()
                .customResourceScope());
        assertEquals(Kind.ALREADY_EXISTS, assertThrows(ExchangeException.class, () -> exchange
                .newManagementRoleAssignment(new NewManagementRoleAssignment("rg-calendars",
                        "Application Calendars.ReadWrite", appId, "rg-rooms"))).kind());

        exchange.removeManagementRoleAssignment("rg-calendars");
        exchange.removeManagementScope("rg-rooms");
        exchange.removeManagementScope("rg-all-rooms");
        exchange.removeServicePrincipal(objectId);
        assertEquals(Optional.empty(), exchange.findManagementRoleAssignment("rg-calendars"));
        assertEquals(Optional.empty(), exchange.findManagementScope("rg-rooms"));
        assertEquals(Optional.empty(), exchange.findServicePrincipal(objectId));
        assertEquals(List.of(), exchange.listManagementRoleAssignmentsForApp(appId));
        assertTrue(assertThrows(ExchangeException.class, () -> exchange.removeManagementScope("rg-rooms")).meansAbsent());
    }

    @Test
    void calendarProcessingChangesOnlyWhatIsDeclared() {
        String room = room(2);
        CalendarProcessingSettings before = exchange.getCalendarProcessing(room);

        exchange.setCalendarProcessing(room, CalendarProcessingSettings.builder()
                .automateProcessing("AutoAccept").deleteSubject(false).addOrganizerToSubject(false)
                .bookingWindowInDays(365).build());
        CalendarProcessingSettings after = exchange.getCalendarProcessing(room);

        assertEquals("AutoAccept", after.automateProcessing());
        assertEquals(Boolean.FALSE, after.deleteSubject());
        assertEquals(Boolean.FALSE, after.addOrganizerToSubject());
        assertEquals(365, after.bookingWindowInDays());
        assertEquals(before.allowConflicts(), after.allowConflicts());
        assertEquals(before.maximumDurationInMinutes(), after.maximumDurationInMinutes());
        assertFalse(exchange.setCalendarProcessing(room, CalendarProcessingSettings.builder().bookingWindowInDays(365)
                .build()).isEmpty(), "a no-op set warns that nothing was modified");
        assertEquals(Kind.NOT_FOUND, assertThrows(ExchangeException.class,
                () -> exchange.getCalendarProcessing(address("no-such-room"))).kind());
    }

    @Test
    void mailboxPermissionAddReadRemoveAndRemoveAgain() {
        String room = room(3);
        String user = address("adelev");

        exchange.addMailboxPermission(new NewMailboxPermission(room, user, List.of("FullAccess"), "All", false));
        List<MailboxPermission> entries = exchange.getMailboxPermissions(room, user);

        assertEquals(1, entries.size());
        assertEquals(List.of("FullAccess"), entries.get(0).accessRights());
        assertEquals("All", entries.get(0).inheritanceType());

        exchange.removeMailboxPermission(room, user, List.of("FullAccess"), "All");
        assertEquals(List.of(), exchange.getMailboxPermissions(room, user));
        ExchangeException again = assertThrows(ExchangeException.class,
                () -> exchange.removeMailboxPermission(room, user, List.of("FullAccess"), "All"));
        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, again.kind());
    }

    @Test
    void calendarFolderPermissionAddSetRemove() {
        String folder = room(4) + ":\\Calendar";
        String user = address("alexw");
        FolderPermissionGrant editor = new FolderPermissionGrant(folder, user, List.of("Editor"),
                List.of("Delegate", "CanViewPrivateItems"));

        exchange.addMailboxFolderPermission(editor);
        MailboxFolderPermission entry = exchange.findMailboxFolderPermission(folder, user).orElseThrow();
        assertEquals(List.of("Editor"), entry.accessRights());
        assertEquals(List.of("Delegate", "CanViewPrivateItems"), entry.sharingPermissionFlags());
        assertEquals(Kind.PERMISSION_ENTRY_EXISTS, assertThrows(ExchangeException.class,
                () -> exchange.addMailboxFolderPermission(editor)).kind());

        exchange.setMailboxFolderPermission(new FolderPermissionGrant(folder, user, List.of("Reviewer"), null));
        assertEquals(List.of("Reviewer"), exchange.findMailboxFolderPermission(folder, user).orElseThrow().accessRights());

        exchange.removeMailboxFolderPermission(folder, user);
        assertEquals(Optional.empty(), exchange.findMailboxFolderPermission(folder, user));
        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, assertThrows(ExchangeException.class,
                () -> exchange.removeMailboxFolderPermission(folder, user)).kind());
        assertEquals(Kind.PERMISSION_ENTRY_NOT_FOUND, assertThrows(ExchangeException.class,
                () -> exchange.setMailboxFolderPermission(editor)).kind());
    }

    @Test
    void aBadRightIsRefusedWithTheValidOnes() {
        ExchangeException refused = assertThrows(ExchangeException.class, () -> exchange.addMailboxPermission(
                new NewMailboxPermission(room(5), address("leeg"), List.of("FullAcess"), null, null)));

        assertEquals(Kind.INVALID_PARAMETER, refused.kind());
        assertTrue(refused.validValues().contains("FullAccess"), refused.getMessage());
    }
}
