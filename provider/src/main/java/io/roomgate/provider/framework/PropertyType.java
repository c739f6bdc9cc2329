package io.roomgate.provider.framework;

import io.roomgate.provider.codec.Unknown;

/** The Pulumi schema type of a property, and the unknown the engine uses for it during preview. */
public enum PropertyType {
    STRING("string", Unknown.STRING),
    BOOLEAN("boolean", Unknown.BOOL),
    INTEGER("integer", Unknown.NUMBER),
    ARRAY("array", Unknown.ARRAY),
    OBJECT("object", Unknown.OBJECT);

    private final String schemaName;
    private final Unknown unknown;

    PropertyType(String schemaName, Unknown unknown) {
        this.schemaName = schemaName;
        this.unknown = unknown;
    }

    public String schemaName() {
        return schemaName;
    }

    public Unknown unknown() {
        return unknown;
    }
}
