package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.localtenant.tenant.RecipientKind;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same lifecycles with Exchange misbehaving as it does: throttling, 5xx, lost responses, replication lag. */
class ProviderUnderFaultsIT extends ProviderAgainstSimulator {

    long groupsWithAlias(String alias) {
        var simulated = tenant.simulator.tenant();
        return simulated.read(() -> simulated.recipients().stream()
                .filter(r -> r.kind == RecipientKind.MailUniversalSecurityGroup && alias.equalsIgnoreCase(r.alias))
                .count());
    }

    @Test
    void groupLivesThroughThrottlingAndServerErrorsWithoutFailingAStep() {
        tenant.simulator.faults().throttleAfter(2, 3, Duration.ofSeconds(1)).failNext("Get-DistributionGroupMember", 2, 503)
                .failNext("Add-DistributionGroupMember", 1, 500);
        String alias = "rg-throttled";
        liveThroughEveryStep(ProviderLifecycleIT.GROUP, "throttled",
                struct("name", "Throttled rooms", "alias", alias, "members", List.of(rooms.get(0))),
                struct("name", "Throttled rooms", "alias", alias, "members", List.of(rooms.get(0), rooms.get(1))),
                () -> tenant.byHand.removeDistributionGroupMember(alias, rooms.get(1)),
                "members",
                live -> assertEquals(1, groupsWithAlias(alias)),
                true);
        assertTrue(tenant.simulator.traffic().throttledCalls() >= 3, "the throttle was hit");
        assertTrue(engine.logs().stream().anyMatch(l -> l.getMessage().startsWith("Exchange: ")
                        && l.getMessage().contains("HTTP 429") && l.getMessage().contains("Retry-After")),
                "the admin sees the throttling waits");
        assertTrue(engine.logs().stream().noneMatch(l -> l.getMessage().contains(tenant.simulator.deployerApp().clientSecret())));
    }

    @Test
    void createWhoseResponseIsLostAfterCommitAdoptsTheObjectInsteadOfDuplicatingIt() {
        tenant.simulator.faults().dropResponseAfterCommit("New-DistributionGroup", 1)
                .dropResponseAfterCommit("New-ManagementScope", 1)
                .dropResponseAfterCommit("Add-MailboxFolderPermission", 1);
        Struct group = client.checked(ProviderLifecycleIT.GROUP, "lost", struct("name", "Lost response",
                "alias", "rg-lost", "members", List.of(rooms.get(2))));
        Provider.CreateResponse created = client.create(ProviderLifecycleIT.GROUP, "lost", group, false);
        assertEquals(1, groupsWithAlias("rg-lost"));
        assertEquals(List.of(rooms.get(2).toLowerCase()), membersOf(created.getId()));

        Struct scope = client.checked(ProviderLifecycleIT.SCOPE, "lost-scope", struct("name", "rg-lost-scope",
                "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'"));
        assertEquals("rg-lost-scope", client.create(ProviderLifecycleIT.SCOPE, "lost-scope", scope, false).getId());

        String folder = rooms.get(3) + ":\\Calendar";
        Struct permission = client.checked(ProviderLifecycleIT.FOLDER_PERMISSION, "lost-folder", struct(
                "identity", folder, "user", user("diegos"), "accessRights", List.of("Reviewer")));
        client.create(ProviderLifecycleIT.FOLDER_PERMISSION, "lost-folder", permission, false);
        assertEquals(List.of("Reviewer"), tenant.byHand.findMailboxFolderPermission(folder, user("diegos"))
                .orElseThrow().accessRights());

        client.delete(ProviderLifecycleIT.GROUP, "lost", created.getId(), created.getProperties());
        client.delete(ProviderLifecycleIT.SCOPE, "lost-scope", "rg-lost-scope", scope);
    }

    @Test
    void replicationLagRightAfterCreateIsWaitedOutNotReadAsGone() {
        tenant.simulator.faults().replicationLag(Duration.ofSeconds(2));
        Struct inputs = client.checked(ProviderLifecycleIT.GROUP, "lagging", struct("name", "Lagging rooms",
                "alias", "rg-lagging", "members", List.of(rooms.get(4), rooms.get(5))));
        Provider.CreateResponse created = client.create(ProviderLifecycleIT.GROUP, "lagging", inputs, false);
        Provider.ReadResponse refreshed = client.read(ProviderLifecycleIT.GROUP, "lagging", created.getId(),
                created.getProperties(), inputs);
        assertEquals(created.getId(), refreshed.getId(), "a just-created group must not be reported gone");
        assertEquals(1, groupsWithAlias("rg-lagging"));
        assertTrue(engine.messagesFor(ProviderClient.urn(ProviderLifecycleIT.GROUP, "lagging")).stream()
                .anyMatch(m -> m.contains("up to an hour")), "the admin is told about propagation");
        client.delete(ProviderLifecycleIT.GROUP, "lagging", created.getId(), refreshed.getProperties());
    }

