package io.roomgate.provider.framework;

import io.roomgate.provider.EngineLog;

import java.util.function.BooleanSupplier;

/**
 * The one operation a handler is performing: which resource, where its progress goes, and whether the engine has
 * asked us to stop.
 */
public final class Operation {
    private final String urn;
    private final EngineLog log;
    private final BooleanSupplier cancelled;

    public Operation(String urn, EngineLog log, BooleanSupplier cancelled) {
        this.urn = urn;
        this.log = log;
        this.cancelled = cancelled;
    }

    public String urn() {
        return urn;
    }

    /** Progress the admin sees next to the resource (what is being changed, what we are waiting for). */
    public void info(String message) {
        log.info(urn, message);
    }

    /** Something the admin should act on or know about (propagation delays, settings left as they are). */
    public void warning(String message) {
        log.warning(urn, message);
    }

    public void debug(String message) {
        log.debug(urn, message);
    }

    /** Stops between steps once the engine has cancelled the run. */
    public void checkNotCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new ProviderException(io.grpc.Status.Code.CANCELLED,
                    "the deployment was cancelled; " + urn + " was left as it was before this step");
        }
    }
}
