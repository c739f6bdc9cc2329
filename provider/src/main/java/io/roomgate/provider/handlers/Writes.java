package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Warnings;
import io.roomgate.provider.framework.Operation;

import java.util.Locale;
import java.util.function.Supplier;

/** The idempotent shapes every handler's writes take, so "already gone" and "already there" mean the same everywhere. */
final class Writes {
    private Writes() {}

    /** A removal whose target is already absent has done its job; says so instead of failing. */
    static void remove(Operation operation, String what, Supplier<Warnings> removal) {
        try {
            relay(operation, removal.get());
        } catch (ExchangeException e) {
            if (!e.meansAbsent()) {
                throw e;
            }
            operation.warning(what + " was already gone in Exchange; nothing to delete");
        }
    }

    /** An addition whose result is already there has done its job. */
    static void add(Operation operation, Supplier<Warnings> addition) {
        try {
            relay(operation, addition.get());
        } catch (ExchangeException e) {
            if (!e.meansPresent()) {
                throw e;
            }
        }
    }

    /** Passes Exchange's warnings on to the admin, except the "nothing was modified" note of an idempotent write. */
    static void relay(Operation operation, Warnings warnings) {
        for (String message : warnings.messages()) {
            if (message.toLowerCase(Locale.ROOT).contains("no settings")
                    && message.toLowerCase(Locale.ROOT).contains("modified")) {
                operation.debug("Exchange: " + message);
            } else {
                operation.warning("Exchange: " + message);
            }
        }
    }

    static boolean sameText(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
