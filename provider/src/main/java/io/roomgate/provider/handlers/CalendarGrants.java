package io.roomgate.provider.handlers;

import java.util.List;
import java.util.Objects;

/**
 * The app's tenant-wide Microsoft Graph calendar permissions (Entra app role assignments such as
 * {@code Calendars.ReadWrite}). Rule 1: an access policy must outlive every such grant of its app.
 */
public interface CalendarGrants {
    /**
     * What the app holds, or why it could not be checked. A failure that running again may cure (Graph unavailable)
     * is thrown instead: a delete must not go ahead on a check that merely did not happen this time.
     */
    Check check(String appId);

    /**
     * @param held             one line per grant the admin must remove first, e.g. "Microsoft Graph
     *                         Calendars.ReadWrite (application permission)"
     * @param notCheckedBecause null when checked; else what could not be read and the permission that would let it
     */
    record Check(List<String> held, String notCheckedBecause) {
        public Check {
            held = List.copyOf(Objects.requireNonNull(held, "held"));
        }

        public static Check held(List<String> grants) {
            return new Check(grants, null);
        }

        public static Check notChecked(String because) {
            return new Check(List.of(), Objects.requireNonNull(because, "because"));
        }

        public boolean checked() {
            return notCheckedBecause == null;
        }
    }
}
