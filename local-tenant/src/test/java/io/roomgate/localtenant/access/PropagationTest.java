package io.roomgate.localtenant.access;

import static io.roomgate.localtenant.access.Tenant.APP;
import static io.roomgate.localtenant.access.Tenant.BOARD_ROOM;
import static io.roomgate.localtenant.access.Tenant.CEO;
import static io.roomgate.localtenant.access.Tenant.DIRECTORY;
import static io.roomgate.localtenant.access.Tenant.ROOMS;
import static io.roomgate.localtenant.access.Tenant.T0;
import static io.roomgate.localtenant.access.Tenant.entraGrant;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomgate.opath.RecipientFilter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Exchange applies changes late to Graph calls, and at once to its Test-* cmdlets. */
class PropagationTest {
    private static final PropagationDelays TYPICAL = PropagationDelays.EXCHANGE_ONLINE_TYPICAL;

    private static Instant minutesAfter(Instant start, long minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    private static AccessDecision read(AccessFacts facts, Mailbox mailbox, Instant now) {
        return new ExchangeAccess(facts).graphAccess(APP, mailbox, RequiredPermission.READ_CALENDAR, now, TYPICAL);
    }

    /** The RBAC set-up done at T0: scope and assignment are new. */
    private static final AccessFacts RBAC_CREATED_AT_T0 = DIRECTORY
            .withScopes(new ManagementScope("Rooms", RecipientFilter.parse("RecipientTypeDetails -eq 'RoomMailbox'"),
                    Validity.since(T0)))
            .withRoleAssignments(new RoleAssignment("roomgate-calendars", "Application Calendars.ReadWrite", APP,
                    "Rooms", Validity.since(T0)));

    @Test
    void aNewRoleAssignmentIsPendingForGraphWhileTheTestCmdletAlreadySeesIt() {
        Instant tenMinutesIn = minutesAfter(T0, 10);
        AccessDecision early = read(RBAC_CREATED_AT_T0, BOARD_ROOM, tenMinutesIn);
        ServicePrincipalAuthorization test = new ExchangeAccess(RBAC_CREATED_AT_T0)
                .testServicePrincipalAuthorization(APP, BOARD_ROOM, tenMinutesIn).get(0);
        assertAll(
                () -> assertEquals(false, early.allowed()),
                () -> assertEquals(new AccessDecision.Pending(true, minutesAfter(T0, 30)), early.pending()),
                () -> assertEquals("denied for board.room@contoso.com, which needs Calendars.Read or"
                        + " Calendars.ReadWrite: the app holds no Entra application permission Calendars.Read or"
                        + " Calendars.ReadWrite; no role assignment gives the app Calendars.Read or Calendars.ReadWrite;"
                        + " a recent change has not reached Microsoft Graph yet: from 2026-11-22T10:30:00Z the call"
                        + " will be allowed", early.reason()),
                () -> assertEquals(InScope.TRUE, test.inScope(), "Test-ServicePrincipalAuthorization bypasses the cache"));
    }

    @Test
    void theAssignmentTakesEffectOnceTheCacheHasTurnedOver() {
        AccessDecision later = read(RBAC_CREATED_AT_T0, BOARD_ROOM, minutesAfter(T0, 30));
        assertAll(
                () -> assertEquals(true, later.allowed()),
                () -> assertEquals(null, later.pending()),
                () -> assertEquals(false, read(RBAC_CREATED_AT_T0, CEO, minutesAfter(T0, 30)).allowed()));
    }

    @Test
    void aRemovedAssignmentKeepsWorkingUntilTheCacheForgetsIt() {
        Instant removedAt = minutesAfter(T0, 120);
        AccessFacts removed = DIRECTORY
                .withScopes(new ManagementScope("Rooms", RecipientFilter.parse("RecipientTypeDetails -eq 'RoomMailbox'"),
                        Validity.since(T0)))
                .withRoleAssignments(new RoleAssignment("roomgate-calendars", "Application Calendars.ReadWrite", APP,
                        "Rooms", Validity.since(T0).endedAt(removedAt)));
        AccessDecision stillCached = read(removed, BOARD_ROOM, minutesAfter(removedAt, 5));
        assertAll(
                () -> assertEquals(true, stillCached.allowed()),
                () -> assertEquals(new AccessDecision.Pending(false, minutesAfter(removedAt, 30)), stillCached.pending()),
                () -> assertEquals(false, read(removed, BOARD_ROOM, minutesAfter(removedAt, 30)).allowed()),
                () -> assertEquals(0, new ExchangeAccess(removed)
                        .testServicePrincipalAuthorization(APP, BOARD_ROOM, minutesAfter(removedAt, 5)).size()));
    }

    @Test
    void aNewRestrictAccessPolicyLeavesTheEntraGrantOpenForAnHourWhileTheTestAlreadyDenies() {
        AccessFacts facts = DIRECTORY.withEntraGrants(entraGrant("Calendars.ReadWrite"))
                .withAccessPolicies(new AccessPolicy("restrict-Rooms", APP, ROOMS.id(), AccessRight.RestrictAccess,
                        Validity.since(T0)));
        Instant halfAnHourIn = minutesAfter(T0, 30);
        AccessDecision ceo = read(facts, CEO, halfAnHourIn);
        assertAll(
                () -> assertEquals(true, ceo.allowed()),
                () -> assertEquals(true, ceo.unrestricted()),
                () -> assertEquals(new AccessDecision.Pending(false, minutesAfter(T0, 60)), ceo.pending()),
                () -> assertEquals(AccessCheckResult.Denied,
                        new ExchangeAccess(facts).testApplicationAccessPolicy(APP, CEO, halfAnHourIn).accessCheckResult()),
                () -> assertEquals(false, read(facts, CEO, minutesAfter(T0, 60)).allowed()),
                () -> assertEquals(true, read(facts, BOARD_ROOM, minutesAfter(T0, 60)).allowed()));
    }

    @Test
    void aRoomAddedToTheScopeGroupIsReachableOnlyAfterTheCacheTurnsOver() {
        Mailbox newRoom = Tenant.mailbox("2b2b2b2b-0000-0000-0000-000000000009", "new.room@contoso.com",
                "RoomMailbox", "HQ");
        AccessFacts facts = DIRECTORY
                .withMemberships(new Membership(newRoom.id(), ROOMS.id(), Validity.since(T0)))
                .withScopes(Tenant.roomsGroupScope())
                .withRoleAssignments(Tenant.assignment("rooms", "Application Calendars.ReadWrite", "Rooms group"));
        AccessDecision early = read(facts, newRoom, minutesAfter(T0, 29));
        assertAll(
                () -> assertEquals(false, early.allowed()),
                () -> assertEquals(new AccessDecision.Pending(true, minutesAfter(T0, 30)), early.pending()),
                () -> assertEquals(true, read(facts, newRoom, minutesAfter(T0, 30)).allowed()));
    }

    @Test
    void theAnswerTurnsWhenTheLastChangeItDependsOnArrives() {
        AccessFacts twoChanges = DIRECTORY
                .withScopes(new ManagementScope("Rooms", RecipientFilter.parse("RecipientTypeDetails -eq 'RoomMailbox'"),
                        Validity.since(T0)))
                .withRoleAssignments(new RoleAssignment("roomgate-calendars", "Application Calendars.ReadWrite", APP,
                        "Rooms", Validity.since(minutesAfter(T0, 20))));
        assertEquals(new AccessDecision.Pending(true, minutesAfter(T0, 50)),
                read(twoChanges, BOARD_ROOM, minutesAfter(T0, 25)).pending());
    }

    @Test
    void withoutDelaysGraphAgreesWithTheTestCmdletsAtOnce() {
        AccessDecision atOnce = new ExchangeAccess(RBAC_CREATED_AT_T0).graphAccess(APP, BOARD_ROOM,
                RequiredPermission.READ_CALENDAR, T0, PropagationDelays.IMMEDIATE);
        assertEquals(true, atOnce.allowed());
    }

    @Test
    void aFactCannotEndBeforeItStartsNorADelayBeNegative() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Validity.since(T0).endedAt(T0.minusSeconds(1))),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new PropagationDelays(Duration.ofMinutes(-1), Duration.ZERO, Duration.ZERO)));
    }
}
