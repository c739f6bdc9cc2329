package io.roomgate.localtenant.access;

import java.util.List;

/**
 * One row of {@code Test-ServicePrincipalAuthorization -Identity <sp> [-Resource <mailbox>]}: one role assignment.
 *
 * @param assignmentName       the assignment the row stands for (not a column of the cmdlet; for messages)
 * @param allowedResourceScope the scope's name, or {@code Organization}
 * @param reason               why {@code inScope} is what it is, for an admin
 */
public record ServicePrincipalAuthorization(String assignmentName, String roleName, List<String> grantedPermissions,
                                            String allowedResourceScope, ScopeType scopeType, InScope inScope,
                                            String reason) {
    public ServicePrincipalAuthorization {
        grantedPermissions = List.copyOf(grantedPermissions);
    }

    /** GrantedPermissions as the cmdlet prints it. */
    public String grantedPermissionsText() {
        return String.join(", ", grantedPermissions);
    }
}