    @Test
    void aThrottledRefreshIsAnErrorNeverAGoneResource() {
        String room = rooms.get(6);
        Struct inputs = client.checked(ProviderLifecycleIT.CALENDAR, "failing", struct("identity", room,
                "allowConflicts", false));
        Provider.CreateResponse created = client.create(ProviderLifecycleIT.CALENDAR, "failing", inputs, false);
        tenant.simulator.faults().throttleAfter(0, 50, Duration.ofSeconds(1));
        var failure = org.junit.jupiter.api.Assertions.assertThrows(io.grpc.StatusRuntimeException.class,
                () -> client.read(ProviderLifecycleIT.CALENDAR, "failing", created.getId(), created.getProperties(), inputs));
        assertEquals(io.grpc.Status.Code.RESOURCE_EXHAUSTED, failure.getStatus().getCode());
        assertTrue(failure.getStatus().getDescription().contains("maxConcurrency"), failure.getStatus().getDescription());
        tenant.simulator.faults().clear();
        assertEquals(false, tenant.byHand.getCalendarProcessing(room).allowConflicts());
    }

    @Test
    void manyResourcesCreatedAtOnceAllSucceedWithinTheTenantsConcurrencyBound() throws Exception {
        tenant.simulator.faults().concurrencyLimit(4).latency(Duration.ofMillis(20));
        tenant.simulator.traffic().reset();
        int count = 24;
        ExecutorService engineThreads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Provider.CreateResponse>> creates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "parallel-" + i;
                Struct inputs = client.checked(ProviderLifecycleIT.GROUP, name, struct("name", "Parallel " + i,
                        "alias", "rg-parallel-" + i, "members", List.of(rooms.get(i % rooms.size()))));
                creates.add(engineThreads.submit(() -> client.create(ProviderLifecycleIT.GROUP, name, inputs, false)));
            }
            List<Provider.CreateResponse> created = new ArrayList<>();
            for (Future<Provider.CreateResponse> create : creates) {
                created.add(create.get(5, TimeUnit.MINUTES));
            }
            for (int i = 0; i < count; i++) {
                assertFalse(created.get(i).getId().isEmpty());
                assertEquals(1, groupsWithAlias("rg-parallel-" + i));
                assertEquals(List.of(rooms.get(i % rooms.size()).toLowerCase()), membersOf(created.get(i).getId()));
            }
            assertEquals(0, tenant.simulator.traffic().concurrencyRefusals(),
                    "the provider keeps within the tenant's concurrency bound");
            assertTrue(tenant.simulator.traffic().maxConcurrentRequests() <= 4,
                    "max in flight " + tenant.simulator.traffic().maxConcurrentRequests());
            List<Future<?>> deletes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Provider.CreateResponse done = created.get(i);
                String name = "parallel-" + i;
                deletes.add(engineThreads.submit(() -> client.delete(ProviderLifecycleIT.GROUP, name, done.getId(),
                        done.getProperties())));
            }
            for (Future<?> delete : deletes) {
                delete.get(5, TimeUnit.MINUTES);
            }
            for (int i = 0; i < count; i++) {
                assertEquals(0, groupsWithAlias("rg-parallel-" + i));
            }
        } finally {
            engineThreads.shutdownNow();
        }
    }

    @Test
    void calendarSettingsSurviveAFlakyServiceAndStayAsDeclared() {
        tenant.simulator.faults().failNext("Set-CalendarProcessing", 2, 502);
        String room = rooms.get(7);
        Struct inputs = client.checked(ProviderLifecycleIT.CALENDAR, "flaky", struct("identity", room,
                "processExternalMeetingMessages", true, "maximumDurationInMinutes", 240));
        client.create(ProviderLifecycleIT.CALENDAR, "flaky", inputs, false);
        CalendarProcessingSettings settings = tenant.byHand.getCalendarProcessing(room);
        assertEquals(true, settings.processExternalMeetingMessages());
        assertEquals(240, settings.maximumDurationInMinutes());
    }
}
