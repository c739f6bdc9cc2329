package io.roomgate.localtenant.access;

import static io.roomgate.localtenant.access.Tenant.APP;
import static io.roomgate.localtenant.access.Tenant.ATRIUM;
import static io.roomgate.localtenant.access.Tenant.BOARD_ROOM;
import static io.roomgate.localtenant.access.Tenant.CEO;
import static io.roomgate.localtenant.access.Tenant.DIRECTORY;
import static io.roomgate.localtenant.access.Tenant.ROOMS;
import static io.roomgate.localtenant.access.Tenant.T0;
import static io.roomgate.localtenant.access.Tenant.assignment;
import static io.roomgate.localtenant.access.Tenant.denyTo;
import static io.roomgate.localtenant.access.Tenant.entraGrant;
import static io.roomgate.localtenant.access.Tenant.restrictTo;
import static io.roomgate.localtenant.access.Tenant.scope;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer a Microsoft Graph call gets, with every change already propagated. */
class GraphAccessTest {
    private static final AccessFacts RBAC_ROOMS = DIRECTORY
            .withScopes(scope("Rooms", "RecipientTypeDetails -eq 'RoomMailbox'"))
            .withRoleAssignments(assignment("roomgate-calendars", "Application Calendars.ReadWrite", "Rooms"));

    private static AccessDecision read(AccessFacts facts, Mailbox mailbox) {
        return new ExchangeAccess(facts).graphAccess(APP, mailbox, RequiredPermission.READ_CALENDAR, T0,
                PropagationDelays.IMMEDIATE);
    }

    private static AccessDecision write(AccessFacts facts, Mailbox mailbox) {
        return new ExchangeAccess(facts).graphAccess(APP, mailbox, RequiredPermission.WRITE_CALENDAR, T0,
                PropagationDelays.IMMEDIATE);
    }

    @Test
    void anRbacRoomScopeLetsTheAppReadRoomsAndNotThePersonsCalendar() {
        AccessDecision room = read(RBAC_ROOMS, BOARD_ROOM);
        AccessDecision ceo = read(RBAC_ROOMS, CEO);
        assertAll(
                () -> assertEquals(true, room.allowed()),
                () -> assertEquals("allowed for board.room@contoso.com by role assignment 'roomgate-calendars'"
                        + " (Application Calendars.ReadWrite) over scope 'Rooms' (RecipientTypeDetails -eq"
                        + " 'RoomMailbox'), which includes board.room@contoso.com", room.reason()),
                () -> assertEquals(List.of(AccessRoute.Kind.ROLE_ASSIGNMENT), kinds(room)),
                () -> assertEquals(false, ceo.allowed()),
                () -> assertEquals("denied for ceo@contoso.com, which needs Calendars.Read or Calendars.ReadWrite:"
                        + " the app holds no Entra application permission Calendars.Read or Calendars.ReadWrite;"
                        + " role assignment 'roomgate-calendars' (Application Calendars.ReadWrite) over scope 'Rooms'"
                        + " (RecipientTypeDetails -eq 'RoomMailbox'), which does not include ceo@contoso.com",
                        ceo.reason()),
                () -> assertEquals(null, ceo.pending()));
    }

    @Test
    void anUnscopedEntraGrantDefeatsTheRbacScope() {
        AccessDecision ceo = read(RBAC_ROOMS.withEntraGrants(entraGrant("Calendars.ReadWrite")), CEO);
        assertAll(
                () -> assertEquals(true, ceo.allowed()),
                () -> assertEquals(true, ceo.unrestricted()),
                () -> assertEquals("allowed for ceo@contoso.com by the Entra application permission"
                        + " Calendars.ReadWrite, which no application access policy restricts, so it reaches every"
                        + " mailbox", ceo.reason()));
    }

    @Test
    void aRoomReachedBothWaysListsBothRoutes() {
        AccessDecision room = read(RBAC_ROOMS.withEntraGrants(entraGrant("Calendars.Read")), BOARD_ROOM);
        assertEquals(List.of(AccessRoute.Kind.ENTRA_GRANT_UNRESTRICTED, AccessRoute.Kind.ROLE_ASSIGNMENT),
                kinds(room));
    }

