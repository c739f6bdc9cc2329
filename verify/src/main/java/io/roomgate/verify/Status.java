package io.roomgate.verify;

/** What verify concludes for one mailbox, from its Graph probes and its admin test. */
public enum Status {
    /** As the stack intends: a room reachable (and writable where asked), the canary denied. */
    OK,
    /** Graph does not show what the admin test already shows; Exchange has not applied a change yet. */
    PENDING,
    /** A room the app cannot reach, and the admin test agrees: the stack's scope does not cover it. */
    NOT_COVERED,
    /** The app reaches a mailbox that is not a room. */
    BREACH,
    /** Verify could not tell (mailbox not found, a call failed, a probe event left behind). */
    ERROR
}
