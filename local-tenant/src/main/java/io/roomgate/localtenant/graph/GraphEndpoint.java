package io.roomgate.localtenant.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.access.AccessDecision;
import io.roomgate.localtenant.access.AccessFacts;
import io.roomgate.localtenant.access.ApplicationRoles;
import io.roomgate.localtenant.access.EntraGrant;
import io.roomgate.localtenant.access.ExchangeAccess;
import io.roomgate.localtenant.access.PropagationDelays;
import io.roomgate.localtenant.access.RequiredPermission;
import io.roomgate.localtenant.access.Validity;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.localtenant.tenant.TenantAccess;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Microsoft Graph endpoints room-booking platforms use, at {@code /v1.0/} on the simulator's listener, over the
 * same tenant: {@code /users/{id}}, {@code /users/{id}/calendar}, {@code /calendarView}, {@code /events} (list,
 * create, get, delete) and the Places API ({@link Places}).
 *
 * <p>Every mailbox call is decided by {@link ExchangeAccess} over the tenant's dated facts ({@link TenantAccess}),
 * with the app's Entra grants
 * taken from its token's {@code roles} (as Exchange reads them), and Exchange's {@link PropagationDelays} applied.
 * Denials answer as Graph does: 403 {@code ErrorAccessDenied}.
 */
public final class GraphEndpoint implements HttpHandler {
    public static final String PREFIX = "/v1.0";
    private static final Set<String> USER_READ_ROLES = Set.of("User.Read.All", "User.ReadWrite.All",
            "User.ReadBasic.All", "Directory.Read.All", "Directory.ReadWrite.All");
    /** Graph writes event times with seven fractional digits and no offset, beside a time zone name. */
    private static final DateTimeFormatter GRAPH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");

    private final Tenant tenant;
    private final TokenService tokens;
    private final CalendarStore calendars = new CalendarStore();
    private final Places places;
    private final GraphFaults faults = new GraphFaults();
    private volatile PropagationDelays delays = PropagationDelays.IMMEDIATE;

