package io.roomgate.localtenant.faults;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the Exchange endpoint has seen: calls per cmdlet and the most requests in flight at once. */
public final class Traffic {
    private final Map<String, AtomicLong> callsByCmdlet = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger admittedRequests = new AtomicInteger();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong refusedForConcurrency = new AtomicLong();
    private final AtomicLong withoutAnchorMailbox = new AtomicLong();

    /**
     * A request arrived. It counts as in flight, and holds its admission if it gets one, until {@link Visit#leave()}:
     * call that before the answer starts, or a client that sends its next request as soon as it has the answer would
     * find the finished one still counted (and refused for concurrency it does not have).
     */
    public Visit arrive() {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        return new Visit();
    }

    /** One request from arrival until its answer starts. */
    public final class Visit {
        private final AtomicBoolean admitted = new AtomicBoolean();
        private final AtomicBoolean left = new AtomicBoolean();

        private Visit() {
        }

        /** Admits the request if fewer than {@code limit} admitted requests are being served. */
        public boolean admit(int limit) {
            if (left.get() || admitted.get()) {
                throw new IllegalStateException("a request is admitted at most once, before it leaves");
            }
            while (true) {
                int now = admittedRequests.get();
                if (now >= limit) {
                    return false;
                }
                if (admittedRequests.compareAndSet(now, now + 1)) {
                    admitted.set(true);
                    return true;
                }
            }
        }

        /** The request no longer counts, nor holds its admission; later calls do nothing. */
        public void leave() {
            if (left.compareAndSet(false, true)) {
                if (admitted.get()) {
                    admittedRequests.decrementAndGet();
                }
                inFlight.decrementAndGet();
            }
        }
    }

    public void counted(String cmdlet) {
        callsByCmdlet.computeIfAbsent(cmdlet.toLowerCase(Locale.ROOT), k -> new AtomicLong()).incrementAndGet();
    }

    /** A request came without the {@code X-AnchorMailbox} routing hint (Exchange may fail such requests). */
    public void withoutAnchorMailbox() {
        withoutAnchorMailbox.incrementAndGet();
    }

    public long callsWithoutAnchorMailbox() {
        return withoutAnchorMailbox.get();
    }

    public void throttled() {
        throttled.incrementAndGet();
    }

    public void refusedForConcurrency() {
        refusedForConcurrency.incrementAndGet();
    }

    /** Requests naming this cmdlet (every page of a paged listing counts). */
    public long calls(String cmdlet) {
        AtomicLong calls = callsByCmdlet.get(cmdlet.toLowerCase(Locale.ROOT));
        return calls == null ? 0 : calls.get();
    }

    public long totalCalls() {
        return callsByCmdlet.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public Map<String, Long> callsByCmdlet() {
        Map<String, Long> snapshot = new TreeMap<>();
        callsByCmdlet.forEach((k, v) -> snapshot.put(k, v.get()));
        return snapshot;
    }

    /** The most Exchange requests this tenant had in flight at one moment. */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    public long throttledCalls() {
        return throttled.get();
    }

    public long concurrencyRefusals() {
        return refusedForConcurrency.get();
    }

    public void reset() {
        callsByCmdlet.clear();
        maxInFlight.set(inFlight.get());
        throttled.set(0);
        refusedForConcurrency.set(0);
        withoutAnchorMailbox.set(0);
    }
}
