package io.roomgate.testengine;

/** One thing the stand-in engine did (or, in a preview, would do) to one resource. */
public record Step(Op op, String urn, String type) {

    public enum Op { CREATE, UPDATE, REPLACE, SAME, DELETE, REFRESH, READ_GONE }

    public boolean writes() {
        return op == Op.CREATE || op == Op.UPDATE || op == Op.REPLACE || op == Op.DELETE;
    }
}
