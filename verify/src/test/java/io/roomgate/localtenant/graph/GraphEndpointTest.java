package io.roomgate.localtenant.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.EventCollectionResponse;
import com.microsoft.graph.models.RoomCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.roomgate.localtenant.access.PropagationDelays;
import io.roomgate.testfixtures.TenantFixture;
import io.roomgate.verify.GraphClients;
import io.roomgate.verify.PlatformApp;
import io.roomgate.exchange.TlsTrust;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph side of the simulator, through the real Graph SDK and azure-identity as the platform's app. */
class GraphEndpointTest {
    private static final String ROOMS_ONLY = "RecipientTypeDetails -eq 'RoomMailbox'";
    private final TenantFixture tenant = new TenantFixture(8);

    @AfterEach
    void stop() {
        tenant.close();
    }

    /** A fresh client each time: azure-identity caches tokens, and a test that changes grants needs a new one. */
    private GraphServiceClient graph() {
        TlsTrust trust = TlsTrust.fromPem(tenant.certificatePem);
        TokenCredential credential = new PlatformApp(tenant.sim.tenantId(), tenant.platformAppId(),
                tenant.sim.platformApp().clientSecret(), null, URI.create(tenant.sim.authorityHost())).credential(trust);
        return GraphClients.create(credential, URI.create(tenant.sim.graphEndpoint()), "https://graph.microsoft.com",
                trust);
    }

    private static EventCollectionResponse nextDay(GraphServiceClient graph, String mailbox) {
        return graph.users().byUserId(mailbox).calendarView().get(request -> {
            request.queryParameters.startDateTime = "2030-01-01T00:00:00Z";
            request.queryParameters.endDateTime = "2030-01-02T00:00:00Z";
        });
    }

    private static ODataError refusal(Runnable call) {
        return assertThrows(ODataError.class, call::run);
    }

    @Test
    void mailboxOutsideTheScopeIsDeniedAsExchangeDeniesIt() {
        tenant.rbacScope(ROOMS_ONLY);
        GraphServiceClient graph = graph();

        assertNotNull(nextDay(graph, tenant.rooms("ams").get(0)).getValue());
        ODataError denied = refusal(() -> nextDay(graph, tenant.canary()));

        assertEquals(403, denied.getResponseStatusCode());
        assertEquals("ErrorAccessDenied", denied.getError().getCode());
        assertEquals("Access to OData is disabled.", denied.getError().getMessage());
    }

    @Test
    void appWithoutAnyCalendarPermissionIsToldToCheckCredentials() {
        ODataError denied = refusal(() -> nextDay(graph(), tenant.rooms("ams").get(0)));

        assertEquals(403, denied.getResponseStatusCode());
        assertEquals("ErrorAccessDenied", denied.getError().getCode());
        assertEquals("Access is denied. Check credentials and try again.", denied.getError().getMessage());
    }

    @Test
    void unscopedEntraGrantDefeatsTheRoomScope() {
        tenant.rbacScope(ROOMS_ONLY).entraGrant("Calendars.Read");

        assertNotNull(nextDay(graph(), tenant.canary()).getValue());
    }

    @Test
    void denyAccessBeatsRestrictAccess() {
        List<String> rooms = tenant.allRooms();
        tenant.entraGrant("Calendars.ReadWrite").restrictAccessTo(rooms).denyAccessTo(List.of(rooms.get(0)));
        GraphServiceClient graph = graph();

        assertNotNull(nextDay(graph, rooms.get(1)).getValue());
        assertEquals("Access to OData is disabled.", refusal(() -> nextDay(graph, rooms.get(0))).getError().getMessage());
        assertEquals(403, refusal(() -> nextDay(graph, tenant.canary())).getResponseStatusCode());
    }

    @Test
    void readOnlyRoleReadsButCannotWrite() {
        tenant.rbac("Application Calendars.Read", ROOMS_ONLY);
        GraphServiceClient graph = graph();
        String room = tenant.rooms("ber").get(0);

        assertNotNull(nextDay(graph, room).getValue());
        ODataError denied = refusal(() -> graph.users().byUserId(room).events().post(event("2030-01-01T09:00:00")));

        assertEquals("ErrorAccessDenied", denied.getError().getCode());
        assertEquals(0, tenant.graph.calendars().totalEvents());
    }

    @Test
    void newScopeReachesGraphOnlyAfterTheRbacCacheDelay() {
        tenant.graph.propagationDelays(PropagationDelays.EXCHANGE_ONLINE_TYPICAL);
        tenant.rbacScope(ROOMS_ONLY);
        GraphServiceClient graph = graph();
        String room = tenant.rooms("chi").get(0);

        assertEquals(403, refusal(() -> nextDay(graph, room)).getResponseStatusCode());
        tenant.sim.tenant().clock().advance(Duration.ofMinutes(29));
        assertEquals(403, refusal(() -> nextDay(graph, room)).getResponseStatusCode());
        tenant.sim.tenant().clock().advance(Duration.ofMinutes(2));
        assertNotNull(nextDay(graph, room).getValue());
    }

