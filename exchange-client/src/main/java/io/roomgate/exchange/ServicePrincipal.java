package io.roomgate.exchange;

/** Exchange's pointer to an Entra service principal (RBAC for Applications), as Get-/New-ServicePrincipal return it. */
public record ServicePrincipal(
        String identity,
        String appId,
        String objectId,
        String displayName) {
}
