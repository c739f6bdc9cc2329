package io.roomgate.testengine;

/** One thing the stand-in engine did (or, in a preview, would do) to one resource. */
public record Step(Op op, String urn, String type) {

    /** {@code IMPORT}: an existing object adopted by the {@code import} resource option (read, not written). */
    public enum Op { CREATE, UPDATE, REPLACE, SAME, DELETE, REFRESH, READ_GONE, IMPORT }

    public boolean writes() {
        return op == Op.CREATE || op == Op.UPDATE || op == Op.REPLACE || op == Op.DELETE;
    }
}
