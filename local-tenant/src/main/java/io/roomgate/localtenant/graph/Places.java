package io.roomgate.localtenant.graph;

import com.sun.net.httpserver.HttpExchange;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.tenant.Place;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Graph's Places API over the tenant's room mailboxes and room lists, with the Places data Set-Place wrote:
 * {@code /places/microsoft.graph.room}, {@code /places/microsoft.graph.roomlist}, {@code /places/{id or address}}
 * and {@code /places/{room list}/microsoft.graph.roomlist/rooms}. Reading places needs {@code Place.Read.All}.
 */
final class Places {
    private static final Set<String> READ_ROLES = Set.of("Place.Read.All", "Place.ReadWrite.All");
    private static final int PAGE_SIZE = 100;
    /** Graph takes a type cast with or without its namespace; the Graph SDK sends the short form. */
    private static final Set<String> ROOM_CAST = Set.of("microsoft.graph.room", "graph.room");
    private static final Set<String> ROOM_LIST_CAST = Set.of("microsoft.graph.roomlist", "graph.roomlist");

    private final Tenant tenant;

    Places(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Whether the path is one of the Places API's: {@code /places/...}. */
    static boolean serves(List<String> segments) {
        return !segments.isEmpty() && segments.get(0).equalsIgnoreCase("places") && segments.size() >= 2;
    }

    void serve(HttpExchange exchange, String method, List<String> segments, List<String> roles) throws IOException {
        if (roles.stream().noneMatch(READ_ROLES::contains)) {
            new GraphError(403, "ErrorAccessDenied", GraphError.ACCESS_DENIED_CHECK_CREDENTIALS)
                    .send(exchange, tenant.now());
            return;
        }
        if (!method.equals("GET")) {
            new GraphError(405, "Request_BadRequest", "The HTTP method '" + method
                    + "' is not allowed on this resource.").send(exchange, tenant.now());
            return;
        }
        String second = segments.get(1).toLowerCase(Locale.ROOT);
        if (segments.size() == 2 && ROOM_CAST.contains(second)) {
            list(exchange, segments.get(1), "places/microsoft.graph.room", r -> r.kind == RecipientKind.RoomMailbox,
                    this::roomView);
        } else if (segments.size() == 2 && ROOM_LIST_CAST.contains(second)) {
            list(exchange, segments.get(1), "places/microsoft.graph.roomList", r -> r.kind == RecipientKind.RoomList,
                    this::roomListView);
        } else if (segments.size() == 2) {
            Optional<Recipient> place = find(segments.get(1));
            if (place.isEmpty()) {
                notFound(exchange, segments.get(1));
            } else {
                Map<String, Object> view = tenant.read(() -> place.get().kind == RecipientKind.RoomList
                        ? roomListView(place.get()) : roomView(place.get()));
                view.put("@odata.context", base(exchange) + "/$metadata#places/$entity");
                HttpIo.sendJson(exchange, 200, view);
            }
        } else if (segments.size() == 4 && ROOM_LIST_CAST.contains(segments.get(2).toLowerCase(Locale.ROOT))
                && segments.get(3).equalsIgnoreCase("rooms")) {
            Optional<Recipient> list = find(segments.get(1)).filter(r -> r.kind == RecipientKind.RoomList);
            if (list.isEmpty()) {
                notFound(exchange, segments.get(1));
                return;
            }
            List<Map<String, Object>> rooms = tenant.read(() -> list.get().members.stream()
                    .map(tenant::recipientByGuid).flatMap(Optional::stream)
                    .filter(r -> r.kind == RecipientKind.RoomMailbox && r.isVisibleAt(tenant.now()))
                    .map(this::roomView).toList());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("@odata.context", base(exchange) + "/$metadata#places('" + segments.get(1)
                    + "')/microsoft.graph.roomList/rooms");
            body.put("value", rooms);
            HttpIo.sendJson(exchange, 200, body);
        } else {
            GraphError.noRoute(method, "/" + String.join("/", segments)).send(exchange, tenant.now());
        }
    }

    private void list(HttpExchange exchange, String cast, String context, Predicate<Recipient> kind,
                      java.util.function.Function<Recipient, Map<String, Object>> view) throws IOException {
        Map<String, String> query = HttpIo.query(exchange);
        int skip = Math.max(0, number(query, "$skip").orElse(0));
        int top = number(query, "$top").filter(n -> n > 0).orElse(PAGE_SIZE);
        List<Map<String, Object>> all = tenant.read(() -> {
            List<Recipient> matching = new ArrayList<>(tenant.recipients().stream().filter(kind)
                    .filter(r -> r.isVisibleAt(tenant.now())).toList());
            matching.sort((a, b) -> a.primarySmtpAddress.compareToIgnoreCase(b.primarySmtpAddress));
            return matching.stream().skip(skip).limit(top).map(view).toList();
        });
        long total = tenant.read(() -> tenant.recipients().stream().filter(kind)
                .filter(r -> r.isVisibleAt(tenant.now())).count());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", base(exchange) + "/$metadata#" + context);
        if (skip + top < total) {
            body.put("@odata.nextLink", base(exchange) + "/places/" + cast + "?$top=" + top + "&$skip=" + (skip + top));
        }
        body.put("value", all);
        HttpIo.sendJson(exchange, 200, body);
    }

    /** A place by its id (the mailbox's Entra object id) or its email address. */
    private Optional<Recipient> find(String idOrAddress) {
        return tenant.read(() -> tenant.resolveRecipients(idOrAddress).stream()
                .filter(r -> r.kind == RecipientKind.RoomMailbox || r.kind == RecipientKind.RoomList)
                .filter(r -> idOrAddress.equalsIgnoreCase(objectId(r))
                        || idOrAddress.equalsIgnoreCase(r.primarySmtpAddress))
                .findFirst());
    }

    private void notFound(HttpExchange exchange, String id) throws IOException {
        new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store., "
                + "The place '" + id + "' was not found.").send(exchange, tenant.now());
    }

