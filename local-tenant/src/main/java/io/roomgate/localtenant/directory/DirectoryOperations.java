package io.roomgate.localtenant.directory;

/**
 * The names under which the Graph directory records its writes in the tenant's change log. Parameters never hold
 * a secret: {@link #ADD_PASSWORD} records the key id and dates, not the text.
 */
public final class DirectoryOperations {
    public static final String CREATE_APPLICATION = "POST /applications";
    public static final String UPDATE_APPLICATION = "PATCH /applications/{id}";
    public static final String DELETE_APPLICATION = "DELETE /applications/{id}";
    public static final String ADD_PASSWORD = "POST /applications/{id}/addPassword";
    public static final String REMOVE_PASSWORD = "POST /applications/{id}/removePassword";
    public static final String CREATE_SERVICE_PRINCIPAL = "POST /servicePrincipals";
    public static final String UPDATE_SERVICE_PRINCIPAL = "PATCH /servicePrincipals/{id}";
    /** Also revokes every app role assignment and delegated grant of the principal (listed in its parameters). */
    public static final String DELETE_SERVICE_PRINCIPAL = "DELETE /servicePrincipals/{id}";
    /** Parameters: {@code id}, {@code principalId}, {@code resourceId}, {@code appRoleId}, {@code appRoleValue}. */
    public static final String GRANT_APP_ROLE = "POST /servicePrincipals/{id}/appRoleAssignedTo";
    /** Parameters as {@link #GRANT_APP_ROLE}. */
    public static final String REVOKE_APP_ROLE = "DELETE /servicePrincipals/{id}/appRoleAssignedTo/{id}";
    public static final String CREATE_PERMISSION_GRANT = "POST /oauth2PermissionGrants";
    public static final String UPDATE_PERMISSION_GRANT = "PATCH /oauth2PermissionGrants/{id}";
    public static final String DELETE_PERMISSION_GRANT = "DELETE /oauth2PermissionGrants/{id}";

    private DirectoryOperations() {
    }
}
