package io.roomgate.opath;

/**
 * A recipient filter that does not parse. The message is written for the admin who typed the filter: it quotes
 * the filter, names the column (1-based) where the problem is, what was found there and what to write instead.
 */
public final class OpathSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String filter;
    private final int column;
    private final String problem;

    OpathSyntaxException(String filter, int column, String problem) {
        super("filter \"" + filter + "\": " + problem);
        this.filter = filter;
        this.column = column;
        this.problem = problem;
    }

    /** The filter text as given. */
    public String filter() {
        return filter;
    }

    /** The 1-based column where the problem starts (the text's length + 1 when the filter ends too early). */
    public int column() {
        return column;
    }

    /** The message without the quoted filter, for callers that name the filter themselves. */
    public String problem() {
        return problem;
    }
}
