package io.roomgate.exchange;

import com.google.gson.JsonObject;

import java.util.List;

/**
 * What a cmdlet returned: the objects of every page ({@code value}, annotation properties removed) and the
 * {@code @adminapi.warnings}. The typed operations of {@link ExchangeAdmin} turn these into records.
 */
public record CmdletResult(List<JsonObject> values, Warnings warnings) {
    public CmdletResult {
        values = List.copyOf(values);
    }

    public JsonObject single() {
        return values.isEmpty() ? null : values.get(0);
    }
}
