package io.roomgate.resources;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares hand-declared resource classes with a package schema (tokens, property names, Java types, required
 * flags). Each mismatch is one line, so a failing test lists everything that drifted.
 */
public final class SchemaConformance {
    private static final Pattern ARRAY = Pattern.compile("array<(.+)>");

    private final String basePackage;
    private final List<String> mismatches = new ArrayList<>();

    public SchemaConformance(String basePackage) {
        this.basePackage = basePackage;
    }

    public static JsonObject load(String resource) throws IOException {
        try (var in = SchemaConformance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test resource " + resource + " is missing");
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    public List<String> mismatches() {
        return mismatches;
    }

    /** The Java class a schema token maps to: {@code azuread:index/groupMember:GroupMember} -> {@code GroupMember}. */
    public static String className(String token) {
        String name = token.substring(token.lastIndexOf(':') + 1);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The Java type a schema type maps to, as {@link java.lang.reflect.Type#getTypeName()} spells it. */
    public String javaType(String schemaType, boolean input) {
        switch (schemaType) {
            case "string": return "java.lang.String";
            case "boolean": return "java.lang.Boolean";
            case "integer": return "java.lang.Integer";
            case "number": return "java.lang.Double";
            case "map<string>": return "java.util.Map<java.lang.String, java.lang.String>";
            default:
                Matcher array = ARRAY.matcher(schemaType);
                if (array.matches()) {
                    return "java.util.List<" + javaType(array.group(1), input) + ">";
                }
                return input ? basePackage + ".inputs." + className(schemaType) + "Args"
                        : basePackage + ".outputs." + className(schemaType);
        }
    }

    public Class<?> loadClass(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException missing) {
            mismatches.add(className + ": class is missing");
            return null;
        }
    }

    public void resource(String token, JsonObject inputs, JsonObject outputs) {
        Class<?> resource = loadClass(basePackage + "." + className(token));
        if (resource != null) {
            ResourceType annotation = resource.getAnnotation(ResourceType.class);
            if (annotation == null || !annotation.type().equals(token)) {
                mismatches.add(resource.getSimpleName() + ": @ResourceType must be " + token);
            }
            try {
                Object declared = resource.getField("TYPE").get(null);
                if (!token.equals(declared)) {
                    mismatches.add(resource.getSimpleName() + ".TYPE is " + declared + ", schema token is " + token);
                }
            } catch (ReflectiveOperationException noType) {
                mismatches.add(resource.getSimpleName() + ": public TYPE constant is missing");
            }
            compare(resource.getSimpleName() + " @Export", exports(resource), outputs, false, false);
        }
        inputArgs(basePackage + "." + className(token) + "Args", inputs);
    }

    public void inputArgs(String className, JsonObject inputs) {
        Class<?> args = loadClass(className);
        if (args != null) {
            compare(args.getSimpleName() + " @Import", imports(args), inputs, true, true);
        }
    }

    public void outputType(String className, JsonObject properties) {
        Class<?> type = loadClass(className);
        if (type == null) {
            return;
        }
        if (type.getAnnotation(CustomType.class) == null) {
            mismatches.add(type.getSimpleName() + ": must be a @CustomType");
        }
        var setters = new TreeMap<String, Property>();
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (nested.getAnnotation(CustomType.Builder.class) == null) {
                continue;
            }
            for (Method method : nested.getDeclaredMethods()) {
                CustomType.Setter setter = method.getAnnotation(CustomType.Setter.class);
                if (setter != null) {
                    String name = setter.value().isEmpty() ? method.getName() : setter.value();
                    setters.put(name, new Property(method.getGenericParameterTypes()[0].getTypeName(), false));
                }
            }
        }
        compare(type.getSimpleName() + " setter", setters, properties, false, false);
    }

    private record Property(String javaType, boolean required) {}

    private static Map<String, Property> exports(Class<?> resource) {
        var result = new TreeMap<String, Property>();
        for (Field field : resource.getDeclaredFields()) {
            Export export = field.getAnnotation(Export.class);
            if (export != null) {
                result.put(export.name(), new Property(outputInner(field), false));
            }
        }
        return result;
    }

    private static Map<String, Property> imports(Class<?> args) {
        var result = new TreeMap<String, Property>();
        for (Field field : args.getDeclaredFields()) {
            Import imported = field.getAnnotation(Import.class);
            if (imported != null && !Modifier.isStatic(field.getModifiers())) {
                result.put(imported.name(), new Property(outputInner(field), imported.required()));
            }
        }
        return result;
    }

    /** {@code Output<T>} -> the type name of T. */
    private static String outputInner(Field field) {
        String name = field.getGenericType().getTypeName();
        return name.startsWith("com.pulumi.core.Output<") ? name.substring("com.pulumi.core.Output<".length(), name.length() - 1) : name;
    }

    private void compare(String what, Map<String, Property> declared, JsonObject schema, boolean input, boolean checkRequired) {
        for (String name : schema.keySet()) {
            JsonObject spec = schema.getAsJsonObject(name);
            Property property = declared.get(name);
            if (property == null) {
                mismatches.add(what + " '" + name + "' is missing");
                continue;
            }
            String expected = javaType(spec.get("type").getAsString(), input);
            if (!expected.equals(property.javaType())) {
                mismatches.add(what + " '" + name + "' is " + property.javaType() + ", schema says " + expected);
            }
            boolean required = spec.has("required") && spec.get("required").getAsBoolean();
            if (checkRequired && required != property.required()) {
                mismatches.add(what + " '" + name + "' required=" + property.required() + ", schema says " + required);
            }
        }
        for (String name : declared.keySet()) {
            if (!schema.has(name)) {
                mismatches.add(what + " '" + name + "' is not in the schema");
            }
        }
    }
}
