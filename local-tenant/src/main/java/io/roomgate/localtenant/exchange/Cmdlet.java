package io.roomgate.localtenant.exchange;

import java.util.List;
import java.util.Map;

/** One service cmdlet: its name, whether it writes, the parameters it binds, and what it does. */
record Cmdlet(String name, boolean writes, List<Parameter> parameters, Body body) {
    interface Body {
        Result run(CmdletCall call) throws CmdletException;
    }

    /** Output objects (property name → value, in Exchange's order) and warnings. */
    record Result(List<Map<String, Object>> objects, List<String> warnings) {
        static Result of(List<Map<String, Object>> objects) {
            return new Result(objects, List.of());
        }

        static Result one(Map<String, Object> object) {
            return new Result(List.of(object), List.of());
        }

        static Result none() {
            return new Result(List.of(), List.of());
        }

        static Result warning(String warning) {
            return new Result(List.of(), List.of(warning));
        }
    }

    static Cmdlet read(String name, Body body, Parameter... parameters) {
        return new Cmdlet(name, false, List.of(parameters), body);
    }

    static Cmdlet write(String name, Body body, Parameter... parameters) {
        return new Cmdlet(name, true, List.of(parameters), body);
    }
}
