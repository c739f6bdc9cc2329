package io.roomgate.testengine;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts between Pulumi's wire values (protobuf Struct/Value) and plain Java maps, as the engine sees them. */
final class Structs {
    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    /** The seven typed "unknown during preview" sentinels of Pulumi's wire protocol. */
    static final Set<String> UNKNOWN_SENTINELS = Set.of(
            "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
            "04da6b54-80e4-46f7-96ec-b56ff0331ba9", "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
            "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a",
            "dd056dcd-154b-4c76-9bd3-c8f88648b5ff");
    static final String UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private Structs() {}

    /** Plain map of a struct: secrets unwrapped, unknowns kept as their sentinel strings. */
    static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case STRING_VALUE -> value.getStringValue();
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(element -> list.add(toJava(element)));
                yield list;
            }
            case STRUCT_VALUE -> isSecret(value)
                    ? toJava(value.getStructValue().getFieldsOrDefault("value", nullValue()))
                    : toMap(value.getStructValue());
        };
    }

    static Struct toStruct(Map<String, ?> map) {
        Struct.Builder struct = Struct.newBuilder();
        map.forEach((key, value) -> {
            if (value != null) {
                struct.putFields(key, toValue(value));
            }
        });
        return struct.build();
    }

    static Value toValue(Object value) {
        if (value == null) {
            return nullValue();
        } else if (value instanceof Value protobufValue) {
            return protobufValue;
        } else if (value instanceof Boolean bool) {
            return Value.newBuilder().setBoolValue(bool).build();
        } else if (value instanceof Number number) {
            return Value.newBuilder().setNumberValue(number.doubleValue()).build();
        } else if (value instanceof String string) {
            return Value.newBuilder().setStringValue(string).build();
        } else if (value instanceof Map<?, ?> map) {
            Struct.Builder struct = Struct.newBuilder();
            map.forEach((key, element) -> {
                if (element != null) {
                    struct.putFields(String.valueOf(key), toValue(element));
                }
            });
            return Value.newBuilder().setStructValue(struct).build();
        } else if (value instanceof Iterable<?> iterable) {
            ListValue.Builder list = ListValue.newBuilder();
            iterable.forEach(element -> list.addValues(toValue(element)));
            return Value.newBuilder().setListValue(list).build();
        }
        throw new IllegalArgumentException("no Pulumi wire form for " + value.getClass().getName());
    }

    static Value secret(Value value) {
        return Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(SIGNATURE_KEY, Value.newBuilder().setStringValue(SECRET_SIGNATURE).build())
                .putFields("value", value)).build();
    }

    static boolean isSecret(Value value) {
        return value.hasStructValue()
                && SECRET_SIGNATURE.equals(value.getStructValue().getFieldsOrDefault(SIGNATURE_KEY, nullValue())
                .getStringValue());
    }

    /** True when any value in the tree is one of the unknown sentinels (the engine's "known after apply"). */
    static boolean containsUnknowns(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> UNKNOWN_SENTINELS.contains(value.getStringValue());
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(Structs::containsUnknowns);
            case STRUCT_VALUE -> value.getStructValue().getFieldsMap().values().stream()
                    .anyMatch(Structs::containsUnknowns);
            default -> false;
        };
    }

    static boolean containsUnknowns(Struct struct) {
        return struct.getFieldsMap().values().stream().anyMatch(Structs::containsUnknowns);
    }

    private static Value nullValue() {
        return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }
}
