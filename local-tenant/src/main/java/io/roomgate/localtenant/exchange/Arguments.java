package io.roomgate.localtenant.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cmdlet's parameters after PowerShell-style binding: names matched case-insensitively to the cmdlet's
 * declared parameters, values converted to their kinds. Unknown names, bad values and missing mandatory
 * parameters are refused the way PowerShell refuses them.
 */
final class Arguments {
    /** Common parameters every cmdlet takes. */
    private static final List<Parameter> COMMON = List.of(Parameter.bool("Confirm"), Parameter.bool("WhatIf"),
            Parameter.string("ErrorAction"), Parameter.string("WarningAction"), Parameter.bool("Verbose"),
            Parameter.bool("Debug"));

    /** Parameters whose values never reach the change log. */
    private static final java.util.Set<String> SECRET_PARAMETERS = java.util.Set.of("Password", "RoomMailboxPassword");
    private static final String REDACTED = "[redacted]";

    /** Add/remove edits of a multi-valued property, or a full replacement. */
    record MultiValue(List<String> replace, List<String> add, List<String> remove) {
        boolean isReplacement() {
            return replace != null;
        }
    }

    private final Map<String, Object> values;
    private final Map<String, Object> asSent;

    private Arguments(Map<String, Object> values, Map<String, Object> asSent) {
        this.values = values;
        this.asSent = asSent;
    }

    static Arguments bind(String cmdlet, List<Parameter> declared, JsonObject parameters) throws CmdletException {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : declared) {
            byName.put(parameter.name().toLowerCase(Locale.ROOT), parameter);
        }
        for (Parameter parameter : COMMON) {
            byName.putIfAbsent(parameter.name().toLowerCase(Locale.ROOT), parameter);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> asSent = new LinkedHashMap<>();
        if (parameters != null) {
            for (Map.Entry<String, JsonElement> entry : parameters.entrySet()) {
                if (entry.getKey().contains("@odata.type")) {
                    continue;
                }
                Parameter parameter = byName.get(entry.getKey().toLowerCase(Locale.ROOT));
                if (parameter == null) {
                    throw CmdletException.parameterBinding(
                            "A parameter cannot be found that matches parameter name '" + entry.getKey() + "'.");
                }
                values.put(parameter.name(), convert(parameter, entry.getValue()));
                asSent.put(parameter.name(), SECRET_PARAMETERS.contains(parameter.name()) ? REDACTED
                        : plain(entry.getValue()));
            }
        }
        List<String> missing = declared.stream().filter(Parameter::mandatory)
                .filter(p -> values.get(p.name()) == null).map(Parameter::name).toList();
        if (!missing.isEmpty()) {
            throw CmdletException.parameterBinding("Cannot process command because of one or more missing "
                    + "mandatory parameters: " + String.join(" ", missing) + ".");
        }
        return new Arguments(values, asSent);
    }

