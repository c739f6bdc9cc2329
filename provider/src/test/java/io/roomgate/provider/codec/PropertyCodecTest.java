package io.roomgate.provider.codec;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PropertyCodecTest {
    private static Value string(String text) {
        return Value.newBuilder().setStringValue(text).build();
    }

    private static Value secretWire(Value inner) {
        return Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields("4dabf18193072939515e22adb298388d", string("1b47061264138c4ac30d75fd1eb44270"))
                .putFields("value", inner)).build();
    }

    @ParameterizedTest
    @EnumSource(Unknown.class)
    void everyTypedUnknownSentinelDecodesToItsKindAndEncodesBackToTheSameString(Unknown kind) {
        Value wire = string(kind.sentinel());
        assertEquals(kind, PropertyCodec.decode(wire));
        assertEquals(wire, PropertyCodec.encode(PropertyCodec.decode(wire)));
    }

    @Test
    void theSevenSentinelsAreTheEnginesExactStrings() {
        assertEquals(List.of("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
                        "04da6b54-80e4-46f7-96ec-b56ff0331ba9", "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
                        "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a",
                        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff"),
                Arrays.stream(Unknown.values()).map(Unknown::sentinel).toList());
    }

    @Test
    void aSecretDeepInAListInsideAnObjectRoundTripsAndIsRevealedForHandlers() {
        Struct wire = Struct.newBuilder()
                .putFields("outer", Value.newBuilder().setStructValue(Struct.newBuilder()
                        .putFields("list", Value.newBuilder().setListValue(ListValue.newBuilder()
                                .addValues(string("plain"))
                                .addValues(secretWire(string("hunter2")))).build())).build())
                .build();
        Map<String, Object> decoded = PropertyCodec.decode(wire);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) ((Map<String, Object>) decoded.get("outer")).get("list");
        assertEquals(new Secret("hunter2"), list.get(1));
        assertTrue(PropertyCodec.containsSecret(decoded.get("outer")));
        assertEquals(wire, PropertyCodec.encode(decoded));
        assertEquals(Map.of("outer", Map.of("list", List.of("plain", "hunter2"))), PropertyCodec.reveal(decoded));
    }

    @Test
    void aSecretHoldingAnUnknownIsStillUnknown() {
        Object decoded = PropertyCodec.decode(secretWire(string(Unknown.STRING.sentinel())));
        assertEquals(new Secret(Unknown.STRING), decoded);
        assertTrue(PropertyCodec.containsUnknown(decoded));
        assertEquals(secretWire(string(Unknown.STRING.sentinel())), PropertyCodec.encode(decoded));
    }

    @Test
    void unknownElementsInsideAKnownListAreFoundAndKept() {
        Value wire = Value.newBuilder().setListValue(ListValue.newBuilder()
                .addValues(string("room1@contoso.com")).addValues(string(Unknown.STRING.sentinel()))).build();
        Object decoded = PropertyCodec.decode(wire);
        assertEquals(Arrays.asList("room1@contoso.com", Unknown.STRING), decoded);
        assertTrue(PropertyCodec.containsUnknown(decoded));
        assertEquals(wire, PropertyCodec.encode(decoded));
    }

    @Test
    void nullsNumbersAndBooleansRoundTrip() {
        Struct wire = Struct.newBuilder()
                .putFields("nothing", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("days", Value.newBuilder().setNumberValue(180).build())
                .putFields("flag", Value.newBuilder().setBoolValue(false).build())
                .putFields("empty", Value.newBuilder().setListValue(ListValue.getDefaultInstance()).build())
                .build();
        Map<String, Object> decoded = PropertyCodec.decode(wire);
        assertTrue(decoded.containsKey("nothing"));
        assertNull(decoded.get("nothing"));
        assertEquals(180.0, decoded.get("days"));
        assertEquals(false, decoded.get("flag"));
        assertEquals(List.of(), decoded.get("empty"));
        assertEquals(wire, PropertyCodec.encode(decoded));
        assertFalse(PropertyCodec.containsUnknown(decoded));
        assertFalse(PropertyCodec.containsSecret(decoded));
    }

    @Test
    void assetsAndResourceReferencesPassThroughUntouched() {
        Value asset = Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields("4dabf18193072939515e22adb298388d", string("c44067f5952c0a294b673a41bacd8c17"))
                .putFields("path", string("./cert.pem"))).build();
        assertEquals(asset, PropertyCodec.encode(PropertyCodec.decode(asset)));
    }

    @Test
    void aStringThatOnlyLooksLikeAGuidIsAnOrdinaryString() {
        assertEquals("04da6b54-80e4-46f7-96ec-b56ff0331ba8", PropertyCodec.decode(string("04da6b54-80e4-46f7-96ec-b56ff0331ba8")));
    }

    @Test
    void aSecretNeverPrintsItsValue() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("clientSecret", new Secret("hunter2"));
        properties.put("list", new ArrayList<>(List.of(new Secret("hunter3"))));
        assertFalse(properties.toString().contains("hunter"), properties.toString());
    }
}
