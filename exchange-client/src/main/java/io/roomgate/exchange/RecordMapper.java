package io.roomgate.exchange;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cmdlet output objects to records: property {@code PrimarySmtpAddress} fills component {@code primarySmtpAddress}.
 * Exchange is loose with types (a multi-valued property may arrive as {@code "FullAccess, ReadPermission"}, a
 * boolean as {@code "True"} or {@code "Not Run"}), so the adapters accept every form seen.
 */
final class RecordMapper {
    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.UPPER_CAMEL_CASE)
            .registerTypeAdapter(new TypeToken<List<String>>() { }.getType(), new StringListAdapter().nullSafe())
            .registerTypeAdapter(Boolean.class, new LenientBooleanAdapter())
            .registerTypeAdapter(Integer.class, new LenientIntegerAdapter())
            .registerTypeAdapter(String.class, new LenientStringAdapter())
            .create();

    private RecordMapper() {
    }

    static <T> T map(JsonObject object, Class<T> type) {
        return GSON.fromJson(object, type);
    }

    static <T> List<T> mapAll(List<JsonObject> objects, Class<T> type) {
        return objects.stream().map(object -> map(object, type)).toList();
    }

    /** A string, or the best name of an object (Exchange sometimes serialises a recipient as an object). */
    private static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            return element.getAsString();
        }
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            for (String name : List.of("PrimarySmtpAddress", "DisplayName", "Name", "Identity")) {
                JsonElement value = object.get(name);
                if (value != null && value.isJsonPrimitive()) {
                    return value.getAsString();
                }
            }
            return object.toString();
        }
        List<String> parts = new ArrayList<>();
        element.getAsJsonArray().forEach(item -> parts.add(text(item)));
        return String.join(", ", parts);
    }

    private static final class LenientStringAdapter extends TypeAdapter<String> {
        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }

        @Override
        public String read(JsonReader in) throws IOException {
            return text(JsonParser.parseReader(in));
        }
    }

    private static final class StringListAdapter extends TypeAdapter<List<String>> {
        @Override
        public void write(JsonWriter out, List<String> value) throws IOException {
            out.beginArray();
            for (String item : value) {
                out.value(item);
            }
            out.endArray();
        }

        @Override
        public List<String> read(JsonReader in) throws IOException {
            JsonElement element = JsonParser.parseReader(in);
            if (element.isJsonArray()) {
                List<String> items = new ArrayList<>();
                element.getAsJsonArray().forEach(item -> {
                    String value = text(item);
                    if (value != null) {
                        items.add(value);
                    }
                });
                return items;
            }
            String joined = text(element);
            if (joined == null || joined.isBlank()) {
                return List.of();
            }
            return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static final class LenientBooleanAdapter extends TypeAdapter<Boolean> {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (token == JsonToken.BOOLEAN) {
                return in.nextBoolean();
            }
            String text = text(JsonParser.parseReader(in));
            if ("true".equalsIgnoreCase(text)) {
                return Boolean.TRUE;
            }
            return "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
        }
    }

    private static final class LenientIntegerAdapter extends TypeAdapter<Integer> {
        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }

        @Override
        public Integer read(JsonReader in) throws IOException {
            String text = text(JsonParser.parseReader(in));
            if (text == null || text.isBlank() || "Unlimited".equalsIgnoreCase(text)) {
                return null;
            }
            try {
                return (int) Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }
}
