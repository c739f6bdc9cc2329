package io.roomgate.provider.framework;

/** What a change to an input does to the object that already exists. */
public enum Change {
    /** Changed in place. */
    UPDATE,
    /** A new object is created first, then the old one is deleted (never the other way round: see DESIGN rule 1). */
    REPLACE
}
