package io.roomgate.verify;

/** What one probe of one mailbox found. */
public enum Outcome {
    /** The call (or the admin test) let the app through. */
    ALLOWED,
    /** Refused for lack of access ({@code ErrorAccessDenied}, or the admin test says not in scope). */
    DENIED,
    /** The mailbox does not exist for this caller. */
    NOT_FOUND,
    /** Something other than an access decision went wrong; the detail says what. */
    FAILED,
    /** Not probed (write on a read-only profile, the canary's write, admin tests switched off). */
    SKIPPED
}
