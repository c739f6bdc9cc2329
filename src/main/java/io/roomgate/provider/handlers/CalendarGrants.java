package io.roomgate.provider.handlers;

import java.util.List;
import java.util.Optional;

/**
 * The app's tenant-wide Microsoft Graph calendar permissions (Entra app role assignments such as
 * {@code Calendars.ReadWrite}). Rule 1: an access policy must outlive every such grant of its app.
 */
public interface CalendarGrants {
    /**
     * One line per grant the admin must remove first, e.g. "Microsoft Graph Calendars.ReadWrite (application
     * permission)"; empty when this tenant connection cannot read Entra grants.
     */
    Optional<List<String>> tenantWideCalendarGrants(String appId);
}