    public GraphEndpoint(Tenant tenant, TokenService tokens) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.places = new Places(tenant);
    }

    /** Serves Graph on the simulator's listener at {@code /v1.0/}, over its tenant and token service. */
    public static GraphEndpoint mountOn(TenantSimulator simulator) {
        var endpoint = new GraphEndpoint(simulator.tenant(), simulator.tokens());
        simulator.mount(PREFIX + "/", endpoint);
        return endpoint;
    }

    /** How late Exchange applies access changes to Graph calls; {@link PropagationDelays#IMMEDIATE} by default. */
    public GraphEndpoint propagationDelays(PropagationDelays value) {
        delays = Objects.requireNonNull(value, "value");
        return this;
    }

    public PropagationDelays propagationDelays() {
        return delays;
    }

    public CalendarStore calendars() {
        return calendars;
    }

    public GraphFaults faults() {
        return faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            new GraphError(500, "generalException", "The tenant simulator failed: "
                    + e.getClass().getSimpleName()).send(exchange, tenant.now());
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : rawPath;
        List<String> segments = Stream.of(path.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();

        Optional<TokenService.AccessToken> token = authenticate(exchange);
        if (token.isEmpty()) {
            return;
        }
        Optional<Integer> fault = faults.takeBefore(method, path);
        if (fault.isPresent()) {
            sendFault(exchange, fault.get());
            return;
        }
        var request = new Request(exchange, method, path, segments, token.get());
        if (Places.serves(segments)) {
            places.serve(exchange, method, segments, token.get().roles());
        } else if (segments.size() >= 2 && segments.get(0).equalsIgnoreCase("users")) {
            user(request);
        } else {
            new GraphError(400, "BadRequest", "Resource not found for the segment '"
                    + (segments.isEmpty() ? "" : segments.get(0)) + "'.").send(exchange, tenant.now());
        }
    }

    private void sendFault(HttpExchange exchange, int status) throws IOException {
        new GraphError(status, status == 429 ? "TooManyRequests" : "serviceNotAvailable",
                "Injected fault: the service is unavailable.").send(exchange, tenant.now());
    }

    /** After a committed write: true when an injected fault has answered instead of the real response. */
    private boolean responseLost(Request request) throws IOException {
        Optional<Integer> fault = faults.takeAfterCommit(request.method(), request.path());
        if (fault.isPresent()) {
            sendFault(request.exchange(), fault.get());
            return true;
        }
        return false;
    }

    private record Request(HttpExchange exchange, String method, String path, List<String> segments,
                           TokenService.AccessToken token) {
        String segment(int index) {
            return index < segments.size() ? segments.get(index).toLowerCase(Locale.ROOT) : "";
        }
    }

    private Optional<TokenService.AccessToken> authenticate(HttpExchange exchange) throws IOException {
        try {
            return Optional.of(GraphCaller.authenticate(exchange, tokens, tenant));
        } catch (GraphError refused) {
            refused.send(exchange, tenant.now());
            return Optional.empty();
        }
    }

    // ---- /users/{id}[/…]

    private void user(Request request) throws IOException {
        String id = request.segments().get(1);
        String resource = request.segment(2);
        Optional<Recipient> mailbox = tenant.read(() -> findMailbox(id));
        if (request.segments().size() == 2) {
            if (!request.method().equals("GET")) {
                methodNotAllowed(request);
            } else if (request.token().roles().stream().noneMatch(USER_READ_ROLES::contains)) {
                GraphError.denied().send(request.exchange(), tenant.now());
            } else if (mailbox.isEmpty()) {
                GraphError.notFound(id).send(request.exchange(), tenant.now());
            } else {
                HttpIo.sendJson(request.exchange(), 200, tenant.read(() -> userView(request.exchange(), mailbox.get())));
            }
            return;
        }
        if (mailbox.isEmpty()) {
            new GraphError(404, "ErrorInvalidUser", "The requested user '" + id
                    + "' is invalid.").send(request.exchange(), tenant.now());
            return;
        }
        boolean write = !request.method().equals("GET");
        if (!allowed(request, mailbox.get(), write ? RequiredPermission.WRITE_CALENDAR : RequiredPermission.READ_CALENDAR)) {
            return;
        }
        switch (resource) {
            case "calendar" -> {
                if (request.segments().size() == 3 && request.method().equals("GET")) {
                    HttpIo.sendJson(request.exchange(), 200, calendarView(request.exchange(), mailbox.get()));
                } else {
                    methodNotAllowed(request);
                }
            }
            case "calendarview" -> calendarViewOf(request, mailbox.get());
            case "events" -> events(request, mailbox.get());
            default -> new GraphError(400, "BadRequest",
                    "Resource not found for the segment '" + request.segments().get(2) + "'.")
                    .send(request.exchange(), tenant.now());
        }
    }

    /** A mailbox by what Graph accepts as a user id: object id, user principal name or e-mail address. */
    private Optional<Recipient> findMailbox(String id) {
        return tenant.resolveRecipients(id).stream()
                .filter(recipient -> recipient.kind.isMailbox())
                .filter(recipient -> id.equalsIgnoreCase(recipient.externalDirectoryObjectId)
                        || id.equalsIgnoreCase(recipient.guid)
                        || id.equalsIgnoreCase(recipient.userPrincipalName)
                        || id.equalsIgnoreCase(recipient.primarySmtpAddress)
                        || recipient.secondaryAddresses.stream().anyMatch(id::equalsIgnoreCase))
                .findFirst();
    }

    /** Decides with the access rules; answers the denial itself and returns false when the app may not. */
    private boolean allowed(Request request, Recipient mailbox, RequiredPermission required) throws IOException {
        TokenService.AccessToken token = request.token();
        var decision = tenant.read(() -> {
            var access = new TenantAccess(tenant);
            AccessFacts facts = withTokenGrants(access.facts(), token);
            boolean anyGrant = facts.entraGrants().stream().anyMatch(g -> required.satisfiedBy(g.permission()))
                    || facts.roleAssignments().stream().anyMatch(assignment -> assignment.appId()
                    .equalsIgnoreCase(token.appId()) && ApplicationRoles.permissionsOf(assignment.role())
                    .orElse(List.of()).stream().anyMatch(required::satisfiedBy));
            AccessDecision answer = new ExchangeAccess(facts).graphAccess(token.appId(),
                    access.mailbox(mailbox), required, tenant.now(), delays);
            return Map.entry(answer, anyGrant);
        });
        if (decision.getKey().allowed()) {
            return true;
        }
        new GraphError(403, "ErrorAccessDenied", decision.getValue()
                ? GraphError.ACCESS_TO_ODATA_DISABLED : GraphError.ACCESS_DENIED_CHECK_CREDENTIALS)
                .send(request.exchange(), tenant.now());
        return false;
    }

    /** Exchange reads an app's Entra permissions from its token, so those stand in for the tenant's grants. */
    private static AccessFacts withTokenGrants(AccessFacts facts, TokenService.AccessToken token) {
        var grants = new ArrayList<EntraGrant>();
        facts.entraGrants().stream().filter(grant -> !grant.appId().equalsIgnoreCase(token.appId())).forEach(grants::add);
        token.roles().forEach(role -> grants.add(new EntraGrant(token.appId(), role, Validity.always())));
        return new AccessFacts(facts.groups(), facts.memberships(), facts.accessPolicies(), grants, facts.scopes(),
                facts.roleAssignments());
    }

    // ---- calendars and events

    private void calendarViewOf(Request request, Recipient mailbox) throws IOException {
        if (!request.method().equals("GET") || request.segments().size() != 3) {
            methodNotAllowed(request);
            return;
        }
        Map<String, String> query = HttpIo.query(request.exchange());
        String start = parameter(query, "startDateTime");
        String end = parameter(query, "endDateTime");
        if (start == null || end == null) {
            new GraphError(400, "ErrorInvalidParameter", "This request requires a time window"
                    + " specified by the query string parameters StartDateTime and EndDateTime.")
                    .send(request.exchange(), tenant.now());
            return;
        }
        Optional<Instant> from = instant(start, null);
        Optional<Instant> to = instant(end, null);
        if (from.isEmpty() || to.isEmpty()) {
            new GraphError(400, "ErrorInvalidParameter", "The value '"
                    + (from.isEmpty() ? start : end) + "' of parameter '" + (from.isEmpty() ? "StartDateTime" : "EndDateTime")
                    + "' is invalid.").send(request.exchange(), tenant.now());
            return;
        }
        List<JsonObject> events = calendars.between(mailbox.guid, from.get(), to.get()).stream()
                .map(CalendarStore.StoredEvent::json).toList();
        sendCollection(request, mailbox, "calendarView", top(query).map(n -> events.subList(0, Math.min(n, events.size())))
                .orElse(events));
    }

    private void events(Request request, Recipient mailbox) throws IOException {
        int size = request.segments().size();
        if (size == 3 && request.method().equals("GET")) {
            sendCollection(request, mailbox, "events", calendars.events(mailbox.guid).stream()
                    .map(CalendarStore.StoredEvent::json).toList());
        } else if (size == 3 && request.method().equals("POST")) {
            createEvent(request, mailbox);
        } else if (size == 4 && (request.method().equals("GET") || request.method().equals("DELETE"))) {
            String eventId = request.segments().get(3);
            Optional<CalendarStore.StoredEvent> event = calendars.find(mailbox.guid, eventId);
            if (event.isEmpty()) {
                new GraphError(404, "ErrorItemNotFound",
                        "The specified object was not found in the store.").send(request.exchange(), tenant.now());
            } else if (request.method().equals("GET")) {
                JsonObject json = event.get().json();
                json.addProperty("@odata.context", HttpIo.origin(request.exchange()) + PREFIX + "/$metadata#users('"
                        + mailbox.primarySmtpAddress + "')/events/$entity");
                HttpIo.sendJson(request.exchange(), 200, json);
            } else {
                calendars.remove(mailbox.guid, eventId);
                if (responseLost(request)) {
                    return;
                }
                HttpIo.send(request.exchange(), 204, null, new byte[0]);
            }
        } else {
            methodNotAllowed(request);
        }
    }

    private void createEvent(Request request, Recipient mailbox) throws IOException {
        JsonObject body;
        try {
            JsonElement parsed = JsonParser.parseString(HttpIo.body(request.exchange()));
            body = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            body = null;
        }
        if (body == null) {
            new GraphError(400, "BadRequest", "Empty Payload. JSON content expected.")
                    .send(request.exchange(), tenant.now());
            return;
        }
        Optional<Instant> start = eventTime(body, "start");
        Optional<Instant> end = eventTime(body, "end");
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            new GraphError(400, "ErrorInvalidRequest", "Your request can't be completed."
                    + " The event needs a start and an end (dateTime and timeZone), and the end cannot come before"
                    + " the start.").send(request.exchange(), tenant.now());
            return;
        }
        String id = CalendarStore.newEventId();
        String now = tenant.now().toString();
        JsonObject event = new JsonObject();
        event.addProperty("@odata.etag", "W/\"" + id.substring(6, 18) + "\"");
        event.addProperty("id", id);
        event.addProperty("createdDateTime", now);
        event.addProperty("lastModifiedDateTime", now);
        event.addProperty("changeKey", id.substring(6, 18));
        event.add("categories", new com.google.gson.JsonArray());
        event.add("transactionId", body.get("transactionId"));
        event.addProperty("originalStartTimeZone", "UTC");
        event.addProperty("originalEndTimeZone", "UTC");
        event.addProperty("iCalUId", "040000008200E00074C5B7101A82E008" + id.substring(6));
        event.addProperty("reminderMinutesBeforeStart", 15);
        event.add("isReminderOn", orDefault(body, "isReminderOn", true));
        event.addProperty("hasAttachments", false);
        event.add("subject", orDefault(body, "subject", ""));
        event.addProperty("importance", "normal");
        event.addProperty("sensitivity", "normal");
        event.addProperty("isAllDay", false);
        event.addProperty("isCancelled", false);
        event.addProperty("isOrganizer", true);
        event.addProperty("responseRequested", true);
        event.add("showAs", orDefault(body, "showAs", "busy"));
        event.addProperty("type", "singleInstance");
        event.addProperty("webLink", "https://outlook.office365.com/owa/?itemid=" + id + "&exvsurl=1&path=/calendar/item");
        event.add("body", body.has("body") ? body.get("body") : emptyBody());
        event.add("start", graphTime(start.get()));
        event.add("end", graphTime(end.get()));
        event.add("location", body.has("location") ? body.get("location") : new JsonObject());
        event.add("attendees", body.has("attendees") ? body.get("attendees") : new com.google.gson.JsonArray());
        JsonObject organizer = new JsonObject();
        JsonObject address = new JsonObject();
        address.addProperty("name", mailbox.displayName);
        address.addProperty("address", mailbox.primarySmtpAddress);
        organizer.add("emailAddress", address);
        event.add("organizer", organizer);
        calendars.put(mailbox.guid, new CalendarStore.StoredEvent(id, event, start.get(), end.get()));
        if (responseLost(request)) {
            return;
        }
        JsonObject created = event.deepCopy();
        created.addProperty("@odata.context", HttpIo.origin(request.exchange()) + PREFIX + "/$metadata#users('"
                + mailbox.primarySmtpAddress + "')/events/$entity");
        request.exchange().getResponseHeaders().set("Location", HttpIo.origin(request.exchange()) + PREFIX
                + "/users/" + mailbox.externalDirectoryObjectId + "/events/" + id);
        HttpIo.sendJson(request.exchange(), 201, created);
    }

    private void sendCollection(Request request, Recipient mailbox, String name, List<JsonObject> items)
            throws IOException {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", HttpIo.origin(request.exchange()) + PREFIX + "/$metadata#users('"
                + mailbox.primarySmtpAddress + "')/" + name);
        page.put("value", items);
        HttpIo.sendJson(request.exchange(), 200, page);
    }

    // ---- views

    private Map<String, Object> userView(HttpExchange exchange, Recipient mailbox) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("@odata.context", HttpIo.origin(exchange) + PREFIX + "/$metadata#users/$entity");
        user.put("businessPhones", List.of());
        user.put("displayName", mailbox.displayName);
        user.put("givenName", null);
        user.put("jobTitle", null);
        user.put("mail", mailbox.primarySmtpAddress);
        user.put("mobilePhone", null);
        user.put("officeLocation", mailbox.office);
        user.put("preferredLanguage", null);
        user.put("surname", null);
        user.put("userPrincipalName", mailbox.userPrincipalName == null ? mailbox.primarySmtpAddress
                : mailbox.userPrincipalName);
        user.put("id", objectId(mailbox));
        return user;
    }

    private Map<String, Object> calendarView(HttpExchange exchange, Recipient mailbox) {
        Map<String, Object> calendar = new LinkedHashMap<>();
        calendar.put("@odata.context", HttpIo.origin(exchange) + PREFIX + "/$metadata#users('"
                + mailbox.primarySmtpAddress + "')/calendar/$entity");
        calendar.put("id", "AAMkAGCalendar" + mailbox.guid.replace("-", ""));
        calendar.put("name", "Calendar");
        calendar.put("color", "auto");
        calendar.put("hexColor", "");
        calendar.put("isDefaultCalendar", true);
        calendar.put("changeKey", mailbox.guid.substring(0, 8));
        calendar.put("canShare", true);
        calendar.put("canViewPrivateItems", true);
        calendar.put("canEdit", true);
        calendar.put("allowedOnlineMeetingProviders", List.of("teamsForBusiness"));
        calendar.put("defaultOnlineMeetingProvider", "teamsForBusiness");
        calendar.put("isTallyingResponses", true);
        calendar.put("isRemovable", false);
        calendar.put("owner", Map.of("name", mailbox.displayName, "address", mailbox.primarySmtpAddress));
        return calendar;
    }

    private static String objectId(Recipient recipient) {
        return recipient.externalDirectoryObjectId != null ? recipient.externalDirectoryObjectId : recipient.guid;
    }

    // ---- small helpers

    private void methodNotAllowed(Request request) throws IOException {
        new GraphError(405, "Request_BadRequest", "The HTTP method '" + request.method()
                + "' is not allowed on this resource.").send(request.exchange(), tenant.now());
    }

    private static String parameter(Map<String, String> query, String name) {
        return query.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Optional<Integer> top(Map<String, String> query) {
        return parseInt(parameter(query, "$top")).filter(n -> n > 0);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code {"dateTime": "...", "timeZone": "..."}} of an event body, as an instant. */
    private static Optional<Instant> eventTime(JsonObject body, String name) {
        JsonElement value = body.get(name);
        if (value == null || !value.isJsonObject() || !value.getAsJsonObject().has("dateTime")) {
            return Optional.empty();
        }
        JsonObject time = value.getAsJsonObject();
        String zone = time.has("timeZone") && !time.get("timeZone").isJsonNull() ? time.get("timeZone").getAsString() : null;
        return instant(time.get("dateTime").getAsString(), zone);
    }

    /** An ISO date-time with an offset, or a local one in {@code zone} (UTC when absent or unknown). */
    private static Optional<Instant> instant(String text, String zone) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException withoutOffset) {
            try {
                ZoneId zoneId = ZoneOffset.UTC;
                if (zone != null && !zone.equalsIgnoreCase("UTC")) {
                    try {
                        zoneId = ZoneId.of(zone);
                    } catch (DateTimeException unknownZone) {
                        zoneId = ZoneOffset.UTC;
                    }
                }
                return Optional.of(LocalDateTime.parse(text).atZone(zoneId).toInstant());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    private static JsonObject graphTime(Instant instant) {
        JsonObject time = new JsonObject();
        time.addProperty("dateTime", GRAPH_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
        time.addProperty("timeZone", "UTC");
        return time;
    }

    private static JsonElement orDefault(JsonObject body, String name, Object fallback) {
        JsonElement value = body.get(name);
        if (value != null && !value.isJsonNull()) {
            return value;
        }
        return HttpIo.JSON.toJsonTree(fallback);
    }

    private static JsonObject emptyBody() {
        JsonObject body = new JsonObject();
        body.addProperty("contentType", "text");
        body.addProperty("content", "");
        return body;
    }
}
