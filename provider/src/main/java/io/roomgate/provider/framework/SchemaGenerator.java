package io.roomgate.provider.framework;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Pulumi package schema, generated from the declared records, so schema and code cannot drift apart. */
public final class SchemaGenerator {
    private final String packageName;
    private final String displayName;
    private final String version;
    private final Map<String, JsonObject> types = new TreeMap<>();

    public SchemaGenerator(String packageName, String displayName, String version) {
        this.packageName = packageName;
        this.displayName = displayName;
        this.version = version;
    }

    public String generate(String description, RecordShape<?> config, Collection<ResourceEndpoint<?>> resources,
                           Collection<FunctionEndpoint<?, ?>> functions) {
        JsonObject schema = new JsonObject();
        schema.addProperty("name", packageName);
        schema.addProperty("version", version);
        schema.addProperty("displayName", displayName);
        schema.addProperty("description", description);
        schema.addProperty("publisher", "roomgate");

        JsonObject configSection = new JsonObject();
        configSection.add("variables", properties(config.properties()));
        configSection.add("defaults", new JsonArray());
        schema.add("config", configSection);

        JsonObject provider = new JsonObject();
        provider.addProperty("description", "The provider type for the " + packageName + " package.");
        provider.add("inputProperties", properties(config.properties()));
        schema.add("provider", provider);

        JsonObject resourceSection = new JsonObject();
        for (ResourceEndpoint<?> endpoint : resources) {
            RecordShape<?> shape = endpoint.shape();
            JsonObject resource = new JsonObject();
            resource.addProperty("description", endpoint.handler().description());
            resource.add("properties", properties(shape.properties()));
            resource.add("required", required(shape.inputs()));
            resource.add("inputProperties", properties(shape.inputs()));
            resource.add("requiredInputs", required(shape.inputs()));
            resourceSection.add(endpoint.handler().token(), resource);
        }
        schema.add("resources", resourceSection);

        JsonObject functionSection = new JsonObject();
        for (FunctionEndpoint<?, ?> endpoint : functions) {
            JsonObject function = new JsonObject();
            function.addProperty("description", endpoint.handler().description());
            function.add("inputs", objectType(endpoint.args().properties()));
            function.add("outputs", objectType(endpoint.result().properties()));
            functionSection.add(endpoint.handler().token(), function);
        }
        schema.add("functions", functionSection);

        JsonObject typeSection = new JsonObject();
        types.forEach(typeSection::add);
        schema.add("types", typeSection);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(schema);
    }

    private JsonObject objectType(List<PropertySpec> properties) {
        JsonObject type = new JsonObject();
        type.addProperty("type", "object");
        type.add("properties", properties(properties));
        JsonArray required = new JsonArray();
        properties.stream().filter(p -> p.required() || p.declaration().output()).forEach(p -> required.add(p.name()));
        type.add("required", required);
        return type;
    }

    private JsonObject properties(List<PropertySpec> specs) {
        JsonObject properties = new JsonObject();
        for (PropertySpec spec : specs) {
            JsonObject property = typeOf(spec.type(), spec.type() == PropertyType.ARRAY ? spec.elementType() : null,
                    spec.recordType());
            StringBuilder description = new StringBuilder(spec.description());
            if (!spec.allowed().isEmpty()) {
                description.append(" One of: ").append(String.join(", ", spec.allowed())).append('.');
            }
            if (spec.createOnly()) {
                description.append(" Used when the object is created; a later change is not applied.");
            }
            property.addProperty("description", description.toString());
            if (spec.secret()) {
                property.addProperty("secret", true);
            }
            if (spec.isInput() && spec.replaces()) {
                property.addProperty("willReplaceOnChanges", true);
            }
            spec.defaultValue().ifPresent(value -> {
                switch (spec.type()) {
                    case BOOLEAN -> property.addProperty("default", Boolean.parseBoolean(value));
                    case INTEGER -> property.addProperty("default", Long.parseLong(value));
                    default -> property.addProperty("default", value);
                }
            });
            properties.add(spec.name(), property);
        }
        return properties;
    }

    private JsonObject typeOf(PropertyType type, PropertyType elementType, Class<?> recordType) {
        JsonObject json = new JsonObject();
        if (type == PropertyType.OBJECT) {
            json.addProperty("$ref", "#/types/" + objectToken(recordType));
        } else if (type == PropertyType.ARRAY) {
            json.addProperty("type", "array");
            json.add("items", typeOf(elementType, null, recordType));
        } else {
            json.addProperty("type", type.schemaName());
        }
        return json;
    }

    private String objectToken(Class<?> recordType) {
        String token = packageName + ":index:" + recordType.getSimpleName();
        if (!types.containsKey(token)) {
            types.put(token, new JsonObject());
            @SuppressWarnings({"unchecked", "rawtypes"})
            RecordShape<?> shape = RecordShape.of((Class) recordType);
            types.put(token, objectType(shape.properties()));
        }
        return token;
    }

    private static JsonArray required(List<PropertySpec> inputs) {
        JsonArray required = new JsonArray();
        inputs.stream().filter(PropertySpec::required).forEach(p -> required.add(p.name()));
        return required;
    }
}
