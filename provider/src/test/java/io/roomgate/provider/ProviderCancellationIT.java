package io.roomgate.provider;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.testfixtures.ProviderPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's Cancel (on Ctrl-C) and each resource's customTimeouts, against the launched plugin while the
 * simulated Exchange is slow: the call in flight ends at once with an explicit status saying what state the object
 * may be in, and the next run adopts what a stopped create made.
 */
class ProviderCancellationIT extends ProviderAgainstSimulator {
    private final ExecutorService engineThreads = Executors.newCachedThreadPool();

    @AfterAll
    void stopEngineThreads() {
        engineThreads.shutdownNow();
    }

    long groupsWithAlias(String alias) {
        var simulated = tenant.simulator.tenant();
        return simulated.read(() -> simulated.recipients().stream()
                .filter(r -> r.kind == RecipientKind.MailUniversalSecurityGroup && alias.equalsIgnoreCase(r.alias))
                .count());
    }

    /** Waits (bounded) for something the simulator does on its own time, e.g. finish a request it was sleeping on. */
    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    Provider.CreateRequest create(String name, Struct inputs, double timeoutSeconds) {
        return Provider.CreateRequest.newBuilder().setUrn(ProviderClient.urn(GROUP, name)).setType(GROUP)
                .setName(name).setProperties(inputs).setTimeout(timeoutSeconds).build();
    }

    @Test
    void cancelAbortsACreateInFlightAndTheNextRunAdoptsWhatItMadeInsteadOfDuplicatingIt() throws Exception {
        String alias = "rg-cancelled";
        Struct inputs = client.checked(GROUP, "cancelled", struct("name", "Cancelled rooms", "alias", alias,
                "members", List.of(rooms.get(8))));
        long newGroupsBefore = tenant.simulator.traffic().calls("New-DistributionGroup");
        try (ProviderPlugin cancelled = ProviderPlugin.exec(directory, engine.address(),
                tenant.providerEnvironment())) {
            cancelled.configured(tenant.providerConfig());
            tenant.simulator.faults().latency(Duration.ofSeconds(8));
            Future<Provider.CreateResponse> pending = engineThreads.submit(
                    () -> cancelled.stub().create(create("cancelled", inputs, 0)));
            awaitTrue("the create reached Exchange",
                    () -> tenant.simulator.traffic().calls("New-DistributionGroup") > newGroupsBefore);

            cancelled.stub().cancel(Empty.getDefaultInstance());

            var failure = assertThrows(ExecutionException.class, () -> pending.get(60, TimeUnit.SECONDS));
            Status status = assertInstanceOf(StatusRuntimeException.class, failure.getCause()).getStatus();
            assertEquals(Status.Code.UNKNOWN, status.getCode(), status.toString());
            assertEquals("create of " + ProviderClient.urn(GROUP, "cancelled") + " stopped: the deployment was "
                    + "cancelled; New-DistributionGroup on 'Cancelled rooms' was in flight and may or may not have taken effect. Run "
                    + "`pulumi up` again: the create looks the object up first and adopts what this one made, never a "
                    + "second copy.", status.getDescription());

            var refused = assertThrows(StatusRuntimeException.class, () -> cancelled.stub().create(
                    create("after-cancel", client.checked(GROUP, "after-cancel", struct("name", "After cancel",
                            "alias", "rg-after-cancel")), 0)));
            assertEquals(Status.Code.CANCELLED, refused.getStatus().getCode(), "no Exchange call after Cancel");
        }
        // Exchange itself finishes what it was sent (the admin API has no cancel): the group appears a little later.
        awaitTrue("Exchange committed the cancelled create", () -> groupsWithAlias(alias) == 1);
        tenant.simulator.faults().clear();

        Provider.CreateResponse nextRun = client.create(GROUP, "cancelled", inputs, false);
        assertEquals(1, groupsWithAlias(alias), "adopted, not duplicated");
        assertEquals(tenant.byHand.findDistributionGroup(alias).orElseThrow().guid(), nextRun.getId());
        assertEquals(List.of(rooms.get(8).toLowerCase()), membersOf(nextRun.getId()));
        client.delete(GROUP, "cancelled", nextRun.getId(), nextRun.getProperties());
    }

    @Test
    void createThatOutlivesItsCustomTimeoutStopsNamingTheResourceTheTimeoutAndWhatToDo() {
        String alias = "rg-too-slow";
        Struct inputs = client.checked(GROUP, "too-slow", struct("name", "Too slow rooms", "alias", alias));
        long newGroupsBefore = tenant.simulator.traffic().calls("New-DistributionGroup");
        tenant.simulator.faults().latency(Duration.ofSeconds(5));

        var failure = assertThrows(StatusRuntimeException.class, () -> provider.stub().create(
                create("too-slow", inputs, 1.5)));
        assertEquals(Status.Code.DEADLINE_EXCEEDED, failure.getStatus().getCode(), failure.getStatus().toString());
        assertEquals("create of " + ProviderClient.urn(GROUP, "too-slow") + " stopped: it did not finish within its "
                + "timeout of 1.5 s (customTimeouts.create), before anything was changed in Exchange; the object is as"
                + " it was. Raise customTimeouts.create on the resource if Exchange is this slow, or run `pulumi up` "
                + "again.", failure.getStatus().getDescription());
        assertEquals(newGroupsBefore, tenant.simulator.traffic().calls("New-DistributionGroup"),
                "the deadline struck during the look-up, before the create was sent");

        tenant.simulator.faults().clear();
        Provider.CreateResponse created = provider.stub().create(create("too-slow", inputs, 60));
        assertEquals(1, groupsWithAlias(alias));
        client.delete(GROUP, "too-slow", created.getId(), created.getProperties());
    }
}
