package io.roomgate.program.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One object of the stack configuration (e.g. {@code roomgate:app}) read setting by setting. A setting of the wrong
 * type becomes a problem naming its full key, and reading goes on, so the admin sees every mistake in one run.
 */
final class Settings {
    private final String key;
    private final JsonObject values;
    private final List<ConfigProblem> problems;

    Settings(String key, JsonObject values, List<ConfigProblem> problems) {
        this.key = key;
        this.values = values;
        this.problems = problems;
    }

    String key() {
        return key;
    }

    String keyOf(String setting) {
        return key + "." + setting;
    }

    boolean has(String setting) {
        return values.has(setting) && !values.get(setting).isJsonNull();
    }

    boolean isEmpty() {
        return values.entrySet().stream().allMatch(e -> e.getValue().isJsonNull());
    }

    void problem(String setting, String message) {
        problems.add(new ConfigProblem(keyOf(setting), message));
    }

    /** Settings this object may hold; any other is most likely a typo, so it is reported with the known names. */
    void allowOnly(String... known) {
        var allowed = Set.of(known);
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                problem(name, "is not a setting roomgate knows. Known settings of " + key + ": "
                        + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        }
    }

    Optional<String> string(String setting) {
        if (!has(setting)) {
            return Optional.empty();
        }
        JsonElement value = values.get(setting);
        if (value.isJsonPrimitive() && !value.getAsJsonPrimitive().isBoolean()) {
            String text = value.getAsString().trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        problem(setting, "must be text, e.g. " + setting + ": \"...\".");
        return Optional.empty();
    }

    Optional<Boolean> bool(String setting) {
        if (!has(setting)) {
            return Optional.empty();
        }
        JsonElement value = values.get(setting);
        if (value.isJsonPrimitive()) {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            if (primitive.isBoolean()) {
                return Optional.of(primitive.getAsBoolean());
            }
            if (primitive.isString() && (primitive.getAsString().equals("true") || primitive.getAsString().equals("false"))) {
                return Optional.of(Boolean.parseBoolean(primitive.getAsString()));
            }
        }
        problem(setting, "must be true or false, not " + value + ".");
        return Optional.empty();
    }

    Optional<Integer> integer(String setting) {
        if (!has(setting)) {
            return Optional.empty();
        }
        JsonElement value = values.get(setting);
        if (value.isJsonPrimitive()) {
            try {
                return Optional.of(Integer.parseInt(value.getAsString().trim()));
            } catch (NumberFormatException notAWholeNumber) {
                // reported below
            }
        }
        problem(setting, "must be a whole number, not " + value + ".");
        return Optional.empty();
    }

    List<String> strings(String setting) {
        if (!has(setting)) {
            return List.of();
        }
        JsonElement value = values.get(setting);
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return List.of(value.getAsString().trim());
        }
        if (!value.isJsonArray()) {
            problem(setting, "must be a list, e.g. " + setting + ": [\"first\", \"second\"].");
            return List.of();
        }
        var result = new ArrayList<String>();
        for (JsonElement item : value.getAsJsonArray()) {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString() && !item.getAsString().isBlank()) {
                result.add(item.getAsString().trim());
            } else {
                problem(setting, "must list text values only; " + item + " is not one.");
            }
        }
        return List.copyOf(result);
    }

    /** The setting's value as written, for nested structures read by their own reader. */
    JsonElement raw(String setting) {
        return values.get(setting);
    }

    /** A nested object, e.g. a building's roomList, as its own Settings named key.setting. */
    Optional<Settings> object(String setting) {
        if (!has(setting)) {
            return Optional.empty();
        }
        JsonElement value = values.get(setting);
        if (!value.isJsonObject()) {
            problem(setting, "must be an object with named settings, not " + value + ".");
            return Optional.empty();
        }
        return Optional.of(new Settings(keyOf(setting), value.getAsJsonObject(), problems));
    }

    /** A list of objects, e.g. the concierge offices; each comes back as its own Settings named key[i]. */
    static List<Settings> objects(String key, JsonElement value, List<ConfigProblem> problems) {
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            problems.add(new ConfigProblem(key, "must be a list of objects, one per entry."));
            return List.of();
        }
        JsonArray array = value.getAsJsonArray();
        var result = new ArrayList<Settings>();
        for (int i = 0; i < array.size(); i++) {
            String itemKey = key + "[" + i + "]";
            if (array.get(i).isJsonObject()) {
                result.add(new Settings(itemKey, array.get(i).getAsJsonObject(), problems));
            } else {
                problems.add(new ConfigProblem(itemKey, "must be an object with named settings, not " + array.get(i) + "."));
            }
        }
        return result;
    }
}
