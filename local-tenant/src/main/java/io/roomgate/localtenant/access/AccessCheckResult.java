package io.roomgate.localtenant.access;

/** {@code Test-ApplicationAccessPolicy}'s {@code AccessCheckResult}, named as on the wire. */
public enum AccessCheckResult {
    Granted, Denied
}
