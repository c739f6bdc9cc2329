package io.roomgate.resources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exchangeonline classes follow the provider's committed schema ({@code provider/schema.json}, generated from the
 * handlers and held to them by the provider's SchemaTest): every resource token, input with its required flag,
 * output, object type and function. A property added to a handler fails here until the SDK class has it too.
 */
class ExchangeOnlineSchemaTest {
    private static final String PACKAGE = "io.roomgate.resources.exchangeonline";

    static JsonObject providerSchema() throws IOException {
        Path file = Path.of(System.getProperty("roomgate.projectDir", "..")).resolve("provider/schema.json");
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void everyExchangeOnlineClassFollowsTheProviderSchema() throws IOException {
        JsonObject schema = providerSchema();
        var conformance = new SchemaConformance(PACKAGE);
        schema.getAsJsonObject("resources").entrySet().forEach(e -> {
            JsonObject resource = e.getValue().getAsJsonObject();
            conformance.resource(e.getKey(),
                    properties(resource.getAsJsonObject("inputProperties"), resource.getAsJsonArray("requiredInputs")),
                    properties(resource.getAsJsonObject("properties"), new JsonArray()));
        });
        schema.getAsJsonObject("types").entrySet().forEach(e -> conformance.outputType(
                PACKAGE + ".outputs." + SchemaConformance.className(e.getKey()), objectProperties(e.getValue())));
        schema.getAsJsonObject("functions").entrySet().forEach(e -> {
            String name = SchemaConformance.className(e.getKey());
            JsonObject function = e.getValue().getAsJsonObject();
            conformance.inputArgs(PACKAGE + "." + name + "Args", objectProperties(function.get("inputs")));
            conformance.outputType(PACKAGE + ".outputs." + name + "Result", objectProperties(function.get("outputs")));
        });
        assertEquals(List.of(), conformance.mismatches());
    }

    @Test
    void aPropertyTheSchemaAddsIsReportedMissingFromTheClass() {
        JsonObject inputs = new JsonObject();
        inputs.add("name", spec("string"));
        inputs.add("recipientRestrictionFilter", spec("string"));
        inputs.add("exclusive", spec("boolean"));
        JsonArray required = new JsonArray();
        required.add("name");
        required.add("recipientRestrictionFilter");
        var conformance = new SchemaConformance(PACKAGE);
        conformance.resource("exchangeonline:index:ManagementScope", properties(inputs, required), properties(inputs, required));
        assertEquals(List.of("ManagementScope @Export 'exclusive' is missing", "ManagementScopeArgs @Import 'exclusive' is missing"),
                conformance.mismatches());
    }

    @Test
    void theSchemaIsTheProvidersPackageAtTheVersionTheSdkAsksFor() throws IOException {
        JsonObject schema = providerSchema();
        assertEquals(Map.of("name", "exchangeonline", "version", io.roomgate.resources.exchangeonline.ExchangeOnline.VERSION),
                Map.of("name", schema.get("name").getAsString(), "version", schema.get("version").getAsString()));
    }

    /** An object type of the schema ({@code properties} and {@code required}) as the conformance check reads it. */
    private static JsonObject objectProperties(JsonElement objectType) {
        JsonObject type = objectType.getAsJsonObject();
        return properties(type.getAsJsonObject("properties"), type.getAsJsonArray("required"));
    }

    /** Pulumi schema properties ({@code type}, {@code items}, {@code $ref}) as {@code {type, required}} pairs. */
    private static JsonObject properties(JsonObject properties, JsonArray required) {
        JsonObject converted = new JsonObject();
        properties.entrySet().forEach(e -> {
            JsonObject spec = new JsonObject();
            spec.addProperty("type", typeOf(e.getValue().getAsJsonObject()));
            spec.addProperty("required", required.contains(new com.google.gson.JsonPrimitive(e.getKey())));
            converted.add(e.getKey(), spec);
        });
        return converted;
    }

    private static String typeOf(JsonObject property) {
        if (property.has("$ref")) {
            return property.get("$ref").getAsString().substring("#/types/".length());
        }
        String type = property.get("type").getAsString();
        return type.equals("array") ? "array<" + typeOf(property.getAsJsonObject("items")) + ">" : type;
    }

    private static JsonObject spec(String type) {
        JsonObject spec = new JsonObject();
        spec.addProperty("type", type);
        return spec;
    }
}
