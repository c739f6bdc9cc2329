package io.roomgate.provider.framework;

import io.grpc.Status;
import io.roomgate.provider.EngineLog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The one operation a handler is performing: which resource and step, where its progress goes, and whether it must
 * stop because the engine cancelled the run or the resource's {@code customTimeouts} ran out. Lower layers find it
 * with {@link #current()} and pass each call to the tenant through {@link #beforeCall}; a stop interrupts the
 * thread, so a call in flight, a retry's wait or a replication wait ends at once, and no further call starts.
 */
public final class Operation {
    /** Why an operation stops before it is done. */
    public enum Stop { CANCELLED, TIMED_OUT }

    private static final ThreadLocal<Operation> CURRENT = new ThreadLocal<>();

    private final String urn;
    private final String step;
    private final double timeoutSeconds;
    private final EngineLog log;
    private final String service;
    private final List<String> changesSent = new ArrayList<>();
    private Stop stop;
    private Thread thread;
    private String inFlight;

    /** An operation with no timeout, e.g. for a handler driven directly. */
    public Operation(String urn, EngineLog log) {
        this(urn, "operation", 0, log, "the service");
    }

    /**
     * @param step           what the engine asked for, in the admin's words: "create", "update", "delete", "refresh"
     * @param timeoutSeconds the resource's custom timeout for this step ({@code customTimeouts}), 0 for none
     * @param service        what the calls go to, in the admin's words (e.g. "Exchange"), for what a stop reports
     */
    public Operation(String urn, String step, double timeoutSeconds, EngineLog log, String service) {
        this.urn = urn;
        this.step = step;
        this.timeoutSeconds = timeoutSeconds;
        this.log = log;
        this.service = service;
    }

    /** The operation the current thread is performing, if any. */
    public static Optional<Operation> current() {
        return Optional.ofNullable(CURRENT.get());
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

    /** Stops between steps once the operation has been cancelled or has run out of time. */
    public void checkNotStopped() {
        if (stopped()) {
            throw new Stopped(null);
        }
    }

    /**
     * Before a call to the tenant: refuses it once the operation is stopped, and remembers a call that changes
     * something (its outcome decides what a stop reports).
     *
     * @param call    e.g. "New-DistributionGroup on 'rooms'"
     * @param changes false for reads
     */
    public synchronized void beforeCall(String call, boolean changes) {
        if (stop != null) {
            throw new Stopped(null);
        }
        inFlight = call;
        if (changes) {
            changesSent.add(call);
        }
    }

    /** The call to the tenant was answered: its outcome is known to whoever made it. */
    public synchronized void answered() {
        inFlight = null;
    }

    public synchronized boolean stopped() {
        return stop != null;
    }

    /** Stops the operation: no further call starts, and the one in flight is interrupted. */
    public synchronized void stop(Stop why) {
        if (stop == null) {
            stop = why;
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Runs the handler's work as this operation on the current thread; a stop becomes the error the engine sees. */
    <T> T run(Callable<T> work) throws Exception {
        synchronized (this) {
            thread = Thread.currentThread();
        }
        CURRENT.set(this);
        try {
            return work.call();
        } catch (Exception | Error failure) {
            if (stopped()) {
                throw stoppedFailure(failure);
            }
            throw failure;
        } finally {
            CURRENT.remove();
            synchronized (this) {
                thread = null;
                // A stop that raced the end of the work must not interrupt whatever this pooled thread does next.
                Thread.interrupted();
            }
        }
    }

    /** What the engine is told when the operation was stopped: what state the object may be in, and what to do. */
    synchronized RuntimeException stoppedFailure(Throwable failure) {
        String why = stop == Stop.CANCELLED ? "the deployment was cancelled"
                : "it did not finish within its timeout of " + seconds() + " s (customTimeouts." + step + ")";
        String todo = stop == Stop.CANCELLED ? "run `pulumi up` again" : "raise customTimeouts." + step
                + " on the resource if " + service + " is this slow, or run `pulumi up` again";
        String todoSentence = Character.toUpperCase(todo.charAt(0)) + todo.substring(1);
        if (failure instanceof PartialCreateException partial) {
            return new PartialCreateException(partial.id(), partial.state(), step + " stopped: " + why
                    + ", before its settings or members were complete; " + todo + " to finish it", null);
        }
        if (changesSent.isEmpty()) {
            return new ProviderException(stop == Stop.CANCELLED ? Status.Code.CANCELLED : Status.Code.DEADLINE_EXCEEDED,
                    step + " of " + urn + " stopped: " + why + ", before anything was changed in " + service + "; the object is"
                            + " as it was. " + todoSentence + ".");
        }
        String last = changesSent.get(changesSent.size() - 1);
        String state = last.equals(inFlight) ? last + " was in flight and may or may not have taken effect"
                : "it had sent " + String.join(", ", changesSent.stream().distinct().toList()) + " to " + service + " and not"
                + " done the rest";
        // UNKNOWN: the engine must not take the object's state as unchanged.
        return new ProviderException(Status.Code.UNKNOWN, step + " of " + urn + " stopped: " + why + "; " + state
                + ". " + todoSentence + afterwards(), failure);
    }

    private String afterwards() {
        return switch (step) {
            case "create" -> ": the create looks the object up first and adopts what this one made, never a second copy.";
            case "update" -> ": the update reads what " + service + " has and completes the change.";
            case "delete" -> ": deleting an object that is already gone succeeds.";
            default -> ".";
        };
    }

    private String seconds() {
        return BigDecimal.valueOf(timeoutSeconds).stripTrailingZeros().toPlainString();
    }

    /** Thrown where the operation notices it is stopped; {@link #run} turns it into the error the engine sees. */
    public static final class Stopped extends RuntimeException {
        public Stopped(Throwable cause) {
            super("the operation was stopped", cause);
        }
    }
}
