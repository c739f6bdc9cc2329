package io.roomgate.localtenant.access;

/** {@code Test-ServicePrincipalAuthorization}'s {@code ScopeType}, named as on the wire. */
public enum ScopeType {
    CustomRecipientScope, Organization
}
