package io.roomgate.program.config;

/** One thing wrong with the stack configuration: the key (e.g. {@code roomgate:app.secretLifetimeMonths}) and what to write instead. */
public record ConfigProblem(String key, String message) {
    @Override
    public String toString() {
        return key + ": " + message;
    }
}
