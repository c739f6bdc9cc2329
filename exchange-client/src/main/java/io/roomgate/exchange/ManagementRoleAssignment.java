package io.roomgate.exchange;

/**
 * A management role assignment as Get-/New-ManagementRoleAssignment return it. For an application assignment
 * {@code roleAssigneeType} is {@code ServicePrincipal} and {@code customResourceScope} names the management scope.
 */
public record ManagementRoleAssignment(
        String name,
        String identity,
        String role,
        String roleAssignee,
        String roleAssigneeName,
        String roleAssigneeType,
        String customResourceScope,
        Boolean enabled) {
}
