package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifierTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final List<Duration> pauses = new ArrayList<>();

    private Verifier verifier(FakeTenant tenant, Verifier.Settings settings) {
        return new Verifier(tenant, tenant, settings, Progress.NONE, clock, pause -> {
            pauses.add(pause);
            clock.advance(pause);
        });
    }

    private static StackOutputs outputs(boolean write, String canary, String... rooms) {
        return new StackOutputs("tenant", "app", "secret", List.of(rooms), canary, AccessModel.RBAC, write, null,
                null);
    }

    @Test
    void allRoomsGrantedAndCanaryDeniedPasses() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").grantedRoom("b@x.com").deniedCanary("ceo@x.com");
        tenant.exchangeRooms = List.of("a@x.com", "b@x.com");

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS)
                .verify(outputs(true, "ceo@x.com", "a@x.com", "b@x.com"));

        assertEquals(Verdict.PASS, report.verdict());
        assertEquals(List.of("a@x.com", "b@x.com", "ceo@x.com"),
                report.results().stream().map(r -> r.target().address()).toList());
        assertEquals(List.of("a@x.com", "b@x.com"), tenant.writes.stream().sorted().toList(),
                "the canary is never written to");
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void readOnlyProfileWritesNoProbeEvent() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").deniedCanary("ceo@x.com");

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS).verify(outputs(false, "ceo@x.com", "a@x.com"));

        assertEquals(List.of(), tenant.writes);
        assertEquals(Outcome.SKIPPED, report.results().get(0).graphWrite().outcome());
    }

    @Test
    void roomsInTheTenantThatTheStackDoesNotCoverAreReported() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").deniedCanary("ceo@x.com");
        tenant.exchangeRooms = List.of("a@x.com", "Annex@x.com", "lab@x.com");

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS).verify(outputs(false, "ceo@x.com", "a@x.com"));

        assertEquals(List.of("annex@x.com", "lab@x.com"), report.uncoveredRooms());
        assertEquals(Verdict.PASS, report.verdict(), "a stack may cover some rooms on purpose");
        assertContains(String.join("\n", report.warnings()), "2 room mailbox(es) in the tenant are not among the stack's rooms");
    }

    @Test
    void waitPollsPendingRoomsWithBackOffUntilTheyPass() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").grantedRoom("b@x.com").deniedCanary("ceo@x.com");
        tenant.graphRead.put("b@x.com", ProbeResult.denied("403 ErrorAccessDenied"));
        var readsOfB = new AtomicInteger();
        var settles = T0.plus(Duration.ofMinutes(4));
        FakeTenant lagging = new FakeTenant() {
            @Override
            public ProbeResult readCalendar(String mailbox) {
                if (mailbox.equals("b@x.com")) {
                    readsOfB.incrementAndGet();
                    return clock.instant().isBefore(settles) ? ProbeResult.denied("403") : ProbeResult.allowed("200");
                }
                return tenant.readCalendar(mailbox);
            }
        };
        lagging.graphWrite.putAll(tenant.graphWrite);
        lagging.admin.putAll(tenant.admin);
        var settings = new Verifier.Settings(4, Duration.ofHours(2), Duration.ofSeconds(30), Duration.ofMinutes(5));

        Report report = verifier(lagging, settings).verify(outputs(true, "ceo@x.com", "a@x.com", "b@x.com"));

        assertEquals(Verdict.PASS, report.verdict());
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240)), pauses);
        assertEquals(5, report.rounds());
        assertEquals(5, readsOfB.get(), "only the pending room is probed again");
    }

    @Test
    void waitStopsAtTheDeadlineAndReportsPending() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").deniedCanary("ceo@x.com");
        tenant.graphRead.put("a@x.com", ProbeResult.denied("403"));
        var settings = new Verifier.Settings(4, Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(4));

        Report report = verifier(tenant, settings).verify(outputs(false, "ceo@x.com", "a@x.com"));

        assertEquals(Verdict.PENDING, report.verdict());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(3)), pauses, "the last pause ends at the deadline");
        assertEquals(Optional.of(AccessModel.RBAC.propagationText()), report.expectedWait());
    }

    @Test
    void withoutWaitAPendingRoomIsReportedAtOnce() throws Exception {
        var tenant = new FakeTenant().grantedRoom("a@x.com").deniedCanary("ceo@x.com");
        tenant.graphRead.put("a@x.com", ProbeResult.denied("403"));

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS).verify(outputs(false, "ceo@x.com", "a@x.com"));

        assertEquals(Verdict.PENDING, report.verdict());
        assertEquals(List.of(), pauses);
    }

    @Test
    void aProbeThatThrowsBecomesAnErrorRowAndTheOthersAreStillChecked() throws Exception {
        var tenant = new FakeTenant() {
            @Override
            public ProbeResult readCalendar(String mailbox) {
                if (mailbox.equals("a@x.com")) {
                    throw new IllegalStateException("connection reset");
                }
                return super.readCalendar(mailbox);
            }
        }.grantedRoom("a@x.com").grantedRoom("b@x.com").deniedCanary("ceo@x.com");

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS).verify(outputs(false, "ceo@x.com", "a@x.com", "b@x.com"));

        assertEquals(Verdict.ERROR, report.verdict());
        assertEquals(Status.ERROR, report.results().get(0).status());
        assertContains(report.results().get(0).explanation(), "IllegalStateException: connection reset");
        assertEquals(Status.OK, report.results().get(1).status());
    }

    @Test
    void anOrganizationWideAdminTestThatFailsIsReportedAsNotCheckedWhileEveryMailboxIsStillChecked() throws Exception {
        var tenant = new FakeTenant() {
            @Override
            public List<String> organizationWideCalendarAssignments() {
                throw new VerifyException("Test-ServicePrincipalAuthorization for app app failed: the admin app lacks"
                        + " the Exchange Administrator role");
            }
        }.grantedRoom("a@x.com").grantedRoom("b@x.com").deniedCanary("ceo@x.com");

        Report report = verifier(tenant, Verifier.Settings.DEFAULTS).verify(outputs(false, "ceo@x.com", "a@x.com", "b@x.com"));

        assertEquals(List.of(Status.OK, Status.OK, Status.OK), report.results().stream().map(TargetResult::status).toList());
        assertEquals(1, report.notChecked().size(), report.notChecked().toString());
        assertContains(report.notChecked().get(0), "over the whole organization",
                "Test-ServicePrincipalAuthorization for app app failed: the admin app lacks the Exchange Administrator role");
        assertEquals(Verdict.ERROR, report.verdict(), "a safety check that could not run is no PASS");
        assertContains(ReportRenderer.TABLE.render(report), "Not checked:", "lacks the Exchange Administrator role");
        assertContains(ReportRenderer.MARKDOWN.render(report), "## Not checked", "lacks the Exchange Administrator role");
        assertContains(ReportRenderer.JSON.render(report), "\"notChecked\": [", "lacks the Exchange Administrator role");
    }

    @Test
    void neverProbesMoreMailboxesAtOnceThanTheBound() throws Exception {
        var inFlight = new AtomicInteger();
        var most = new AtomicInteger();
        var tenant = new FakeTenant() {
            @Override
            public ProbeResult readCalendar(String mailbox) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.onSpinWait();
                    return super.readCalendar(mailbox);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        var rooms = new ArrayList<String>();
        for (int i = 0; i < 200; i++) {
            rooms.add("room" + i + "@x.com");
            tenant.grantedRoom("room" + i + "@x.com");
        }
        tenant.deniedCanary("ceo@x.com");

        Report report = verifier(tenant, new Verifier.Settings(3, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1))).verify(outputs(false, "ceo@x.com", rooms.toArray(String[]::new)));

        assertEquals(Verdict.PASS, report.verdict());
        assertEquals(201, tenant.reads.get());
        assertTrue(most.get() <= 3, "at most 3 in flight, saw " + most.get());
    }
}