    Map<String, Object> roomView(Recipient room) {
        Place place = room.place == null ? new Place() : room.place;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("@odata.type", "#microsoft.graph.room");
        view.put("id", objectId(room));
        view.put("placeId", objectId(room));
        view.put("displayName", room.displayName);
        view.put("geoCoordinates", null);
        view.put("phone", place.phone);
        view.put("address", address(place));
        view.put("nickname", room.name);
        view.put("emailAddress", room.primarySmtpAddress);
        view.put("building", place.building != null ? place.building : room.office);
        view.put("floorNumber", place.floor);
        view.put("floorLabel", place.floorLabel);
        view.put("label", place.label);
        view.put("capacity", room.resourceCapacity);
        view.put("bookingType", "standard");
        view.put("audioDeviceName", place.audioDeviceName);
        view.put("videoDeviceName", place.videoDeviceName);
        view.put("displayDeviceName", place.displayDeviceName);
        view.put("isWheelChairAccessible", Boolean.TRUE.equals(place.isWheelChairAccessible));
        view.put("tags", List.copyOf(place.tags));
        return view;
    }

    private Map<String, Object> roomListView(Recipient list) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("@odata.type", "#microsoft.graph.roomList");
        view.put("id", objectId(list));
        view.put("placeId", objectId(list));
        view.put("displayName", list.displayName);
        view.put("geoCoordinates", null);
        view.put("phone", null);
        view.put("address", null);
        view.put("emailAddress", list.primarySmtpAddress);
        return view;
    }

    private static Map<String, Object> address(Place place) {
        if (place.street == null && place.city == null && place.state == null && place.postalCode == null
                && place.countryOrRegion == null) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", place.street);
        address.put("city", place.city);
        address.put("state", place.state);
        address.put("countryOrRegion", place.countryOrRegion);
        address.put("postalCode", place.postalCode);
        return address;
    }

    static String objectId(Recipient recipient) {
        return recipient.externalDirectoryObjectId != null ? recipient.externalDirectoryObjectId : recipient.guid;
    }

    private static String base(HttpExchange exchange) {
        return HttpIo.origin(exchange) + GraphEndpoint.PREFIX;
    }

    private static Optional<Integer> number(Map<String, String> query, String name) {
        return query.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().flatMap(text -> {
                    try {
                        return Optional.of(Integer.parseInt(text.trim()));
                    } catch (NumberFormatException notANumber) {
                        return Optional.empty();
                    }
                });
    }
}
