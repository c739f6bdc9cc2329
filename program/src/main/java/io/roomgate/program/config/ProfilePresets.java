package io.roomgate.program.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stack's values over its profile's presets ({@link Profile}): a stack value replaces the preset of the same
 * key, and the keys in {@link #MERGED_KEYS} are merged setting by setting, so anything a profile sets can be
 * overridden.
 */
final class ProfilePresets {
    /** The top-level keys; structured ones hold JSON objects (or a list, for concierge). */
    static final List<String> KEYS = List.of("tenantId", "organization", "profile", "accessModel",
            "acceptUnrestrictedApp", "app", "appClientSecret", "rooms", "buildings", "roomLists", "roomGroup",
            "calendarProcessing", "concierge", "serviceAccount", "serviceAccountPassword", "signIn", "canaryMailbox",
            "connector");

    /**
     * Keys whose stack value is merged into the profile's preset setting by setting. Every other key is replaced
     * whole; {@code rooms} above all, since a selection is one choice (explicit rooms replace "all rooms").
     */
    static final Set<String> MERGED_KEYS = Set.of("app", "roomGroup", "calendarProcessing", "serviceAccount", "signIn", "connector");

    private ProfilePresets() {}

    /** The profile the stack names ({@code custom}, presetting nothing, if none). */
    static Profile profile(ConfigSource source, List<ConfigProblem> problems) {
        return source.get("profile").map(String::trim).map(value -> Profile.fromConfig(value).orElseGet(() -> {
            problems.add(new ConfigProblem(StackValues.key("profile"), "'" + value + "' is not a profile roomgate knows. Write one of: "
                    + String.join(", ", Profile.configValues()) + " (custom presets nothing)."));
            return Profile.CUSTOM;
        })).orElse(Profile.CUSTOM);
    }

    /** Presets overlaid by the stack: {@link #MERGED_KEYS} merge setting by setting, anything else is replaced. */
    static StackValues overlay(Profile profile, ConfigSource source, List<ConfigProblem> problems) {
        JsonObject merged = profile.presets();
        for (String name : KEYS) {
            if (name.equals("appClientSecret") || name.equals("serviceAccountPassword")) {
                continue; // a secret: never parsed or echoed, only its presence matters
            }
            Optional<String> raw = source.get(name);
            if (raw.isEmpty()) {
                continue;
            }
            JsonElement value = parse(name, raw.get(), problems);
            if (value == null) {
                continue;
            }
            JsonElement preset = merged.get(name);
            if (MERGED_KEYS.contains(name) && preset != null && preset.isJsonObject() && value.isJsonObject()) {
                JsonObject combined = preset.getAsJsonObject().deepCopy();
                value.getAsJsonObject().entrySet().forEach(e -> combined.add(e.getKey(), e.getValue()));
                merged.add(name, combined);
            } else {
                merged.add(name, value);
            }
        }
        return new StackValues(source, merged, problems);
    }

    private static JsonElement parse(String name, String raw, List<ConfigProblem> problems) {
        String text = raw.trim();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return JsonParser.parseString(text);
            } catch (JsonParseException malformed) {
                problems.add(new ConfigProblem(StackValues.key(name), "is not valid structured YAML/JSON (" + malformed.getMessage() + "). Check its indentation and brackets."));
                return null;
            }
        }
        return new JsonPrimitive(text);
    }
}
