package io.roomgate.provider.framework;

import io.roomgate.opath.OpathSyntaxException;
import io.roomgate.opath.RecipientFilter;

import java.util.Optional;

/** Adapter to the project's OPATH parser, so Check rejects a filter Exchange would reject. */
final class RecipientFilters {
    private RecipientFilters() {}

    static Optional<String> problem(String filter) {
        if (filter.isBlank()) {
            return Optional.of("the filter is empty; write an OPATH filter such as RecipientTypeDetails -eq 'RoomMailbox'");
        }
        try {
            RecipientFilter.parse(filter);
            return Optional.empty();
        } catch (OpathSyntaxException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The same filter, however spelled (Exchange rewrites filters into its canonical form). */
    static boolean equivalent(String a, String b) {
        try {
            return RecipientFilter.parse(a).equivalentTo(RecipientFilter.parse(b));
        } catch (OpathSyntaxException e) {
            return a.equals(b);
        }
    }
}
