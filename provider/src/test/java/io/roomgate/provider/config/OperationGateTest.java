package io.roomgate.provider.config;

import io.grpc.Status;
import io.roomgate.exchange.Cmdlet;
import io.roomgate.exchange.CmdletResult;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Warnings;
import io.roomgate.provider.EngineLog;
import io.roomgate.provider.framework.Operations;
import io.roomgate.provider.framework.ProviderException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate every Exchange call of an operation passes: what a stop does to a call in flight and to the next one. */
class OperationGateTest {
    private static final String URN = "urn:pulumi:dev::roomgate::exchangeonline:index:ManagementScope::rooms";
    private static final Cmdlet NEW_SCOPE = Cmdlet.named("New-ManagementScope").with("Name", "rooms").build();

    @Test
    void aWriteInterruptedByCancelFailsAsTheCancelAndTheClientMakesNoFurtherCall() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        // As InvokeCommandClient reports an interrupted write: a lost response of unknown outcome.
        OperationGate gate = new OperationGate(cmdlet -> {
            calls.incrementAndGet();
            sent.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                return new CmdletResult(List.of(), Warnings.none());
            } catch (InterruptedException e) {
                throw new ExchangeException(ExchangeException.Kind.OUTCOME_UNKNOWN, cmdlet.name(), cmdlet.name()
                        + " was sent but no response arrived");
            }
        });
        Operations operations = new Operations(EngineLog.toStderr(), "Exchange");
        var engine = Executors.newSingleThreadExecutor();
        try {
            var pending = engine.submit(() -> operations.run(URN, "create", 0, operation -> {
                try {
                    return gate.invoke(NEW_SCOPE);
                } catch (ExchangeException lost) {
                    return gate.invoke(Cmdlet.named("Get-ManagementScope").with("Identity", "rooms").build());
                }
            }));
            assertTrue(sent.await(30, TimeUnit.SECONDS));
            operations.cancelAll();
            var failure = assertThrows(ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
            ProviderException stopped = assertInstanceOf(ProviderException.class, failure.getCause());
            assertEquals(Status.Code.UNKNOWN, stopped.code());
            assertTrue(stopped.getMessage().contains("New-ManagementScope on 'rooms' was in flight and may or may not have taken "
                    + "effect"), stopped.getMessage());
            assertEquals(1, calls.get(), "no look-up or replay after the cancel");
        } finally {
            engine.shutdownNow();
        }
    }

    @Test
    void callsOutsideAnyOperationPassStraightThrough() {
        CmdletResult answer = new CmdletResult(List.of(), Warnings.none());
        assertEquals(answer, new OperationGate(cmdlet -> answer).invoke(NEW_SCOPE));
    }
}
