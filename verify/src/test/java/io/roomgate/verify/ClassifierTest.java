package io.roomgate.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final AdminResult ADMIN_GRANTS = new AdminResult(
            ProbeResult.allowed("Application Calendars.ReadWrite over 'Rooms': InScope True"),
            ProbeResult.allowed("Application Calendars.ReadWrite over 'Rooms': InScope True"));
    private static final AdminResult ADMIN_DENIES = new AdminResult(ProbeResult.denied("InScope False"),
            ProbeResult.denied("InScope False"));
    private final Classifier rbac = new Classifier(AccessModel.RBAC);

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in: " + text);
        }
    }

    @Test
    void roomDeniedByGraphButGrantedByTheAdminTestIsPendingWithTheModelsWait() {
        TargetResult result = rbac.classify(Target.room("board@contoso.com"), ProbeResult.denied("403"),
                ProbeResult.SKIPPED, ADMIN_GRANTS, false);

        assertEquals(Status.PENDING, result.status());
        assertContains(result.explanation(), "Test-ServicePrincipalAuthorization already grants it",
                "30 minutes to 2 hours", "--wait");
    }

    @Test
    void serviceAccountWithoutTheStacksRoleOnARoomCannotBookItAndWithItCan() {
        var serviceAccount = new Classifier(AccessModel.SERVICE_ACCOUNT);
        ProbeResult noApp = ProbeResult.skipped("no app to sign in as");
        var editor = new AdminResult(ProbeResult.allowed("svc@contoso.com holds Editor on board@contoso.com:\\Calendar"),
                ProbeResult.allowed("svc@contoso.com holds Editor on board@contoso.com:\\Calendar"));
        var reviewer = new AdminResult(ProbeResult.allowed("svc@contoso.com holds Reviewer on annex@contoso.com:\\Calendar"),
                ProbeResult.denied("svc@contoso.com holds Reviewer on annex@contoso.com:\\Calendar, not Editor on"
                        + " annex@contoso.com:\\Calendar"));

        TargetResult booked = serviceAccount.classify(Target.room("board@contoso.com"), noApp, noApp, editor, false);
        TargetResult unbookable = serviceAccount.classify(Target.room("annex@contoso.com"), noApp, noApp, reviewer, false);

        assertEquals(Status.OK, booked.status());
        assertEquals(Status.NOT_COVERED, unbookable.status());
        assertContains(unbookable.explanation(), "holds Reviewer", "not Editor",
                "the platform cannot book annex@contoso.com. Add it to the stack's rooms and run pulumi up.");
    }

    @Test
    void serviceAccountHoldingAnythingOnTheCanaryIsABreachAndHoldingNothingIsAsItShouldBe() {
        var serviceAccount = new Classifier(AccessModel.SERVICE_ACCOUNT);
        ProbeResult noApp = ProbeResult.skipped("no app to sign in as");
        var nothing = new AdminResult(ProbeResult.denied("svc@contoso.com holds no folder permission"),
                ProbeResult.denied("svc@contoso.com holds no folder permission"));
        var fullAccess = new AdminResult(ProbeResult.allowed("svc@contoso.com holds FullAccess on ceo@contoso.com"),
                ProbeResult.allowed("svc@contoso.com holds FullAccess on ceo@contoso.com"));

        assertEquals(Status.OK, serviceAccount.classify(Target.canary("ceo@contoso.com"), noApp, noApp, nothing, false)
                .status());
        TargetResult breach = serviceAccount.classify(Target.canary("ceo@contoso.com"), noApp, noApp, fullAccess, false);
        assertEquals(Status.BREACH, breach.status());
        assertContains(breach.explanation(), "holds FullAccess on ceo@contoso.com, which is not a room");
    }

    @Test
    void roomDeniedByGraphAndByTheAdminTestIsNotCovered() {
        TargetResult result = rbac.classify(Target.room("annex@contoso.com"), ProbeResult.denied("403"),
                ProbeResult.SKIPPED, ADMIN_DENIES, false);

        assertEquals(Status.NOT_COVERED, result.status());
        assertEquals("the app cannot read the calendar of annex@contoso.com, and Test-ServicePrincipalAuthorization"
                + " agrees (InScope False): the room is outside the app's access. Add it to the stack's rooms and run"
                + " pulumi up.", result.explanation());
    }

    @Test
    void roomReadableButNotWritableWhenTheProfileWritesIsReportedForWrite() {
        var readOnlyGrant = new AdminResult(ProbeResult.allowed("Calendars.Read in scope"),
                ProbeResult.denied("no role grants Calendars.ReadWrite"));
        TargetResult result = rbac.classify(Target.room("board@contoso.com"), ProbeResult.allowed("200"),
                ProbeResult.denied("403 on POST events"), readOnlyGrant, false);

        assertEquals(Status.NOT_COVERED, result.status());
        assertTrue(result.explanation().startsWith("the app cannot write to the calendar of board@contoso.com"));
    }

    @Test
    void probeEventLeftBehindIsAnError() {
        TargetResult result = rbac.classify(Target.room("board@contoso.com"), ProbeResult.allowed("200"),
                ProbeResult.failed("probe event AAMk1 could not be deleted"), ADMIN_GRANTS, false);

        assertEquals(Status.ERROR, result.status());
        assertContains(result.explanation(), "AAMk1");
    }

    @Test
    void canaryReadableWhileTheAdminTestGrantsItIsABreach() {
        var policy = new Classifier(AccessModel.APPLICATION_ACCESS_POLICY);
        TargetResult result = policy.classify(Target.canary("ceo@contoso.com"), ProbeResult.allowed("200"),
                ProbeResult.SKIPPED, new AdminResult(ProbeResult.allowed("AccessCheckResult Granted"),
                        ProbeResult.allowed("AccessCheckResult Granted")), false);

        assertEquals(Status.BREACH, result.status());
        assertContains(result.explanation(), "Test-ApplicationAccessPolicy grants it too");
    }

    @Test
    void canaryStillReadableWhileTheAdminTestAlreadyDeniesItIsPendingAndSaysTheAppCanReadIt() {
        TargetResult result = rbac.classify(Target.canary("ceo@contoso.com"), ProbeResult.allowed("200"),
                ProbeResult.SKIPPED, ADMIN_DENIES, false);

        assertEquals(Status.PENDING, result.status());
        assertContains(result.explanation(), "Until then the app CAN read this mailbox");
    }

    @Test
    void canaryReadableThroughAnUnscopedGrantIsABreachEvenThoughTheAdminTestDeniesIt() {
        TargetResult result = rbac.classify(Target.canary("ceo@contoso.com"), ProbeResult.allowed("200"),
                ProbeResult.SKIPPED, ADMIN_DENIES, true);

        assertEquals(Status.BREACH, result.status());
    }

    @Test
    void canaryThatDoesNotExistProvesNothingAndIsAnError() {
        TargetResult result = rbac.classify(Target.canary("nobody@contoso.com"), ProbeResult.notFound("404"),
                ProbeResult.SKIPPED, ADMIN_DENIES, false);

        assertEquals(Status.ERROR, result.status());
        assertContains(result.explanation(), "was not found");
    }

    @Test
    void entraCalendarPermissionInRbacModeIsABreachButNotUnderAnAccessPolicy() {
        List<String> breaches = rbac.tenantWideBreaches(Set.of("Calendars.ReadWrite", "Place.Read.All"), List.of());

        assertEquals(1, breaches.size());
        assertTrue(breaches.get(0).startsWith(
                "The app's token carries the Entra application permission Calendars.ReadWrite."));
        assertContains(breaches.get(0), "defeats the room scope");
        assertEquals(List.of(), new Classifier(AccessModel.APPLICATION_ACCESS_POLICY)
                .tenantWideBreaches(Set.of("Calendars.ReadWrite"), List.of()));
    }

    @Test
    void unrestrictedModelAndOrganizationWideAssignmentsAreBreaches() {
        assertContains(new Classifier(AccessModel.UNRESTRICTED).tenantWideBreaches(Set.of(), List.of()).get(0),
                "'unrestricted'");
        assertEquals(List.of("Role assignment 'cal-all' (Application Calendars.Read) over the whole organization:"
                        + " no management scope limits it to rooms. Give the assignment a -CustomResourceScope over"
                        + " the rooms, or remove it."),
                rbac.tenantWideBreaches(Set.of(), List.of("Role assignment 'cal-all' (Application Calendars.Read)")));
    }

    @Test
    void verdictIsTheWorstStatusAndBreachesOutrankEverything() {
        TargetResult ok = rbac.classify(Target.room("a@x.com"), ProbeResult.allowed("200"), ProbeResult.SKIPPED,
                ADMIN_GRANTS, false);
        TargetResult pending = rbac.classify(Target.room("b@x.com"), ProbeResult.denied("403"), ProbeResult.SKIPPED,
                ADMIN_GRANTS, false);
        TargetResult missing = rbac.classify(Target.room("c@x.com"), ProbeResult.denied("403"), ProbeResult.SKIPPED,
                ADMIN_DENIES, false);

        assertEquals(Verdict.PASS, Classifier.verdict(List.of(ok), List.of()));
        assertEquals(Verdict.PENDING, Classifier.verdict(List.of(ok, pending), List.of()));
        assertEquals(Verdict.INCOMPLETE, Classifier.verdict(List.of(ok, pending, missing), List.of()));
        assertEquals(Verdict.BREACH, Classifier.verdict(List.of(ok), List.of("unscoped grant")));
        assertEquals(Verdict.ERROR, Classifier.verdict(List.of(), List.of()));
    }
}
