package io.roomgate.opath;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The comparison operators of OPATH, as written in a filter. */
enum ComparisonOperator {
    EQ("-eq"), NE("-ne"), LIKE("-like"), NOTLIKE("-notlike"), GT("-gt"), GE("-ge"), LT("-lt"), LE("-le");

    static final String ALL = Arrays.stream(values()).map(op -> op.text).collect(Collectors.joining(", "));

    final String text;

    ComparisonOperator(String text) {
        this.text = text;
    }

    static Optional<ComparisonOperator> of(String lowerCaseText) {
        return Arrays.stream(values()).filter(op -> op.text.equals(lowerCaseText)).findFirst();
    }

    /** {@code -ne} and {@code -notlike} are exactly "not {@code -eq}" and "not {@code -like}", also for lists. */
    boolean negates() {
        return this == NE || this == NOTLIKE;
    }

    boolean ordersValues() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    boolean matchesPattern() {
        return this == LIKE || this == NOTLIKE;
    }
}
