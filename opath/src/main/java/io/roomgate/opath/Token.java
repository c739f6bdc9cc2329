package io.roomgate.opath;

/** One lexical unit of a filter, with where it starts (1-based column) and how it was written. */
record Token(Kind kind, String text, String value, int column) {

    enum Kind {
        /** A bare word: a property name, or a value someone forgot to quote. */
        WORD,
        /** A quoted string; {@link #value} holds it unquoted and unescaped. */
        STRING,
        NUMBER,
        /** {@code $true}, {@code $false}, {@code $null} or an unknown {@code $name}; {@link #value} is lower-case. */
        VARIABLE,
        /** {@code -eq}, {@code -and}, …; {@link #value} is the lower-case operator with its dash. */
        OPERATOR,
        OPEN,
        CLOSE,
        END
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the filter" : text;
    }
}
