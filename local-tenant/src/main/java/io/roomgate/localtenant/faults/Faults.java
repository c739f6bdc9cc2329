package io.roomgate.localtenant.faults;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults a test switches on (and off) while the simulator runs. Each applies to Exchange admin calls, in this
 * order: latency, concurrency limit, throttling (call count, then rate budget), injected failures; after a write
 * commits, a dropped connection. Replication lag applies to objects created while it is set; token lifetime to
 * tokens issued while it is set. {@link #clear()} switches everything off.
 */
public final class Faults {
    /** The default lifetime of issued tokens (Entra's is 60–90 minutes). */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(60);

    private volatile Duration latency = Duration.ZERO;
    private volatile int concurrencyLimit = Integer.MAX_VALUE;
    private final AtomicReference<CallThrottle> callThrottle = new AtomicReference<>();
    private final AtomicReference<TokenBucket> rateLimit = new AtomicReference<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> drops = new ConcurrentHashMap<>();
    private volatile Duration replicationLag = Duration.ZERO;
    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

    private static final String ANY_CMDLET = "*";

    /** Every Exchange call takes at least this long. */
    public Faults latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** More than this many Exchange calls in flight at once are refused with the plain-text concurrency error. */
    public Faults concurrencyLimit(int limit) {
        this.concurrencyLimit = limit;
        return this;
    }

    /** After {@code calls} more calls, the next {@code refusals} calls get 429 with {@code Retry-After}. */
    public Faults throttleAfter(int calls, int refusals, Duration retryAfter) {
        callThrottle.set(new CallThrottle(calls, refusals, retryAfter));
        return this;
    }

    /** A token bucket: {@code callsPerSecond} sustained, {@code burst} at once; beyond it 429 with Retry-After. */
    public Faults rateLimit(double callsPerSecond, int burst) {
        rateLimit.set(new TokenBucket(callsPerSecond, burst));
        return this;
    }

    /** The next {@code count} calls of a cmdlet fail with {@code status} (a 5xx) before doing anything. */
    public Faults failNext(String cmdlet, int count, int status) {
        failures.put(key(cmdlet), new AtomicInteger(count));
        failureStatus.put(key(cmdlet), status);
        return this;
    }

    /** The next {@code count} calls of any cmdlet fail with {@code status}. */
    public Faults failNext(int count, int status) {
        return failNext(ANY_CMDLET, count, status);
    }

    /** The next {@code count} calls of a write cmdlet commit, then the connection drops without a response. */
    public Faults dropResponseAfterCommit(String cmdlet, int count) {
        drops.put(key(cmdlet), new AtomicInteger(count));
        return this;
    }

    /** Objects created from now on answer not-found to other calls for this long. */
    public Faults replicationLag(Duration lag) {
        this.replicationLag = lag;
        return this;
    }

    /** Tokens issued from now on live this long. */
    public Faults tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    public Faults clear() {
        latency = Duration.ZERO;
        concurrencyLimit = Integer.MAX_VALUE;
        callThrottle.set(null);
        rateLimit.set(null);
        failures.clear();
        failureStatus.clear();
        drops.clear();
        replicationLag = Duration.ZERO;
        tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        return this;
    }

    // ---- what the endpoint asks

    public Duration latency() {
        return latency;
    }

    public int concurrencyLimit() {
        return concurrencyLimit;
    }

    public Duration replicationLag() {
        return replicationLag;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Seconds to put in Retry-After if this call is throttled, or -1 if it may go ahead. */
    public long throttle() {
        CallThrottle throttle = callThrottle.get();
        if (throttle != null) {
            long seconds = throttle.next();
            if (seconds >= 0) {
                return seconds;
            }
        }
        TokenBucket bucket = rateLimit.get();
        return bucket == null ? -1 : bucket.take();
    }

    /** The status this call must fail with, or 0. */
    public int injectedFailure(String cmdlet) {
        for (String key : new String[] {key(cmdlet), ANY_CMDLET}) {
            AtomicInteger remaining = failures.get(key);
            if (remaining != null && remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                return failureStatus.getOrDefault(key, 503);
            }
        }
        return 0;
    }

    /** Whether this committed write's response must be dropped. */
    public boolean dropAfterCommit(String cmdlet) {
        AtomicInteger remaining = drops.get(key(cmdlet));
        return remaining != null && remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static String key(String cmdlet) {
        return cmdlet.toLowerCase(Locale.ROOT);
    }

    private static final class CallThrottle {
        private final AtomicLong seen = new AtomicLong();
        private final int allowed;
        private final int refusals;
        private final long retryAfterSeconds;

        CallThrottle(int allowed, int refusals, Duration retryAfter) {
            this.allowed = allowed;
            this.refusals = refusals;
            this.retryAfterSeconds = Math.max(0, retryAfter.toSeconds());
        }

        long next() {
            long n = seen.incrementAndGet();
            return n > allowed && n <= (long) allowed + refusals ? retryAfterSeconds : -1;
        }
    }

    /** Classic token bucket over the monotonic clock. */
    private static final class TokenBucket {
        private final double perSecond;
        private final double capacity;
        private double tokens;
        private long last = System.nanoTime();

        TokenBucket(double perSecond, int burst) {
            this.perSecond = perSecond;
            this.capacity = Math.max(1, burst);
            this.tokens = capacity;
        }

        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return -1;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
