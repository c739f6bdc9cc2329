package io.roomgate.localtenant.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Faults on the Graph endpoints on demand: the next {@code count} requests with a method and a path matching a
 * pattern fail with a status, after authentication and before anything happens. Thread-safe.
 */
public final class GraphFaults {
    private record Rule(String method, Pattern path, int status, int[] remaining) {
        boolean takes(String requestMethod, String requestPath) {
            if (remaining[0] > 0 && method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches()) {
                remaining[0]--;
                return true;
            }
            return false;
        }
    }

    private final List<Rule> before = new ArrayList<>();
    private final List<Rule> afterCommit = new ArrayList<>();

    /**
     * @param method      {@code GET}, {@code POST}, {@code DELETE}, …
     * @param pathPattern a regular expression over the path after {@code /v1.0}, e.g. {@code /users/[^/]+/events/.+}
     * @param status      e.g. 500 or 503 (the Graph SDK retries 429, 503 and 504 by itself)
     */
    public synchronized GraphFaults failNext(String method, String pathPattern, int count, int status) {
        before.add(rule(method, pathPattern, count, status));
        return this;
    }

    /**
     * Like {@link #failNext}, but the request takes effect first (an event is created or deleted) and only its
     * response is lost: the client sees {@code status} and cannot know the write happened. Event writes only.
     */
    public synchronized GraphFaults failAfterCommit(String method, String pathPattern, int count, int status) {
        afterCommit.add(rule(method, pathPattern, count, status));
        return this;
    }

    public synchronized void clear() {
        before.clear();
        afterCommit.clear();
    }

    /** The status this request must fail with before it does anything, if a fault takes it; counts it. */
    synchronized Optional<Integer> takeBefore(String method, String path) {
        return take(before, method, path);
    }

    /** The status this committed write must answer instead of its response, if a fault takes it; counts it. */
    synchronized Optional<Integer> takeAfterCommit(String method, String path) {
        return take(afterCommit, method, path);
    }

    private static Optional<Integer> take(List<Rule> rules, String method, String path) {
        return rules.stream().filter(rule -> rule.takes(method, path)).findFirst().map(Rule::status);
    }

    private static Rule rule(String method, String pathPattern, int count, int status) {
        return new Rule(method.toUpperCase(Locale.ROOT), Pattern.compile(pathPattern), status, new int[] {count});
    }
}
