package io.roomgate.localtenant.graph;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of each mailbox's default calendar, by the mailbox's object Guid. Kept in memory only: the tenant
 * model holds no calendar items, and a restarted simulator starts with empty calendars.
 */
public final class CalendarStore {

    /** One stored event: its Graph JSON and the interval it occupies, for calendar views. */
    public record StoredEvent(String id, JsonObject json, Instant start, Instant end) {
        public StoredEvent {
            json = json.deepCopy();
        }

        @Override
        public JsonObject json() {
            return json.deepCopy();
        }
    }

    private final Map<String, Map<String, StoredEvent>> eventsByMailbox = new ConcurrentHashMap<>();

    /** Graph-style item ids: opaque, URL-safe, unique. */
    static String newEventId() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (8 * (7 - i)));
            bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (8 * (7 - i)));
        }
        return "AAMkAG" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void put(String mailbox, StoredEvent event) {
        eventsByMailbox.computeIfAbsent(key(mailbox), k -> new ConcurrentHashMap<>()).put(event.id(), event);
    }

    Optional<StoredEvent> find(String mailbox, String eventId) {
        return Optional.ofNullable(eventsByMailbox.getOrDefault(key(mailbox), Map.of()).get(eventId));
    }

    boolean remove(String mailbox, String eventId) {
        Map<String, StoredEvent> events = eventsByMailbox.get(key(mailbox));
        return events != null && events.remove(eventId) != null;
    }

    /** Events overlapping {@code [from, to)}, by start time. */
    List<StoredEvent> between(String mailbox, Instant from, Instant to) {
        return eventsByMailbox.getOrDefault(key(mailbox), Map.of()).values().stream()
                .filter(event -> event.start().isBefore(to) && event.end().isAfter(from))
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .toList();
    }

    /** Every event of the mailbox, by start time. */
    public List<StoredEvent> events(String mailbox) {
        return new ArrayList<>(eventsByMailbox.getOrDefault(key(mailbox), new LinkedHashMap<>()).values()).stream()
                .sorted((a, b) -> a.start().compareTo(b.start())).toList();
    }

    /** How many events all calendars hold together: what a test checks to prove a probe left nothing behind. */
    public int totalEvents() {
        return eventsByMailbox.values().stream().mapToInt(Map::size).sum();
    }

    private static String key(String mailbox) {
        return mailbox.toLowerCase(Locale.ROOT);
    }
}
