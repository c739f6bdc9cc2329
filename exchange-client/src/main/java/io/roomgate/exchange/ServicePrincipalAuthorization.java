package io.roomgate.exchange;

/**
 * One row of Test-ServicePrincipalAuthorization. {@code inScope} is null when Exchange did not run the check (no
 * resource given, "Not Run").
 */
public record ServicePrincipalAuthorization(
        String roleName,
        String grantedPermissions,
        String allowedResourceScope,
        String scopeType,
        Boolean inScope) {
}
