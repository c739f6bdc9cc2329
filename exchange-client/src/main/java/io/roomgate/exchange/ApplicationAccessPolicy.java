package io.roomgate.exchange;

/**
 * An application access policy as Get-/New-ApplicationAccessPolicy return it. {@code scopeIdentityRaw} is
 * {@code <group SID>;<group object id>}; {@code accessRight} is {@code RestrictAccess} or {@code DenyAccess}.
 */
public record ApplicationAccessPolicy(
        String identity,
        String appId,
        String scopeName,
        String scopeIdentity,
        String scopeIdentityRaw,
        String description,
        String accessRight,
        Boolean isValid) {

    /** The scope group's Entra object id: the part of {@code scopeIdentityRaw} after the ';', or null. */
    public String scopeGroupObjectId() {
        if (scopeIdentityRaw == null) {
            return null;
        }
        int semicolon = scopeIdentityRaw.indexOf(';');
        return semicolon < 0 ? null : scopeIdentityRaw.substring(semicolon + 1);
    }
}
