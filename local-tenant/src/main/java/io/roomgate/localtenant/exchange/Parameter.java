package io.roomgate.localtenant.exchange;

import java.util.List;

/** One parameter a cmdlet accepts: its name, how JSON values bind to it, and whether it is mandatory. */
record Parameter(String name, Kind kind, List<String> enumValues, String enumType, boolean mandatory) {
    enum Kind {
        /** A single string (identities, names, filters). */
        STRING,
        /** A multi-valued parameter: a JSON array (a single string binds as one element). */
        STRINGS,
        /** A multi-valued property that also takes {@code {"Add":[…],"Remove":[…]}}. */
        MULTI_VALUED_PROPERTY,
        /** A switch or a boolean: JSON true/false (PowerShell also binds "True"/"False"). */
        BOOLEAN,
        INTEGER,
        /** One value of an enum; anything else is refused listing the valid values. */
        ENUM,
        /** Several values of an enum (flags such as AccessRights). */
        ENUMS,
        /** Either an integer or "Unlimited" (ResultSize). */
        UNLIMITED_INTEGER
    }

    static Parameter string(String name) {
        return new Parameter(name, Kind.STRING, List.of(), null, false);
    }

    static Parameter strings(String name) {
        return new Parameter(name, Kind.STRINGS, List.of(), null, false);
    }

    static Parameter multiValued(String name) {
        return new Parameter(name, Kind.MULTI_VALUED_PROPERTY, List.of(), null, false);
    }

    static Parameter bool(String name) {
        return new Parameter(name, Kind.BOOLEAN, List.of(), null, false);
    }

    static Parameter integer(String name) {
        return new Parameter(name, Kind.INTEGER, List.of(), null, false);
    }

    static Parameter resultSize() {
        return new Parameter("ResultSize", Kind.UNLIMITED_INTEGER, List.of(), null, false);
    }

    static Parameter enumeration(String name, String enumType, List<String> values) {
        return new Parameter(name, Kind.ENUM, values, enumType, false);
    }

    static Parameter enumerations(String name, String enumType, List<String> values) {
        return new Parameter(name, Kind.ENUMS, values, enumType, false);
    }

    Parameter required() {
        return new Parameter(name, kind, enumValues, enumType, true);
    }
}
