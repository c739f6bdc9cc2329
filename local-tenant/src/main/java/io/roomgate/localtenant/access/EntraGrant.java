package io.roomgate.localtenant.access;

import java.util.Objects;

/**
 * A Microsoft Graph application permission granted to an app in Entra ID (an app role assignment, e.g.
 * {@code Calendars.ReadWrite}). Tenant-wide by nature; only application access policies constrain it.
 */
public record EntraGrant(String appId, String permission, Validity validity) {
    public EntraGrant {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(validity, "validity");
    }
}
