package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.provider.codec.PropertyCodec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds property structs for requests, in the order given. */
public final class Wire {
    private Wire() {}

    public static Struct struct(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return PropertyCodec.encode(map);
    }

    public static Map<String, Object> map(Struct struct) {
        return PropertyCodec.decode(struct);
    }

    public static String urn(String type, String name) {
        return "urn:pulumi:dev::roomgate::" + type + "::" + name;
    }
}
