package io.roomgate.provider.handlers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Countries as Exchange's CountryInfo binds them: an ISO 3166-1 two-letter code or the country's English name. */
final class Countries {
    private Countries() {}

    /** The two-letter code for a code or a name, in upper case; empty when it is neither. */
    static Optional<String> code(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> code.equalsIgnoreCase(trimmed)
                        || new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(trimmed))
                .findFirst();
    }
}
