package io.roomgate.verify;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Microsoft Graph as the platform's app sees it. Implementations turn every failure into a {@link ProbeResult};
 * only programming errors escape as exceptions.
 */
public interface GraphProbes {

    /** Reads the mailbox's calendar view, as the platform does to show a room's bookings. */
    ProbeResult readCalendar(String mailbox);

    /**
     * Creates a clearly labelled probe event far in the future, reads it back and deletes it. The delete runs whatever
     * happened before it; a probe event that could not be deleted makes the result {@link Outcome#FAILED} with its id,
     * so an admin can remove it by hand.
     */
    ProbeResult writeProbeEvent(String mailbox);

    /**
     * The Microsoft Graph application permissions in the app's own token (its Entra grants), e.g.
     * {@code Calendars.ReadWrite}. A calendar permission here is tenant-wide unless an access policy restricts it.
     */
    Set<String> applicationPermissions();

    /** The rooms Graph lists ({@code /places/microsoft.graph.room}), or empty when the app may not list places. */
    Optional<List<String>> listRooms();

    /** For a stack without an app (a service account's folder roles): nothing to sign in as, so nothing to probe. */
    GraphProbes NO_APP = new GraphProbes() {
        private static final String NO_APP_TO_SIGN_IN_AS = "no app to sign in as: the stack's service account is"
                + " checked through Exchange's admin API";

        @Override
        public ProbeResult readCalendar(String mailbox) {
            return ProbeResult.skipped(NO_APP_TO_SIGN_IN_AS);
        }

        @Override
        public ProbeResult writeProbeEvent(String mailbox) {
            return ProbeResult.skipped(NO_APP_TO_SIGN_IN_AS);
        }

        @Override
        public Set<String> applicationPermissions() {
            return Set.of();
        }

        @Override
        public Optional<List<String>> listRooms() {
            return Optional.empty();
        }
    };
}
