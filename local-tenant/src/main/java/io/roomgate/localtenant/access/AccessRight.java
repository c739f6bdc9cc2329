package io.roomgate.localtenant.access;

/** The {@code -AccessRight} of an application access policy, named as on the wire. */
public enum AccessRight {
    /** The app may reach only the members of the policy's scope. */
    RestrictAccess,
    /** The app may not reach the members of the policy's scope; this wins over any RestrictAccess. */
    DenyAccess
}
