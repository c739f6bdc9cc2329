package io.roomgate.program.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stack's {@code roomgate:*} values, the profile's presets under them, read key by key: a value of the wrong
 * shape becomes a problem naming its key, and reading goes on, so the admin sees every mistake in one run.
 */
final class StackValues {
    private final ConfigSource source;
    private final JsonObject values;
    private final List<ConfigProblem> problems;

    StackValues(ConfigSource source, JsonObject values, List<ConfigProblem> problems) {
        this.source = source;
        this.values = values;
        this.problems = problems;
    }

    static String key(String name) {
        return StackConfigReader.NAMESPACE + ":" + name;
    }

    void problem(String name, String message) {
        problems.add(new ConfigProblem(key(name), message));
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    boolean has(String name) {
        return values.has(name);
    }

    /** The value of {@code name} as written (null when absent), for structures read by their own reader. */
    JsonElement raw(String name) {
        return values.get(name);
    }

    /** Whether the value of {@code name} comes from the profile rather than from the stack. */
    boolean setByProfile(String name) {
        return values.has(name) && source.get(name).isEmpty();
    }

    /** Whether the stack holds a (non-blank) secret under {@code name}; its value is never read here. */
    boolean secretGiven(String name) {
        return source.get(name).filter(s -> !s.isBlank()).isPresent();
    }

    Optional<String> requiredString(String name, String example) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull() || (value.isJsonPrimitive() && value.getAsString().isBlank())) {
            problem(name, "is missing. Write " + example + ".");
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            problem(name, "must be text. Write " + example + ".");
            return Optional.empty();
        }
        return Optional.of(value.getAsString().trim());
    }

    Optional<String> optionalString(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            problem(name, "must be text, not " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.getAsString().trim()).filter(s -> !s.isEmpty());
    }

    Optional<Settings> object(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            problem(name, "must be an object with named settings (indented keys under " + key(name) + "), not " + value + ".");
            return Optional.empty();
        }
        return Optional.of(new Settings(key(name), value.getAsJsonObject(), problems));
    }

    boolean objectIsDisabled(String name) {
        JsonElement value = values.get(name);
        if (value == null || !value.isJsonObject()) {
            return false;
        }
        JsonElement enabled = value.getAsJsonObject().get("enabled");
        return enabled != null && enabled.isJsonPrimitive() && "false".equals(enabled.getAsString());
    }

    /** The object {@code name}, or an empty one when the stack and the profile leave it out. */
    Settings settings(String name) {
        return object(name).orElseGet(() -> new Settings(key(name), new JsonObject(), problems));
    }

    /** The list of objects {@code name}, one {@link Settings} per entry. */
    List<Settings> objects(String name) {
        return Settings.objects(key(name), values.get(name), problems);
    }

    static List<String> addresses(Settings settings, String setting, String example) {
        List<String> addresses = settings.strings(setting);
        for (String address : addresses) {
            if (!Names.isSmtpAddress(address)) {
                settings.problem(setting, "'" + address + "' is not an email address. Write " + example + ".");
            }
        }
        return addresses;
    }
}
