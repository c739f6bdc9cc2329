package io.roomgate.localtenant.access;

import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A management role assignment to an app ({@code New-ManagementRoleAssignment -App … -Role "Application …"}).
 *
 * @param name      the assignment's name
 * @param role      the application role, e.g. {@code Application Calendars.ReadWrite}
 * @param appId     the app id of the Exchange service principal it is assigned to
 * @param scopeName the {@code -CustomResourceScope} (a {@link ManagementScope} name), or null for the whole
 *                  organization
 */
public record RoleAssignment(String name, String role, String appId, @Nullable String scopeName, Validity validity) {
    public RoleAssignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(validity, "validity");
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scopeName);
    }
}