    private static Object convert(Parameter parameter, JsonElement value) throws CmdletException {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        switch (parameter.kind()) {
            case STRING:
                return scalar(parameter, value);
            case STRINGS:
                return list(parameter, value);
            case MULTI_VALUED_PROPERTY:
                if (value.isJsonObject()) {
                    JsonObject edits = value.getAsJsonObject();
                    List<String> add = new ArrayList<>();
                    List<String> remove = new ArrayList<>();
                    for (Map.Entry<String, JsonElement> edit : edits.entrySet()) {
                        if (edit.getKey().equalsIgnoreCase("Add")) {
                            add.addAll(list(parameter, edit.getValue()));
                        } else if (edit.getKey().equalsIgnoreCase("Remove")) {
                            remove.addAll(list(parameter, edit.getValue()));
                        } else if (!edit.getKey().startsWith("@")) {
                            throw cannotConvert(parameter, edits.toString(), "Microsoft.Exchange.Data.MultiValuedProperty",
                                    "The hash table may only contain the keys Add and Remove.");
                        }
                    }
                    return new MultiValue(null, add, remove);
                }
                return new MultiValue(list(parameter, value), List.of(), List.of());
            case BOOLEAN:
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
                    return value.getAsBoolean();
                }
                String text = scalar(parameter, value);
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("$true")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("$false")) {
                    return false;
                }
                throw cannotConvert(parameter, text, "System.Boolean", "Boolean parameters accept only Boolean values "
                        + "and numbers, such as $True, $False, 1 or 0.");
            case INTEGER:
                return integer(parameter, value);
            case UNLIMITED_INTEGER:
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                        && value.getAsString().equalsIgnoreCase("Unlimited")) {
                    return Integer.MAX_VALUE;
                }
                return integer(parameter, value);
            case ENUM:
                return enumValue(parameter, scalar(parameter, value));
            case ENUMS:
                List<String> flags = new ArrayList<>();
                for (String item : list(parameter, value)) {
                    for (String flag : item.split(",")) {
                        if (!flag.isBlank()) {
                            flags.add(enumValue(parameter, flag.trim()));
                        }
                    }
                }
                return flags;
            default:
                throw new IllegalStateException(parameter.kind().toString());
        }
    }

    private static int integer(Parameter parameter, JsonElement value) throws CmdletException {
        String text = scalar(parameter, value);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw cannotConvert(parameter, text, "System.Int32", "Input string was not in a correct format.");
        }
    }

    private static String enumValue(Parameter parameter, String text) throws CmdletException {
        for (String candidate : parameter.enumValues()) {
            if (candidate.equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        throw cannotConvert(parameter, text, parameter.enumType(), "Unable to match the identifier name " + text
                + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                + System.lineSeparator() + String.join(", ", parameter.enumValues()));
    }

    private static CmdletException cannotConvert(Parameter parameter, String text, String type, String reason) {
        return CmdletException.parameterBinding("Cannot bind parameter '" + parameter.name()
                + "'. Cannot convert value \"" + text + "\" to type \"" + type + "\". Error: \"" + reason + "\"");
    }

    private static String scalar(Parameter parameter, JsonElement value) throws CmdletException {
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        if (value.isJsonArray() && value.getAsJsonArray().size() == 1 && value.getAsJsonArray().get(0).isJsonPrimitive()) {
            return value.getAsJsonArray().get(0).getAsString();
        }
        throw CmdletException.parameterBinding("Cannot convert '" + value + "' to the type 'System.String' required by "
                + "parameter '" + parameter.name() + "'. Specified method is not supported.");
    }

    private static List<String> list(Parameter parameter, JsonElement value) throws CmdletException {
        List<String> items = new ArrayList<>();
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                items.add(scalar(parameter, item));
            }
        } else if (!value.isJsonNull()) {
            items.add(scalar(parameter, value));
        }
        return items;
    }

    private static Object plain(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value instanceof JsonPrimitive primitive) {
            return primitive.isBoolean() ? primitive.getAsBoolean()
                    : primitive.isNumber() ? primitive.getAsNumber() : primitive.getAsString();
        }
        if (value instanceof JsonArray array) {
            List<Object> items = new ArrayList<>();
            array.forEach(item -> items.add(plain(item)));
            return Collections.unmodifiableList(items);
        }
        Map<String, Object> object = new LinkedHashMap<>();
        value.getAsJsonObject().entrySet().forEach(e -> object.put(e.getKey(), plain(e.getValue())));
        return Collections.unmodifiableMap(object);
    }

    /** The parameters as the caller sent them (names canonicalised, secrets redacted), for the change log. */
    Map<String, Object> asSent() {
        return asSent;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    String string(String name) {
        return (String) values.get(name);
    }

    Optional<String> optionalString(String name) {
        return Optional.ofNullable(string(name));
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    MultiValue multiValue(String name) {
        return (MultiValue) values.get(name);
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    Integer integer(String name) {
        return (Integer) values.get(name);
    }

    Object raw(String name) {
        return values.get(name);
    }

    Map<String, Object> all() {
        return values;
    }
}
