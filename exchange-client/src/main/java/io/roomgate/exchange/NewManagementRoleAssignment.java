package io.roomgate.exchange;

/**
 * Input of New-ManagementRoleAssignment for an application: {@code role} e.g. {@code Application Calendars.ReadWrite},
 * {@code app} the app id or object id of the Exchange service principal, {@code customResourceScope} a scope name.
 */
public record NewManagementRoleAssignment(
        String name,
        String role,
        String app,
        String customResourceScope) {
}
