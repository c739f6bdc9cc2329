package io.roomgate.resources;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exchangeonline classes follow docs/exchangeonline-resources.md (transcribed in contract.json): every token,
 * input with its required flag, and output (the inputs plus the extra outputs the page lists).
 */
class ExchangeOnlineContractTest {
    private static final String PACKAGE = "io.roomgate.resources.exchangeonline";

    @Test
    void everyExchangeOnlineClassFollowsTheContract() throws IOException {
        JsonObject contract = SchemaConformance.load("/io/roomgate/resources/exchangeonline/contract.json");
        var conformance = new SchemaConformance(PACKAGE);
        contract.getAsJsonObject("resources").entrySet().forEach(e -> {
            JsonObject inputs = e.getValue().getAsJsonObject().getAsJsonObject("inputs");
            JsonObject outputs = inputs.deepCopy();
            e.getValue().getAsJsonObject().getAsJsonObject("outputs").entrySet().forEach(o -> outputs.add(o.getKey(), o.getValue()));
            conformance.resource(e.getKey(), inputs, outputs);
        });
        contract.getAsJsonObject("types").entrySet().forEach(e ->
                conformance.outputType(PACKAGE + ".outputs." + SchemaConformance.className(e.getKey()), e.getValue().getAsJsonObject()));
        contract.getAsJsonObject("functions").entrySet().forEach(e -> {
            String name = SchemaConformance.className(e.getKey());
            conformance.inputArgs(PACKAGE + "." + name + "Args", e.getValue().getAsJsonObject().getAsJsonObject("inputs"));
            conformance.outputType(PACKAGE + ".outputs." + name + "Result", e.getValue().getAsJsonObject().getAsJsonObject("outputs"));
        });
        assertEquals(List.of(), conformance.mismatches());
    }
}
