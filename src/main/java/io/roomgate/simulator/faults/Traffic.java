package io.roomgate.simulator.faults;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the Exchange endpoint has seen: calls per cmdlet and the most requests in flight at once. */
public final class Traffic {
    private final Map<String, AtomicLong> callsByCmdlet = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong refusedForConcurrency = new AtomicLong();
    private final AtomicLong withoutAnchorMailbox = new AtomicLong();

    /** A request arrived; returns how many are now in flight (including it). */
    public int enter() {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        return now;
    }

    /** Admits a request if fewer than {@code limit} are being served; pair a true answer with {@link #release()}. */
    public boolean tryAdmit(int limit) {
        while (true) {
            int now = admitted.get();
            if (now >= limit) {
                return false;
            }
            if (admitted.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    public void release() {
        admitted.decrementAndGet();
    }

    public void exit() {
        inFlight.decrementAndGet();
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
