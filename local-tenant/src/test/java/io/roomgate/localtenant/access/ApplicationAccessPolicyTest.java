package io.roomgate.localtenant.access;

import static io.roomgate.localtenant.access.Tenant.APP;
import static io.roomgate.localtenant.access.Tenant.ATRIUM;
import static io.roomgate.localtenant.access.Tenant.BOARD_ROOM;
import static io.roomgate.localtenant.access.Tenant.BUILDING_A;
import static io.roomgate.localtenant.access.Tenant.CEO;
import static io.roomgate.localtenant.access.Tenant.DIRECTORY;
import static io.roomgate.localtenant.access.Tenant.OTHER_APP;
import static io.roomgate.localtenant.access.Tenant.ROOMS;
import static io.roomgate.localtenant.access.Tenant.T0;
import static io.roomgate.localtenant.access.Tenant.denyTo;
import static io.roomgate.localtenant.access.Tenant.restrictTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code Test-ApplicationAccessPolicy} answers. */
class ApplicationAccessPolicyTest {

    private static PolicyCheck check(AccessFacts facts, Mailbox mailbox) {
        return new ExchangeAccess(facts).testApplicationAccessPolicy(APP, mailbox, T0);
    }

    @Test
    void withoutAnyPolicyEveryMailboxIsGranted() {
        PolicyCheck check = check(DIRECTORY, CEO);
        assertAll(
                () -> assertEquals(AccessCheckResult.Granted, check.accessCheckResult()),
                () -> assertEquals("no application access policy applies to app " + APP, check.reason()),
                () -> assertEquals(null, check.decidingPolicy()));
    }

    @Test
    void restrictAccessGrantsTheMembersOfItsGroupAndDeniesEveryoneElse() {
        AccessFacts facts = DIRECTORY.withAccessPolicies(restrictTo(ROOMS));
        PolicyCheck room = check(facts, BOARD_ROOM);
        PolicyCheck ceo = check(facts, CEO);
        assertAll(
                () -> assertEquals(AccessCheckResult.Granted, room.accessCheckResult()),
                () -> assertEquals("RestrictAccess policy 'restrict-Rooms' includes board.room@contoso.com through"
                        + " group 'Rooms'", room.reason()),
                () -> assertEquals(AccessCheckResult.Denied, ceo.accessCheckResult()),
                () -> assertEquals("the app is restricted by RestrictAccess policy 'restrict-Rooms' (scope 'Rooms'),"
                        + " and ceo@contoso.com is in none of them", ceo.reason()),
                () -> assertEquals("restrict-Rooms", ceo.decidingPolicy()));
    }

    @Test
    void restrictAccessIncludesMembersOfNestedGroups() {
        PolicyCheck atrium = check(DIRECTORY.withAccessPolicies(restrictTo(ROOMS)), ATRIUM);
        assertAll(
                () -> assertEquals(AccessCheckResult.Granted, atrium.accessCheckResult()),
                () -> assertEquals("RestrictAccess policy 'restrict-Rooms' includes atrium@contoso.com through group"
                        + " 'Building A rooms', which is in 'Rooms'", atrium.reason()));
    }

    @Test
    void denyAccessBeatsRestrictAccessForTheMailboxesBoth() {
        AccessFacts facts = DIRECTORY.withAccessPolicies(restrictTo(ROOMS), denyTo(BUILDING_A));
        PolicyCheck atrium = check(facts, ATRIUM);
        assertAll(
                () -> assertEquals(AccessCheckResult.Denied, atrium.accessCheckResult()),
                () -> assertEquals("DenyAccess policy 'deny-Building A rooms' covers atrium@contoso.com through group"
                        + " 'Building A rooms'", atrium.reason()),
                () -> assertEquals(AccessCheckResult.Granted, check(facts, BOARD_ROOM).accessCheckResult(),
                        "a room outside the denied group is still granted by the restriction"));
    }

    @Test
    void denyAccessAloneDeniesOnlyItsGroup() {
        AccessFacts facts = DIRECTORY.withAccessPolicies(denyTo(ROOMS));
        assertEquals(List.of(AccessCheckResult.Denied, AccessCheckResult.Denied, AccessCheckResult.Granted),
                List.of(check(facts, BOARD_ROOM).accessCheckResult(), check(facts, ATRIUM).accessCheckResult(),
                        check(facts, CEO).accessCheckResult()));
    }

    @Test
    void aPolicyScopedToOneMailboxCoversThatMailboxDirectly() {
        var policy = new AccessPolicy("only-board-room", APP, BOARD_ROOM.id(), AccessRight.RestrictAccess,
                Validity.always());
        AccessFacts facts = DIRECTORY.withAccessPolicies(policy);
        assertAll(
                () -> assertEquals("RestrictAccess policy 'only-board-room' includes board.room@contoso.com directly",
                        check(facts, BOARD_ROOM).reason()),
                () -> assertEquals(AccessCheckResult.Denied, check(facts, ATRIUM).accessCheckResult()));
    }

    @Test
    void anotherAppsPolicyDoesNotConstrainThisAppButAWildcardPolicyDoes() {
        var othersPolicy = new AccessPolicy("other", OTHER_APP, ROOMS.id(), AccessRight.RestrictAccess,
                Validity.always());
        var everyonesPolicy = new AccessPolicy("all-apps", AccessPolicy.ALL_APPS, ROOMS.id(),
                AccessRight.RestrictAccess, Validity.always());
        assertEquals(List.of(AccessCheckResult.Granted, AccessCheckResult.Denied),
                List.of(check(DIRECTORY.withAccessPolicies(othersPolicy), CEO).accessCheckResult(),
                        check(DIRECTORY.withAccessPolicies(everyonesPolicy), CEO).accessCheckResult()));
    }

    @Test
    void appIdsAndObjectIdsCompareIgnoringCase() {
        var policy = new AccessPolicy("upper", APP.toUpperCase(), ROOMS.id().toUpperCase(),
                AccessRight.RestrictAccess, Validity.always());
        assertEquals(List.of(AccessCheckResult.Granted, AccessCheckResult.Denied),
                List.of(check(DIRECTORY.withAccessPolicies(policy), BOARD_ROOM).accessCheckResult(),
                        check(DIRECTORY.withAccessPolicies(policy), CEO).accessCheckResult()));
    }

    @Test
    void groupsThatContainEachOtherDoNotLoopAndStillResolve() {
        AccessFacts cyclic = DIRECTORY
                .withMemberships(Tenant.member(ROOMS.id(), BUILDING_A))
                .withAccessPolicies(restrictTo(Tenant.ALL_STAFF));
        assertEquals(List.of(AccessCheckResult.Denied, AccessCheckResult.Granted),
                List.of(check(cyclic, ATRIUM).accessCheckResult(), check(cyclic, CEO).accessCheckResult()));
    }

    @Test
    void aRemovedPolicyNoLongerCounts() {
        var removed = new AccessPolicy("old", APP, ROOMS.id(), AccessRight.RestrictAccess,
                Validity.since(T0.minusSeconds(7200)).endedAt(T0.minusSeconds(60)));
        assertEquals(AccessCheckResult.Granted, check(DIRECTORY.withAccessPolicies(removed), CEO).accessCheckResult());
    }
}
