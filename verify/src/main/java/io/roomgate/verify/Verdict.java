package io.roomgate.verify;

/** The overall answer, worst first, with the exit code a CI job gates on. */
public enum Verdict {
    /** The app reaches a mailbox that is not a room, or holds a grant no scope limits. */
    BREACH(3, "BREACH: the platform's app can reach mailboxes that are not rooms"),
    /** A room is out of the app's reach and Exchange's admin test agrees: waiting will not help. */
    INCOMPLETE(5, "INCOMPLETE: some rooms are not covered by the app's access"),
    /** Verify could not decide for some mailbox, or could not make a tenant-wide check it was asked to make. */
    ERROR(1, "ERROR: verify could not check everything (see the report)"),
    /** Exchange has accepted the configuration but Graph does not reflect it yet. */
    PENDING(4, "PENDING: Exchange has not applied the latest change yet"),
    /** Every room reachable as asked, the canary denied, no unscoped grant. */
    PASS(0, "PASS: the platform's app reaches the rooms and nothing else");

    private final int exitCode;
    private final String headline;

    Verdict(int exitCode, String headline) {
        this.exitCode = exitCode;
        this.headline = headline;
    }

    public int exitCode() {
        return exitCode;
    }

    public String headline() {
        return headline;
    }

    /** The worse of the two. */
    public Verdict and(Verdict other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    static Verdict of(Status status) {
        return switch (status) {
            case OK -> PASS;
            case PENDING -> PENDING;
            case NOT_COVERED -> INCOMPLETE;
            case BREACH -> BREACH;
            case ERROR -> ERROR;
        };
    }
}
