package io.roomgate.provider.framework;

import io.roomgate.provider.codec.PropertyCodec;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a property map against the declared inputs of a record shape: required inputs, types, formats, allowed
 * values and ranges, and fills in declared defaults. Unknown values (preview) are not judged yet.
 */
public final class Validation {
    private final Map<String, Object> checked;
    private final Set<String> unknown;
    private final CheckFailures failures;

    private Validation(Map<String, Object> checked, Set<String> unknown, CheckFailures failures) {
        this.checked = checked;
        this.unknown = unknown;
        this.failures = failures;
    }

    /** The inputs as given (secrets and unknowns kept), with defaults added. */
    public Map<String, Object> checked() {
        return checked;
    }

    /** Top-level inputs that are (partly) unknown. */
    public Set<String> unknown() {
        return unknown;
    }

    public CheckFailures failures() {
        return failures;
    }

    /** The known inputs as plain values (secrets revealed, unknown inputs left out), ready for the record. */
    public Map<String, Object> known() {
        Map<String, Object> known = new LinkedHashMap<>();
        checked.forEach((name, value) -> {
            if (!unknown.contains(name)) {
                known.put(name, PropertyCodec.reveal(value));
            }
        });
        return known;
    }

    public static Validation of(RecordShape<?> shape, Map<String, Object> news) {
        Map<String, Object> checked = new LinkedHashMap<>(news);
        Set<String> unknown = new HashSet<>();
        CheckFailures failures = new CheckFailures();
        Set<String> declared = shape.inputs().stream().map(PropertySpec::name).collect(Collectors.toSet());
        for (String name : news.keySet()) {
            if (!declared.contains(name) && !name.startsWith("__")) {
                failures.add(name, "'" + name + "' is not an input of this resource; its inputs are "
                        + String.join(", ", declared.stream().sorted().toList()));
            }
        }
        for (PropertySpec spec : shape.inputs()) {
            Object value = news.get(spec.name());
            if (value == null) {
                checked.remove(spec.name());
                if (spec.defaultValue().isPresent()) {
                    checked.put(spec.name(), defaultOf(spec));
                } else if (spec.required()) {
                    failures.add(spec.name(), "'" + spec.name() + "' is required: " + spec.description());
                }
            } else if (PropertyCodec.containsUnknown(value)) {
                unknown.add(spec.name());
            } else if (PropertyCodec.containsSecret(value)) {
                CheckFailures secretFailures = new CheckFailures();
                Object revealed = PropertyCodec.reveal(value);
                checkValue(spec, spec.type(), revealed, spec.name(), secretFailures);
                secretFailures.asList().forEach(f -> failures.add(f.getProperty(), redact(f.getReason(), revealed)));
            } else {
                checkValue(spec, spec.type(), PropertyCodec.reveal(value), spec.name(), failures);
            }
        }
        return new Validation(checked, unknown, failures);
    }

    private static Object defaultOf(PropertySpec spec) {
        String text = spec.defaultValue().orElseThrow();
        return switch (spec.type()) {
            case BOOLEAN -> Boolean.parseBoolean(text);
            case INTEGER -> Double.parseDouble(text);
            default -> text;
        };
    }

    private static void checkValue(PropertySpec spec, PropertyType type, Object value, String path,
                                   CheckFailures failures) {
        switch (type) {
            case STRING -> {
                if (!(value instanceof String text)) {
                    failures.add(path, "'" + path + "' must be a string, not " + describe(value));
                    return;
                }
                checkString(spec, text, path, failures);
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    failures.add(path, "'" + path + "' must be true or false, not " + describe(value));
                }
            }
            case INTEGER -> {
                if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
                    failures.add(path, "'" + path + "' must be a whole number, not " + describe(value));
                    return;
                }
                long whole = number.longValue();
                if (whole < spec.declaration().min() || whole > spec.declaration().max()) {
                    failures.add(path, "'" + path + "' is " + whole + "; it must be between "
                            + spec.declaration().min() + " and " + spec.declaration().max());
                }
            }
            case ARRAY -> {
                if (!(value instanceof List<?> items)) {
                    failures.add(path, "'" + path + "' must be a list, not " + describe(value));
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    checkValue(spec, spec.elementType(), items.get(i), path + "[" + i + "]", failures);
                }
            }
            case OBJECT -> {
                if (!(value instanceof Map<?, ?>)) {
                    failures.add(path, "'" + path + "' must be an object, not " + describe(value));
                }
            }
        }
    }

    private static void checkString(PropertySpec spec, String text, String path, CheckFailures failures) {
        List<String> allowed = spec.allowed();
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            String hint = allowed.stream().filter(a -> a.equalsIgnoreCase(text)).findFirst()
                    .map(a -> "; did you mean '" + a + "'?").orElse("");
            failures.add(path, "'" + text + "' is not one of " + String.join(", ", allowed) + hint);
            return;
        }
        spec.format().problem(text).ifPresent(problem -> failures.add(path, problem));
    }

    /** A failure about a secret input must not show the secret itself. */
    private static String redact(String reason, Object secret) {
        if (secret instanceof String text && !text.isEmpty()) {
            return reason.replace(text, "[secret]");
        } else if (secret instanceof List<?> items) {
            String redacted = reason;
            for (Object item : items) {
                redacted = redact(redacted, item);
            }
            return redacted;
        } else if (secret instanceof Map<?, ?> map) {
            return redact(reason, List.copyOf(map.values()));
        }
        return reason;
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the string '" + text + "'";
        }
        return value instanceof List ? "a list" : value instanceof Map ? "an object" : String.valueOf(value);
    }
}