    @Test
    void eventsAreCreatedListedInTheirWindowAndDeleted() {
        tenant.rbacScope(ROOMS_ONLY);
        GraphServiceClient graph = graph();
        String room = tenant.rooms("den").get(0);

        Event created = graph.users().byUserId(room).events().post(event("2030-01-01T09:00:00"));

        assertNotNull(created.getId());
        assertEquals("Stand-up", created.getSubject());
        assertEquals("2030-01-01T09:00:00.0000000", created.getStart().getDateTime());
        assertEquals(room, created.getOrganizer().getEmailAddress().getAddress());
        assertEquals(List.of(created.getId()), nextDay(graph, room).getValue().stream().map(Event::getId).toList());
        assertEquals(List.of(), graph.users().byUserId(room).calendarView().get(request -> {
            request.queryParameters.startDateTime = "2030-01-02T00:00:00Z";
            request.queryParameters.endDateTime = "2030-01-03T00:00:00Z";
        }).getValue());

        graph.users().byUserId(room).events().byEventId(created.getId()).delete();

        ODataError gone = refusal(() -> graph.users().byUserId(room).events().byEventId(created.getId()).get());
        assertEquals(404, gone.getResponseStatusCode());
        assertEquals("ErrorItemNotFound", gone.getError().getCode());
        assertEquals(0, tenant.graph.calendars().totalEvents());
    }

    @Test
    void calendarViewWithoutATimeWindowIsRefusedAsGraphRefusesIt() {
        tenant.rbacScope(ROOMS_ONLY);
        ODataError refused = refusal(() -> graph().users().byUserId(tenant.rooms("ams").get(0)).calendarView().get());

        assertEquals(400, refused.getResponseStatusCode());
        assertEquals("ErrorInvalidParameter", refused.getError().getCode());
    }

    @Test
    void unknownMailboxIsAnInvalidUser() {
        tenant.rbacScope(ROOMS_ONLY);
        ODataError refused = refusal(() -> nextDay(graph(), "nobody@" + tenant.sim.organization()));

        assertEquals(404, refused.getResponseStatusCode());
        assertEquals("ErrorInvalidUser", refused.getError().getCode());
        assertEquals("The requested user 'nobody@contoso.onmicrosoft.com' is invalid.", refused.getError().getMessage());
    }

    @Test
    void calendarOfARoomNamesItsOwner() {
        tenant.rbacScope(ROOMS_ONLY);
        String room = tenant.rooms("ams").get(0);

        var calendar = graph().users().byUserId(room).calendar().get();

        assertEquals("Calendar", calendar.getName());
        assertEquals(room, calendar.getOwner().getAddress());
    }

    @Test
    void roomsArePagedAndNeedPlaceReadAll() {
        assertEquals(403, refusal(() -> graph().places().graphRoom().get()).getResponseStatusCode());
        tenant.entraGrant("Place.Read.All");
        GraphServiceClient graph = graph();

        RoomCollectionResponse first = graph.places().graphRoom().get(request -> request.queryParameters.top = 5);
        RoomCollectionResponse second = graph.places().graphRoom().withUrl(first.getOdataNextLink()).get();

        assertEquals(5, first.getValue().size());
        assertEquals(3, second.getValue().size());
        assertNull(second.getOdataNextLink());
        assertEquals(tenant.allRooms(), java.util.stream.Stream.concat(first.getValue().stream(),
                second.getValue().stream()).map(room -> room.getEmailAddress()).toList());
        assertEquals("Amsterdam HQ", first.getValue().get(0).getBuilding());
    }

    @Test
    void usersAreLookedUpWithUserReadAll() {
        String canary = tenant.canary();
        ODataError refused = refusal(() -> graph().users().byUserId(canary).get());
        assertEquals("Authorization_RequestDenied", refused.getError().getCode());
        tenant.entraGrant("User.Read.All");
        GraphServiceClient graph = graph();

        User user = graph.users().byUserId(canary).get();

        assertEquals(canary, user.getMail());
        assertEquals("Chief Executive Officer", user.getDisplayName());
        assertEquals("Request_ResourceNotFound",
                refusal(() -> graph.users().byUserId("ghost@contoso.onmicrosoft.com").get()).getError().getCode());
    }

    @Test
    void tokenForAnotherResourceIsRefused() {
        TlsTrust trust = TlsTrust.fromPem(tenant.certificatePem);
        TokenCredential credential = new PlatformApp(tenant.sim.tenantId(), tenant.platformAppId(),
                tenant.sim.platformApp().clientSecret(), null, URI.create(tenant.sim.authorityHost())).credential(trust);
        GraphServiceClient exchangeToken = GraphClients.create(credential, URI.create(tenant.sim.graphEndpoint()),
                "https://outlook.office365.com", trust);

        ODataError refused = refusal(() -> nextDay(exchangeToken, tenant.rooms("ams").get(0)));

        assertEquals(401, refused.getResponseStatusCode());
        assertEquals("InvalidAuthenticationToken", refused.getError().getCode());
    }

    private static Event event(String start) {
        var event = new Event();
        event.setSubject("Stand-up");
        var from = new DateTimeTimeZone();
        from.setDateTime(start);
        from.setTimeZone("UTC");
        var to = new DateTimeTimeZone();
        to.setDateTime(start.replace("T09:", "T10:"));
        to.setTimeZone("UTC");
        event.setStart(from);
        event.setEnd(to);
        return event;
    }
}
