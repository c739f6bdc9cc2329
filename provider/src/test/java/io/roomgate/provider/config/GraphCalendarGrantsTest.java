package io.roomgate.provider.config;

import io.grpc.Status;
import io.roomgate.exchange.GraphAppPermissions;
import io.roomgate.exchange.GraphAppPermissions.GraphReadException;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.handlers.CalendarGrants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which of the app's Graph permissions block an access-policy delete, and what a failed read means for it. */
class GraphCalendarGrantsTest {
    private static final String APP = "11111111-2222-3333-4444-555555555555";
    private final GraphAppPermissions graph = mock(GraphAppPermissions.class);
    private final GraphCalendarGrants grants = new GraphCalendarGrants(() -> graph);

    @Test
    void onlyCalendarsPermissionsAreGrantsThatBlockTheDelete() {
        when(graph.graphApplicationRoles(APP)).thenReturn(List.of("Place.Read.All", "Calendars.ReadWrite",
                "User.Read.All", "Calendars.Read"));
        assertEquals(CalendarGrants.Check.held(List.of("Microsoft Graph Calendars.ReadWrite (application permission)",
                "Microsoft Graph Calendars.Read (application permission)")), grants.check(APP));
    }

    @Test
    void aRefusedReadIsNotCheckedAndSaysWhichPermissionToGrant() {
        when(graph.graphApplicationRoles(APP)).thenThrow(new GraphReadException(true, 403, "Microsoft Graph refused "
                + "(HTTP 403); grant the deploying app the Microsoft Graph application permission Application.Read.All",
                null));
        CalendarGrants.Check check = grants.check(APP);
        assertEquals(List.of(), check.held());
        assertEquals("Microsoft Graph refused (HTTP 403); grant the deploying app the Microsoft Graph application "
                + "permission Application.Read.All", check.notCheckedBecause());
    }

    @Test
    void aGraphThatDidNotAnswerRefusesTheDeleteForNow() {
        when(graph.graphApplicationRoles(APP)).thenThrow(new GraphReadException(false, 503, "HTTP 503", null));
        ProviderException failure = assertThrows(ProviderException.class, () -> grants.check(APP));
        assertEquals(Status.Code.UNAVAILABLE, failure.code());
        assertEquals("could not check whether app " + APP + " still holds a tenant-wide Microsoft Graph Calendars "
                + "permission: HTTP 503", failure.getMessage());
    }
}
