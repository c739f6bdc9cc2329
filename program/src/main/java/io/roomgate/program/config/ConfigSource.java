package io.roomgate.program.config;

import java.util.Map;
import java.util.Optional;

/**
 * The raw {@code roomgate:*} values of a stack, by key without the namespace ({@code tenantId}, {@code app}, ...).
 * Structured values arrive as JSON text, as Pulumi hands them to the program.
 */
@FunctionalInterface
public interface ConfigSource {
    Optional<String> get(String key);

    static ConfigSource of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
