package io.roomgate.exchange;

/**
 * Input of New-ApplicationAccessPolicy. {@code policyScopeGroupId} is the mail-enabled security group (address or
 * GUID); {@code accessRight} is {@code RestrictAccess} or {@code DenyAccess}; {@code description} may be null.
 */
public record NewApplicationAccessPolicy(
        String appId,
        String policyScopeGroupId,
        String accessRight,
        String description) {
}
