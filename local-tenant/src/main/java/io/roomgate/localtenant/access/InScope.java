package io.roomgate.localtenant.access;

/** {@code Test-ServicePrincipalAuthorization}'s {@code InScope}; {@link #toString()} is the wire text. */
public enum InScope {
    TRUE("True"), FALSE("False"),
    /** No {@code -Resource} was given, so nothing was tested. */
    NOT_RUN("Not Run");

    private final String wire;

    InScope(String wire) {
        this.wire = wire;
    }

    static InScope of(boolean inScope) {
        return inScope ? TRUE : FALSE;
    }

    @Override
    public String toString() {
        return wire;
    }
}
