package io.roomgate.exchange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.roomgate.exchange.ExchangeException.Kind;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The layer around the invoker that settles what Exchange leaves unsettled, so the typed operations above it stay
 * one cmdlet each. Exchange replicates new objects for minutes and loses responses of writes that committed, so:
 * <ul>
 *   <li>a "not found" that names an object created moments ago is waited out as replication lag;</li>
 *   <li>an {@code Add-*} or {@code Remove-*} whose outcome is unknown is sent again, and "already there" (add) or
 *       "not found" (remove) to the replay means an earlier attempt landed: done;</li>
 *   <li>a create whose outcome is unknown looks the object up before each replay and adopts it when there, and
 *       "already exists" to a replay adopts what an earlier attempt made ({@link #create}).</li>
 * </ul>
 * Replays are bounded by the client's retry budget and back-off; a stop (interrupt) while an outcome is unknown
 * reports the unknown outcome, never "nothing changed".
 */
final class WriteSettling implements CmdletInvoker {
    private static final System.Logger LOG = System.getLogger("io.roomgate.exchange");
    private static final Duration LONGEST_LAG_PAUSE = Duration.ofSeconds(15);
    /** The parameters of a create that name the object it makes. */
    private static final List<String> REQUESTED_NAMES =
            List.of("Name", "Alias", "PrimarySmtpAddress", "ObjectId", "AppId", "Identity", "DisplayName");
    /** The properties of a created object that later calls may name it by. */
    private static final List<String> CREATED_NAMES =
            List.of("Name", "Identity", "Guid", "DistinguishedName", "PrimarySmtpAddress");

    private final CmdletInvoker next;
    private final ReplicationWindow recentlyCreated;
    private final Duration lagBaseDelay;
    private final ExchangeRetryStrategy replays;

    WriteSettling(CmdletInvoker next, ExchangeClientOptions options) {
        this(next, options, Clock.systemUTC());
    }

    WriteSettling(CmdletInvoker next, ExchangeClientOptions options, Clock clock) {
        this.next = next;
        this.recentlyCreated = new ReplicationWindow(options.replicationWait(), clock);
        this.lagBaseDelay = options.retryBaseDelay();
        this.replays = ExchangeRetryStrategy.forWrites(options);
    }

    /** One cmdlet; {@code Add-*} and {@code Remove-*} are settled, every other cmdlet is sent as it is. */
    @Override
    public CmdletResult invoke(Cmdlet cmdlet) {
        if (cmdlet.name().startsWith("Add-")) {
            return add(cmdlet);
        }
        if (cmdlet.name().startsWith("Remove-")) {
            return remove(cmdlet);
        }
        return call(cmdlet);
    }

    /**
     * A create that never duplicates: the object it made, whether answered, read back, or found by {@code lookup}
     * after a lost response (looked up before each replay; on "already exists" to a replay, what an earlier attempt
     * made). The object's names are then waited on as replication lag for a while.
     *
     * @param lookup finds the object this create would have made (through this layer), empty when it is not there
     */
    JsonObject create(Cmdlet cmdlet, Supplier<Optional<JsonObject>> lookup) {
        JsonObject created = settle(cmdlet, "looking the object up first", () -> createdObject(cmdlet, lookup),
                () -> lookup.get().orElseGet(() -> {
                    try {
                        return createdObject(cmdlet, lookup);
                    } catch (ExchangeException replay) {
                        if (!replay.is(Kind.ALREADY_EXISTS)) {
                            throw replay;
                        }
                        // An earlier attempt landed but was not visible yet: wait for it under its requested names.
                        recentlyCreated.remember(requestedNames(cmdlet));
                        return lookup.get().orElseThrow(() -> replay);
                    }
                }));
        recentlyCreated.remember(Stream.concat(Stream.of(requestedNames(cmdlet)),
                CREATED_NAMES.stream().map(created::get).filter(WriteSettling::isText).map(JsonElement::getAsString))
                .toArray(String[]::new));
        return created;
    }

    private JsonObject createdObject(Cmdlet cmdlet, Supplier<Optional<JsonObject>> lookup) {
        JsonObject answered = call(cmdlet).single();
        if (answered != null) {
            return answered;
        }
        // Some creates answer with no object; read it back (under its requested names, so lag is waited out).
        recentlyCreated.remember(requestedNames(cmdlet));
        return lookup.get().orElseThrow(() -> new ExchangeException(Kind.FAILED, cmdlet.name(), cmdlet.name()
                + " succeeded but the new object could not be read back; run again to adopt it."));
    }

    /** An add whose outcome is unknown is sent again; "already a member/entry" then means an earlier one landed. */
    private CmdletResult add(Cmdlet cmdlet) {
        return settle(cmdlet, "'already there' will then mean an earlier attempt landed", () -> call(cmdlet),
                () -> replayed(cmdlet, ExchangeException::meansPresent, "already there"));
    }

    /** A removal whose outcome is unknown is sent again; "not found / not a member" then means an earlier one landed. */
    private CmdletResult remove(Cmdlet cmdlet) {
        CmdletResult removed = settle(cmdlet, "'not found' will then mean an earlier attempt landed",
                () -> call(cmdlet), () -> {
                    // An earlier attempt may have landed: from now on "not found" means done, not replication lag.
                    recentlyCreated.forget(cmdlet.identity());
                    return replayed(cmdlet, ExchangeException::meansAbsent, "already gone");
                });
        recentlyCreated.forget(cmdlet.identity());
        return removed;
    }

    /** A replay of an idempotent write: an answer saying its effect is already there means an earlier attempt landed. */
    private CmdletResult replayed(Cmdlet cmdlet, Predicate<ExchangeException> landed, String state) {
        try {
            return call(cmdlet);
        } catch (ExchangeException replay) {
            if (!landed.test(replay)) {
                throw replay;
            }
            LOG.log(Level.INFO, () -> cmdlet.describe() + ": " + state + " when sent again, so an earlier attempt landed");
            return new CmdletResult(List.of(), Warnings.none());
        }
    }

    /**
     * Runs {@code first}; while the write's outcome is unknown (a 5xx or a lost response after the request left),
     * waits the client's back-off and runs {@code replay}, at most {@code maxRetries} times. Each replay decides what
     * Exchange's answer means for an operation that may already have landed (a removal's "not found" is done).
     */
    private <T> T settle(Cmdlet cmdlet, String replaying, Supplier<T> first, Supplier<T> replay) {
        ExchangeException unknown;
        try {
            return first.get();
        } catch (ExchangeException failure) {
            if (!failure.is(Kind.OUTCOME_UNKNOWN)) {
                throw failure;
            }
            unknown = failure;
        }
        long started = System.nanoTime();
        int budget = replays.getMaxRetries();
        for (int replayed = 0; replayed < budget; replayed++) {
            Duration delay = replays.calculateRetryDelay(replayed);
            ExchangeException last = unknown;
            int attempt = replayed + 1;
            LOG.log(Level.INFO, () -> cmdlet.describe() + ": outcome unknown (" + answer(last) + "); replay " + attempt
                    + " of " + budget + " in " + delay.toMillis() + " ms (" + replaying + ")");
            if (!pause(delay)) {
                // Stopped while the write's outcome is unknown: say so, not that nothing changed.
                throw unknown;
            }
            try {
                return replay.get();
            } catch (ExchangeException failure) {
                if (!failure.is(Kind.OUTCOME_UNKNOWN)) {
                    throw failure;
                }
                unknown = failure;
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        throw new ExchangeException(Kind.OUTCOME_UNKNOWN, cmdlet.name(), unknown.httpStatus(),
                unknown.exchangeErrorType(), List.of(), unknown.requestId(), cmdlet.describe() + " was sent "
                + (budget + 1) + " times over " + seconds + " s and its outcome stayed unknown every time (last: "
                + answer(unknown) + "), so it may or may not have taken effect. Wait until Exchange Online answers"
                + " again (Service health in the Microsoft 365 admin center), then run again: the next run looks at"
                + " what is there before writing.", unknown);
    }

    /** One cmdlet; a "not found" that names an object created moments ago is waited out as replication lag. */
    private CmdletResult call(Cmdlet cmdlet) {
        Duration delay = lagBaseDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return next.invoke(cmdlet);
            } catch (ExchangeException failure) {
                if (!failure.is(Kind.NOT_FOUND)) {
                    throw failure;
                }
                Optional<Instant> deadline = recentlyCreated.lagDeadline(cmdlet);
                Instant wakeUp = Instant.now().plus(delay);
                if (deadline.isEmpty() || wakeUp.isAfter(deadline.get())) {
                    throw failure;
                }
                int tried = attempt;
                LOG.log(Level.INFO, () -> cmdlet.name() + " found no '" + cmdlet.identity() + "' " + tried
                        + " time(s) right after it was created; waiting for Exchange to replicate it");
                if (!pause(delay)) {
                    throw new ExchangeException(Kind.TRANSIENT, null, "Interrupted while waiting for Exchange to replicate.");
                }
                delay = delay.multipliedBy(2).compareTo(LONGEST_LAG_PAUSE) > 0 ? LONGEST_LAG_PAUSE : delay.multipliedBy(2);
            }
        }
    }

    private static String[] requestedNames(Cmdlet cmdlet) {
        return REQUESTED_NAMES.stream().map(cmdlet.parameters()::get).filter(value -> value instanceof String)
                .map(String.class::cast).toArray(String[]::new);
    }

    private static boolean isText(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    /** How Exchange answered a write whose outcome is unknown, in the attempt log's words. */
    private static String answer(ExchangeException unknown) {
        return (unknown.httpStatus() == 0 ? "no response" : "HTTP " + unknown.httpStatus())
                + (unknown.requestId() == null ? "" : ", request id " + unknown.requestId());
    }

    /** Waits {@code delay}; false when interrupted (the thread keeps its interrupt for the caller to see). */
    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
