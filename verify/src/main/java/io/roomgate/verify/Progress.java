package io.roomgate.verify;

/** Told as mailboxes are checked, so a terminal can show a bar; tests and pipes use {@link #NONE}. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    /** A round of {@code mailboxes} checks begins ({@code round} counts from 1; later rounds re-check pending ones). */
    default void start(int round, int mailboxes) {
    }

    /** One mailbox has been checked. */
    default void checked(TargetResult result) {
    }

    /** The round is over. */
    default void finish() {
    }

    /** Verify waits {@code seconds} before the next round, because Exchange has not applied a change yet. */
    default void waiting(long seconds, long pending) {
    }
}
