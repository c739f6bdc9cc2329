package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomgate.exchange.TlsTrust;
import io.roomgate.localtenant.graph.CalendarStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe event is deleted whatever fails on the way, and one that cannot be is reported with its id. */
class ProbeCleanupTest {
    private static SimulatedTenant tenant;
    private static GraphSdkProbes graph;
    private static String room;

    @BeforeAll
    static void start() {
        tenant = new SimulatedTenant(4).rbacScope("RecipientTypeDetails -eq 'RoomMailbox'");
        var app = new PlatformApp(tenant.sim.tenantId(), tenant.platformAppId(), tenant.sim.platformApp().clientSecret(),
                null, URI.create(tenant.sim.authorityHost()));
        TlsTrust trust = TlsTrust.fromPem(tenant.certificatePem);
        graph = GraphSdkProbes.connect(app.credential(trust), URI.create(tenant.sim.graphEndpoint()),
                "https://graph.microsoft.com", trust, tenant.simulatedClock());
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    @AfterEach
    void clearFaults() {
        tenant.graph.faults().clear();
    }

    /** Each test writes to a room of its own building, so one test's leftover cannot hide another's. */
    private static String room(String building) {
        return tenant.rooms(building).get(0);
    }

    private static List<CalendarStore.StoredEvent> eventsOf(String room) {
        String guid = tenant.sim.tenant().read(() -> tenant.sim.tenant().resolveRecipients(room).get(0).guid);
        return tenant.graph.calendars().events(guid);
    }

    @Test
    void aFailedDeleteIsTriedAgainUntilTheProbeIsGone() {
        String room = room("ams");
        // 500 is not among the statuses the Graph SDK retries by itself, so the second attempt is the probe's own.
        tenant.graph.faults().failNext("DELETE", "/users/[^/]+/events/.+", 1, 500);

        ProbeResult result = graph.writeProbeEvent(room);

        assertEquals(Outcome.ALLOWED, result.outcome(), result.detail());
        assertEquals(List.of(), eventsOf(room));
    }

    @Test
    void failureReadingTheProbeBackStillDeletesIt() {
        String room = room("ber");
        tenant.graph.faults().failNext("GET", "/users/[^/]+/events/.+", 1, 500);

        ProbeResult result = graph.writeProbeEvent(room);

        assertEquals(Outcome.FAILED, result.outcome());
        assertContains(result.detail(), "the probe event was created, but reading it back failed", "500");
        assertEquals(List.of(), eventsOf(room));
    }

    @Test
    void createWhoseResponseWasLostIsFoundByItsTransactionIdAndDeleted() {
        String room = room("chi");
        tenant.graph.faults().failAfterCommit("POST", "/users/[^/]+/events", 1, 500);

        ProbeResult result = graph.writeProbeEvent(room);

        assertEquals(Outcome.FAILED, result.outcome(), "a create that answered 500 did not prove write access");
        assertContains(result.detail(), "POST /users/" + room + "/events: 500");
        assertEquals(List.of(), eventsOf(room), "the event the lost response created is gone");
    }

    @Test
    void probeEventThatCannotBeDeletedIsReportedWithItsIdForTheAdmin() {
        String room = room("den");
        tenant.graph.faults().failNext("DELETE", "/users/[^/]+/events/.+", 3, 500);

        ProbeResult result = graph.writeProbeEvent(room);

        List<CalendarStore.StoredEvent> left = eventsOf(room);
        assertEquals(1, left.size());
        assertEquals(Outcome.FAILED, result.outcome());
        assertContains(result.detail(), "the probe event " + left.get(0).id() + " in " + room
                + " could not be deleted", "delete '" + GraphSdkProbes.PROBE_SUBJECT + "'");
        assertEquals(GraphSdkProbes.PROBE_SUBJECT, left.get(0).json().get("subject").getAsString());
        assertEquals("free", left.get(0).json().get("showAs").getAsString());
        assertTrue(left.get(0).start().isAfter(Clock.systemUTC().instant().plus(GraphSdkProbes.PROBE_LEAD)
                .minus(Duration.ofDays(1))), "the probe sits about ten years ahead, where nobody books");
    }
}