    @Test
    void anAccessPolicyConstrainsTheEntraGrant() {
        AccessFacts facts = DIRECTORY.withEntraGrants(entraGrant("Calendars.ReadWrite"))
                .withAccessPolicies(restrictTo(ROOMS));
        AccessDecision atrium = read(facts, ATRIUM);
        AccessDecision ceo = read(facts, CEO);
        assertAll(
                () -> assertEquals("allowed for atrium@contoso.com by the Entra application permission"
                        + " Calendars.ReadWrite within policy: RestrictAccess policy 'restrict-Rooms' includes"
                        + " atrium@contoso.com through group 'Building A rooms', which is in 'Rooms'", atrium.reason()),
                () -> assertEquals(List.of(AccessRoute.Kind.ENTRA_GRANT_WITHIN_POLICY), kinds(atrium)),
                () -> assertEquals(false, atrium.unrestricted()),
                () -> assertEquals("denied for ceo@contoso.com, which needs Calendars.Read or Calendars.ReadWrite:"
                        + " its Entra application permission Calendars.ReadWrite is blocked: the app is restricted by"
                        + " RestrictAccess policy 'restrict-Rooms' (scope 'Rooms'), and ceo@contoso.com is in none of"
                        + " them; no role assignment gives the app Calendars.Read or Calendars.ReadWrite",
                        ceo.reason()));
    }

    @Test
    void anAccessPolicyDoesNotConstrainRbacAssignments() {
        AccessDecision room = read(RBAC_ROOMS.withAccessPolicies(denyTo(ROOMS)), BOARD_ROOM);
        assertAll(
                () -> assertEquals(true, room.allowed()),
                () -> assertEquals(List.of(AccessRoute.Kind.ROLE_ASSIGNMENT), kinds(room)));
    }

    @Test
    void aReadWriteGrantAllowsReadingButAReadGrantDoesNotAllowWriting() {
        AccessFacts readOnly = DIRECTORY
                .withScopes(scope("Rooms", "RecipientTypeDetails -eq 'RoomMailbox'"))
                .withRoleAssignments(assignment("read", "Application Calendars.Read", "Rooms"));
        assertAll(
                () -> assertEquals(true, read(RBAC_ROOMS, BOARD_ROOM).allowed()),
                () -> assertEquals(true, write(RBAC_ROOMS, BOARD_ROOM).allowed()),
                () -> assertEquals(true, read(readOnly, BOARD_ROOM).allowed()),
                () -> assertEquals(false, write(readOnly, BOARD_ROOM).allowed()),
                () -> assertEquals("denied for board.room@contoso.com, which needs Calendars.ReadWrite: the app holds"
                        + " no Entra application permission Calendars.ReadWrite; no role assignment gives the app"
                        + " Calendars.ReadWrite", write(readOnly, BOARD_ROOM).reason()));
    }

    @Test
    void aGrantOfAnUnrelatedPermissionDoesNotOpenTheCalendar() {
        AccessFacts facts = DIRECTORY.withEntraGrants(entraGrant("Place.Read.All"))
                .withRoleAssignments(new RoleAssignment("mail", "Application Mail.Read", APP, null, Validity.always()));
        assertEquals(false, read(facts, BOARD_ROOM).allowed());
    }

    @Test
    void aMemberOfGroupScopeLeavesNestedRoomsOutEvenWhereAPolicyWouldLetThemIn() {
        AccessFacts facts = DIRECTORY.withScopes(Tenant.roomsGroupScope())
                .withRoleAssignments(assignment("rooms", "Application Calendars.ReadWrite", "Rooms group"));
        assertEquals(List.of(true, false), List.of(read(facts, BOARD_ROOM).allowed(), read(facts, ATRIUM).allowed()));
    }

    private static List<AccessRoute.Kind> kinds(AccessDecision decision) {
        return decision.routes().stream().map(AccessRoute::kind).toList();
    }
}
