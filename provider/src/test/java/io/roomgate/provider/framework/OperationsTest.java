package io.roomgate.provider.framework;

import io.grpc.Status;
import io.roomgate.provider.EngineLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancel and custom timeouts, shared by every handler: what stops, how fast, and what the engine is told. */
class OperationsTest {
    private static final String URN = "urn:pulumi:dev::roomgate::exchangeonline:index:MailEnabledSecurityGroup::rooms";
    private final Operations operations = new Operations(EngineLog.toStderr(), "Exchange");
    private final ExecutorService engine = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    /** A call to the tenant as the client makes it: a blocking wait that an interrupt ends. */
    private static String slowCall(Operation operation, String call, boolean changes, CountDownLatch started) {
        operation.beforeCall(call, changes);
        started.countDown();
        try {
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        } catch (InterruptedException interrupted) {
            throw new RuntimeException("no response: interrupted", interrupted);
        }
        operation.answered();
        return "answered";
    }

    private Future<String> inFlight(String step, double timeout, String call, boolean changes, CountDownLatch started) {
        return engine.submit(() -> operations.run(URN, step, timeout, op -> slowCall(op, call, changes, started)));
    }

    private static ProviderException failureOf(Future<?> pending) {
        var failure = assertThrows(ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(ProviderException.class, failure.getCause());
    }

    @Test
    void cancelAbortsAReadInFlightAndSaysNothingWasChanged() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> pending = inFlight("refresh", 0, "Get-DistributionGroup on 'rooms'", false, started);
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertEquals(1, operations.cancelAll());
        ProviderException failure = failureOf(pending);
        assertEquals(Status.Code.CANCELLED, failure.code());
        assertEquals("refresh of " + URN + " stopped: the deployment was cancelled, before anything was changed in "
                + "Exchange; the object is as it was. Run `pulumi up` again.", failure.getMessage());
    }

    @Test
    void cancelDuringACreateWriteReportsAnUnknownOutcomeThatTheNextRunAdopts() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> pending = inFlight("create", 0, "New-DistributionGroup", true, started);
        assertTrue(started.await(30, TimeUnit.SECONDS));
        operations.cancelAll();
        ProviderException failure = failureOf(pending);
        assertEquals(Status.Code.UNKNOWN, failure.code());
        assertEquals("create of " + URN + " stopped: the deployment was cancelled; New-DistributionGroup was in flight"
                + " and may or may not have taken effect. Run `pulumi up` again: the create looks the object up first"
                + " and adopts what this one made, never a second copy.", failure.getMessage());
    }

    @Test
    void customTimeoutStopsTheOperationNamingTheResourceTheTimeoutAndTheFix() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ProviderException failure = failureOf(inFlight("delete", 0.2, "Get-ManagementScope on 'rooms'", false, started));
        assertEquals(Status.Code.DEADLINE_EXCEEDED, failure.code());
        assertEquals("delete of " + URN + " stopped: it did not finish within its timeout of 0.2 s "
                + "(customTimeouts.delete), before anything was changed in Exchange; the object is as it was. Raise "
                + "customTimeouts.delete on the resource if Exchange is this slow, or run `pulumi up` again.",
                failure.getMessage());
    }

    @Test
    void afterCancelNoFurtherCallToTheTenantStarts() throws Exception {
        operations.cancelAll();
        ProviderException failure = assertThrows(ProviderException.class, () -> operations.run(URN, "create", 0,
                op -> {
                    op.beforeCall("Get-DistributionGroup on 'rooms'", false);
                    throw new AssertionError("the call started after Cancel");
                }));
        assertEquals(Status.Code.CANCELLED, failure.code());
    }

    @Test
    void aCreateStoppedAfterItsObjectExistsIsReportedWithItsIdAsPartial() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> pending = engine.submit(() -> operations.run(URN, "create", 0, op -> {
            try {
                return slowCall(op, "Add-DistributionGroupMember on 'g-1'", true, started);
            } catch (RuntimeException e) {
                throw new PartialCreateException("g-1", null, "group rooms exists but its members are not complete", e);
            }
        }));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        operations.cancelAll();
        var failure = assertThrows(ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
        PartialCreateException partial = assertInstanceOf(PartialCreateException.class, failure.getCause());
        assertEquals("g-1", partial.id());
        assertEquals("create stopped: the deployment was cancelled, before its settings or members were complete; "
                + "run `pulumi up` again to finish it", partial.getMessage());
    }

    @Test
    void aStopDoesNotLeakAnInterruptIntoTheThreadsNextCall() throws Exception {
        var single = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            Future<String> pending = single.submit(() -> operations.run(URN, "update", 0,
                    op -> slowCall(op, "Set-DistributionGroup on 'rooms'", true, started)));
            assertTrue(started.await(30, TimeUnit.SECONDS));
            operations.cancelAll();
            assertEquals(Status.Code.UNKNOWN, failureOf(pending).code());
            assertFalse(single.submit(() -> Thread.currentThread().isInterrupted()).get(30, TimeUnit.SECONDS));
        } finally {
            single.shutdownNow();
        }
    }
}
