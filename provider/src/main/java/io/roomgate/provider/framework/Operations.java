package io.roomgate.provider.framework;

import io.roomgate.provider.EngineLog;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Every operation in flight, so the engine's {@code Cancel} can stop them all, and each resource's custom timeout
 * stops its own: the shared part of cancellation and deadlines, written once for every handler.
 */
public final class Operations {
    private final EngineLog log;
    private final String service;
    private final Set<Operation> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "operation-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean cancelled;

    /** @param service what the operations call, in the admin's words (e.g. "Exchange") */
    public Operations(EngineLog log, String service) {
        this.log = log;
        this.service = service;
    }

    /**
     * Runs {@code work} as one operation of the engine on {@code urn}.
     *
     * @param timeoutSeconds the request's {@code timeout} (the resource's {@code customTimeouts}); 0 = none
     */
    public <T> T run(String urn, String step, double timeoutSeconds, Function<Operation, T> work) throws Exception {
        Operation operation = new Operation(urn, step, timeoutSeconds, log, service);
        active.add(operation);
        if (cancelled) {
            operation.stop(Operation.Stop.CANCELLED);
        }
        ScheduledFuture<?> deadline = timeoutSeconds > 0 ? deadlines.schedule(
                () -> operation.stop(Operation.Stop.TIMED_OUT), Math.round(timeoutSeconds * 1000),
                TimeUnit.MILLISECONDS) : null;
        try {
            return operation.run(() -> work.apply(operation));
        } finally {
            active.remove(operation);
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    /** The engine's {@code Cancel}: every operation in flight stops, and none that starts later calls the tenant. */
    public int cancelAll() {
        cancelled = true;
        int stopped = 0;
        for (Operation operation : active) {
            operation.stop(Operation.Stop.CANCELLED);
            stopped++;
        }
        return stopped;
    }
}
