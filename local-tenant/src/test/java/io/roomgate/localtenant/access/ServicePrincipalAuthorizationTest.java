package io.roomgate.localtenant.access;

import static io.roomgate.localtenant.access.Tenant.APP;
import static io.roomgate.localtenant.access.Tenant.ATRIUM;
import static io.roomgate.localtenant.access.Tenant.BOARD_ROOM;
import static io.roomgate.localtenant.access.Tenant.CEO;
import static io.roomgate.localtenant.access.Tenant.DIRECTORY;
import static io.roomgate.localtenant.access.Tenant.T0;
import static io.roomgate.localtenant.access.Tenant.assignment;
import static io.roomgate.localtenant.access.Tenant.entraGrant;
import static io.roomgate.localtenant.access.Tenant.roomsGroupScope;
import static io.roomgate.localtenant.access.Tenant.scope;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code Test-ServicePrincipalAuthorization} answers. */
class ServicePrincipalAuthorizationTest {
    private static final AccessFacts ROOM_TYPE_RBAC = DIRECTORY
            .withScopes(scope("Rooms", "RecipientTypeDetails -eq 'RoomMailbox'"))
            .withRoleAssignments(assignment("roomgate-calendars", "Application Calendars.ReadWrite", "Rooms"));

    private static List<ServicePrincipalAuthorization> test(AccessFacts facts, Mailbox resource) {
        return new ExchangeAccess(facts).testServicePrincipalAuthorization(APP, resource, T0);
    }

    @Test
    void withoutAResourceEachAssignmentIsListedAndNotRun() {
        ServicePrincipalAuthorization row = test(ROOM_TYPE_RBAC, null).get(0);
        assertAll(
                () -> assertEquals("Application Calendars.ReadWrite", row.roleName()),
                () -> assertEquals("Calendars.ReadWrite", row.grantedPermissionsText()),
                () -> assertEquals("Rooms", row.allowedResourceScope()),
                () -> assertEquals(ScopeType.CustomRecipientScope, row.scopeType()),
                () -> assertEquals("Not Run", row.inScope().toString()));
    }

    @Test
    void aRoomIsInTheRoomScopeAndThePersonIsNot() {
        ServicePrincipalAuthorization room = test(ROOM_TYPE_RBAC, BOARD_ROOM).get(0);
        ServicePrincipalAuthorization ceo = test(ROOM_TYPE_RBAC, CEO).get(0);
        assertAll(
                () -> assertEquals("True", room.inScope().toString()),
                () -> assertEquals("role assignment 'roomgate-calendars' (Application Calendars.ReadWrite) over scope"
                        + " 'Rooms' (RecipientTypeDetails -eq 'RoomMailbox'), which includes board.room@contoso.com",
                        room.reason()),
                () -> assertEquals("False", ceo.inScope().toString()),
                () -> assertEquals("role assignment 'roomgate-calendars' (Application Calendars.ReadWrite) over scope"
                        + " 'Rooms' (RecipientTypeDetails -eq 'RoomMailbox'), which does not include ceo@contoso.com",
                        ceo.reason()));
    }

    @Test
    void aGroupScopeSeesDirectMembersOnlyUnlikeAnAccessPolicy() {
        AccessFacts facts = DIRECTORY.withScopes(roomsGroupScope())
                .withRoleAssignments(assignment("rooms", "Application Calendars.ReadWrite", "Rooms group"));
        assertEquals(List.of(InScope.TRUE, InScope.FALSE),
                List.of(test(facts, BOARD_ROOM).get(0).inScope(), test(facts, ATRIUM).get(0).inScope()),
                "the atrium is in Rooms only through Building A rooms, and Exchange ignores nesting in scopes");
    }

    @Test
    void anOrganizationWideAssignmentCoversEveryMailbox() {
        AccessFacts facts = DIRECTORY.withRoleAssignments(
                new RoleAssignment("everything", "application calendars.read", APP, null, Validity.always()));
        ServicePrincipalAuthorization row = test(facts, CEO).get(0);
        assertAll(
                () -> assertEquals("Application Calendars.Read", row.roleName(), "role names are canonicalised"),
                () -> assertEquals("Organization", row.allowedResourceScope()),
                () -> assertEquals(ScopeType.Organization, row.scopeType()),
                () -> assertEquals(InScope.TRUE, row.inScope()));
    }

    @Test
    void anAssignmentWhoseScopeIsGoneCoversNothing() {
        AccessFacts facts = DIRECTORY.withRoleAssignments(
                assignment("orphan", "Application Calendars.ReadWrite", "Deleted scope"));
        ServicePrincipalAuthorization row = test(facts, BOARD_ROOM).get(0);
        assertAll(
                () -> assertEquals(InScope.FALSE, row.inScope()),
                () -> assertEquals("role assignment 'orphan' (Application Calendars.ReadWrite) names scope"
                        + " 'Deleted scope', which does not exist", row.reason()));
    }

    @Test
    void entraGrantsAndOtherAppsAssignmentsAreNotPartOfTheAnswer() {
        AccessFacts facts = DIRECTORY.withEntraGrants(entraGrant("Calendars.ReadWrite"))
                .withScopes(scope("Rooms", "RecipientTypeDetails -eq 'RoomMailbox'"))
                .withRoleAssignments(new RoleAssignment("theirs", "Application Calendars.ReadWrite",
                        Tenant.OTHER_APP, "Rooms", Validity.always()));
        assertEquals(List.of(), test(facts, BOARD_ROOM));
    }

    @Test
    void fullAccessRolesListEveryPermissionTheyGrant() {
        AccessFacts facts = DIRECTORY.withRoleAssignments(
                new RoleAssignment("full", "Application Exchange Full Access", APP, null, Validity.always()));
        assertEquals("Mail.ReadWrite, Mail.Send, MailboxSettings.ReadWrite, Calendars.ReadWrite, Contacts.ReadWrite",
                test(facts, null).get(0).grantedPermissionsText());
    }
}
