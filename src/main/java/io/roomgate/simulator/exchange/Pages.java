package io.roomgate.simulator.exchange;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rest of a paged listing, kept for the @odata.nextLink that points at it: a snapshot taken when the first
 * page was served, so pages do not shift under writes. Links expire (the real ones live 5–10 minutes).
 */
final class Pages {
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_OPEN_LISTINGS = 256;

    record Remainder(String cmdlet, List<Map<String, Object>> objects, int offset, long createdNanos) {
    }

    private final Map<String, Remainder> open = new LinkedHashMap<>();

    synchronized String keep(String cmdlet, List<Map<String, Object>> objects, int offset) {
        expire();
        if (open.size() >= MAX_OPEN_LISTINGS) {
            Iterator<String> oldest = open.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        open.put(token, new Remainder(cmdlet, objects, offset, System.nanoTime()));
        return token;
    }

    /** Takes the listing a token points at; a token is good for one page. */
    synchronized Remainder take(String token) {
        expire();
        return open.remove(token);
    }

    private void expire() {
        long now = System.nanoTime();
        open.values().removeIf(r -> now - r.createdNanos() > LIFETIME.toNanos());
    }
}
