package io.roomgate.provider.framework;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * One declared property: its wire name, its type (and element type for lists, record type for objects) and the
 * {@link Property} declaration that governs validation, diff and schema.
 */
public record PropertySpec(String name, PropertyType type, PropertyType elementType, Class<?> recordType,
                           Property declaration, RecordComponent component) {

    public boolean isInput() {
        return !declaration.output();
    }

    public boolean required() {
        return declaration.required();
    }

    public boolean replaces() {
        return declaration.change() == Change.REPLACE;
    }

    public boolean isSet() {
        return declaration.set();
    }

    public boolean secret() {
        return declaration.secret();
    }

    public boolean createOnly() {
        return declaration.createOnly();
    }

    public String description() {
        return declaration.description();
    }

    public ValueFormat format() {
        return ValueFormat.of(declaration.format());
    }

    public List<String> allowed() {
        return List.of(declaration.allowed());
    }

    public Optional<String> defaultValue() {
        return declaration.defaultValue().isEmpty() ? Optional.empty() : Optional.of(declaration.defaultValue());
    }
}
