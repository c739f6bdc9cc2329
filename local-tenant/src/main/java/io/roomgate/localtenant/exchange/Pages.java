package io.roomgate.localtenant.exchange;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Paged listings, kept for the @odata.nextLink that point into them: a snapshot taken when the first page was
 * served, so pages do not shift under writes. A page can be asked for again (after a lost response); listings
 * expire after ten minutes (the real links live 5–10) and at most 64 are kept.
 */
final class Pages {
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_OPEN_LISTINGS = 64;

    record Listing(String cmdlet, List<Map<String, Object>> objects, long createdNanos) {
    }

    private final Map<String, Listing> open = new LinkedHashMap<>();

    /** Keeps a listing whose first page has been served; every later page's link names it and an offset. */
    synchronized String keep(String cmdlet, List<Map<String, Object>> objects) {
        expire();
        if (open.size() >= MAX_OPEN_LISTINGS) {
            Iterator<String> oldest = open.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        open.put(token, new Listing(cmdlet, objects, System.nanoTime()));
        return token;
    }

    /** The listing a token points at; a client may ask for the same page again (after a lost response). */
    synchronized Listing get(String token) {
        expire();
        return open.get(token);
    }

    private void expire() {
        long now = System.nanoTime();
        open.values().removeIf(r -> now - r.createdNanos() > LIFETIME.toNanos());
    }
}
