package io.roomgate.opath;

import java.math.BigDecimal;

/** The right-hand side of a comparison. */
sealed interface Literal {

    /** The literal as the canonical filter text writes it. */
    String render();

    /** The literal as text, for comparing with a recipient's value. */
    String text();

    record Text(String value) implements Literal {
        @Override
        public String text() {
            return value;
        }

        @Override
        public String render() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    /** A number, kept as written: compared as a number with numeric properties and as text with text ones. */
    record Numeric(String written) implements Literal {
        BigDecimal value() {
            return new BigDecimal(written);
        }

        @Override
        public String text() {
            return written;
        }

        @Override
        public String render() {
            return written;
        }
    }

    record Bool(boolean value) implements Literal {
        @Override
        public String text() {
            return String.valueOf(value);
        }

        @Override
        public String render() {
            return value ? "$true" : "$false";
        }
    }

    record Null() implements Literal {
        @Override
        public String text() {
            return "";
        }

        @Override
        public String render() {
            return "$null";
        }
    }
}
