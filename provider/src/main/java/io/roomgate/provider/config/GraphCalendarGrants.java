package io.roomgate.provider.config;

import io.grpc.Status;
import io.roomgate.exchange.GraphAppPermissions;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.handlers.CalendarGrants;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The app's {@code Calendars.*} application permissions on Microsoft Graph, read over the wire from the tenant's
 * directory (the simulator's in {@code local} mode) as the deploying app.
 */
final class GraphCalendarGrants implements CalendarGrants {
    private final Supplier<GraphAppPermissions> graph;

    GraphCalendarGrants(Supplier<GraphAppPermissions> graph) {
        this.graph = graph;
    }

    @Override
    public Check check(String appId) {
        Optional<Operation> operation = Operation.current();
        operation.ifPresent(op -> op.beforeCall("the Microsoft Graph read of app " + appId + "'s permissions", false));
        try {
            Check check = Check.held(graph.get().graphApplicationRoles(appId).stream()
                    .filter(role -> role.startsWith("Calendars."))
                    .map(role -> "Microsoft Graph " + role + " (application permission)")
                    .toList());
            operation.ifPresent(Operation::answered);
            return check;
        } catch (GraphAppPermissions.GraphReadException e) {
            if (e.denied()) {
                return Check.notChecked(e.getMessage());
            }
            throw new ProviderException(Status.Code.UNAVAILABLE, "could not check whether app " + appId
                    + " still holds a tenant-wide Microsoft Graph Calendars permission: " + e.getMessage(), e);
        }
    }
}
