package io.roomgate.provider.codec;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulumi property values on the wire (protobuf {@link Struct}) and in Java: {@code null}, {@link Boolean},
 * {@link Double}, {@link String}, {@link List}, {@link Map}, {@link Secret} (anywhere in the tree) and
 * {@link Unknown} (anywhere in the tree, during preview). Other signed objects (assets, archives, resource
 * references) are carried through as plain maps, untouched, so decode and encode round-trip exactly.
 */
public final class PropertyCodec {
    /** The key that marks a signed object, and the signature that makes it a secret. */
    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

    private PropertyCodec() {}

    public static Map<String, Object> decode(Struct struct) {
        Map<String, Object> properties = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((name, value) -> properties.put(name, decode(value)));
        return properties;
    }

    public static Object decode(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return null;
            case BOOL_VALUE:
                return value.getBoolValue();
            case NUMBER_VALUE:
                return value.getNumberValue();
            case STRING_VALUE:
                String text = value.getStringValue();
                return Unknown.fromSentinel(text).<Object>map(u -> u).orElse(text);
            case LIST_VALUE:
                List<Object> items = new ArrayList<>(value.getListValue().getValuesCount());
                value.getListValue().getValuesList().forEach(item -> items.add(decode(item)));
                return items;
            case STRUCT_VALUE:
                Struct struct = value.getStructValue();
                Value signature = struct.getFieldsOrDefault(SIGNATURE_KEY, null);
                if (signature != null && SECRET_SIGNATURE.equals(signature.getStringValue())) {
                    return new Secret(decode(struct.getFieldsOrDefault("value", Value.getDefaultInstance())));
                }
                return decode(struct);
            default:
                throw new IllegalArgumentException("unsupported property value kind " + value.getKindCase());
        }
    }

    public static Struct encode(Map<String, ?> properties) {
        Struct.Builder struct = Struct.newBuilder();
        properties.forEach((name, value) -> struct.putFields(name, encode(value)));
        return struct.build();
    }

    public static Value encode(Object value) {
        if (value == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        } else if (value instanceof Boolean bool) {
            return Value.newBuilder().setBoolValue(bool).build();
        } else if (value instanceof Number number) {
            return Value.newBuilder().setNumberValue(number.doubleValue()).build();
        } else if (value instanceof String text) {
            return Value.newBuilder().setStringValue(text).build();
        } else if (value instanceof Unknown unknown) {
            return Value.newBuilder().setStringValue(unknown.sentinel()).build();
        } else if (value instanceof Secret secret) {
            return Value.newBuilder().setStructValue(Struct.newBuilder()
                    .putFields(SIGNATURE_KEY, Value.newBuilder().setStringValue(SECRET_SIGNATURE).build())
                    .putFields("value", encode(secret.value()))).build();
        } else if (value instanceof List<?> list) {
            ListValue.Builder items = ListValue.newBuilder();
            list.forEach(item -> items.addValues(encode(item)));
            return Value.newBuilder().setListValue(items).build();
        } else if (value instanceof Map<?, ?> map) {
            Struct.Builder struct = Struct.newBuilder();
            map.forEach((key, item) -> struct.putFields(String.valueOf(key), encode(item)));
            return Value.newBuilder().setStructValue(struct).build();
        }
        throw new IllegalArgumentException("cannot encode a " + value.getClass().getName() + " as a property value");
    }

    /** The value with every secret wrapper removed (the plain value a handler works on). */
    public static Object reveal(Object value) {
        if (value instanceof Secret secret) {
            return reveal(secret.value());
        } else if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(reveal(item)));
            return items;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> revealed = new LinkedHashMap<>();
            map.forEach((key, item) -> revealed.put(String.valueOf(key), reveal(item)));
            return revealed;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> reveal(Map<String, Object> properties) {
        return (Map<String, Object>) reveal((Object) properties);
    }

    /** Whether a secret sits anywhere inside the value. */
    public static boolean containsSecret(Object value) {
        if (value instanceof Secret) {
            return true;
        } else if (value instanceof List<?> list) {
            return list.stream().anyMatch(PropertyCodec::containsSecret);
        } else if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(PropertyCodec::containsSecret);
        }
        return false;
    }

    /** Whether an unknown sits anywhere inside the value (a value that is only partly known is not known). */
    public static boolean containsUnknown(Object value) {
        if (value instanceof Unknown) {
            return true;
        } else if (value instanceof Secret secret) {
            return containsUnknown(secret.value());
        } else if (value instanceof List<?> list) {
            return list.stream().anyMatch(PropertyCodec::containsUnknown);
        } else if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(PropertyCodec::containsUnknown);
        }
        return false;
    }

}
