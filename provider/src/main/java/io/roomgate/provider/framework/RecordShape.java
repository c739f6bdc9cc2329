package io.roomgate.provider.framework;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties of a record type, read from its components and their {@link Property} declarations, and the
 * conversion between the record and plain property maps (secrets already revealed, unknowns already removed).
 * A property that is absent or null in the map is null in the record: "not declared".
 */
public final class RecordShape<T extends Record> {
    private static final Map<Class<?>, RecordShape<?>> SHAPES = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final List<PropertySpec> properties;
    private final Constructor<T> constructor;

    private RecordShape(Class<T> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<PropertySpec> specs = new ArrayList<>();
        for (RecordComponent component : components) {
            Property declaration = component.getAnnotation(Property.class);
            if (declaration == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName()
                        + " has no @Property declaration");
            }
            specs.add(spec(component, declaration));
        }
        this.properties = List.copyOf(specs);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type + " has no canonical constructor", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordShape<T> of(Class<T> type) {
        return (RecordShape<T>) SHAPES.computeIfAbsent(type, t -> new RecordShape<>(type));
    }

    public Class<T> type() {
        return type;
    }

    public List<PropertySpec> properties() {
        return properties;
    }

    public List<PropertySpec> inputs() {
        return properties.stream().filter(PropertySpec::isInput).toList();
    }

    public Optional<PropertySpec> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The record for a plain property map; values of the wrong type must have been rejected by Check before. */
    public T toRecord(Map<String, ?> values) {
        Object[] arguments = new Object[properties.size()];
        for (int i = 0; i < arguments.length; i++) {
            PropertySpec spec = properties.get(i);
            arguments[i] = toJava(spec.type(), spec.elementType(), spec.recordType(), values.get(spec.name()),
                    spec.name());
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The plain property map of a record; null components are left out. */
    public Map<String, Object> toMap(T value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (PropertySpec spec : properties) {
            Object component = componentValue(spec, value);
            if (component != null) {
                map.put(spec.name(), toPlain(component));
            }
        }
        return map;
    }

    private static Object componentValue(PropertySpec spec, Record value) {
        try {
            return spec.component().getAccessor().invoke(value);
        } catch (IllegalAccessException e) {
            spec.component().getAccessor().setAccessible(true);
            return componentValue(spec, value);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toPlain(Object value) {
        if (value instanceof Record record) {
            return ((RecordShape) of(record.getClass())).toMap(record);
        } else if (value instanceof List<?> list) {
            return list.stream().map(RecordShape::toPlain).toList();
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toJava(PropertyType type, PropertyType elementType, Class<?> recordType, Object value,
                                 String name) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case STRING:
                return asType(value, String.class, name);
            case BOOLEAN:
                return asType(value, Boolean.class, name);
            case INTEGER:
                return asType(value, Number.class, name).intValue();
            case OBJECT:
                return of((Class) recordType).toRecord(asType(value, Map.class, name));
            case ARRAY:
                List<Object> items = new ArrayList<>();
                for (Object item : asType(value, List.class, name)) {
                    items.add(toJava(elementType, null, recordType, item, name + "[]"));
                }
                return List.copyOf(items);
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static <V> V asType(Object value, Class<V> type, String name) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(name + " must be a " + type.getSimpleName().toLowerCase()
                    + ", not " + value.getClass().getSimpleName().toLowerCase());
        }
        return type.cast(value);
    }

    private static PropertySpec spec(RecordComponent component, Property declaration) {
        Class<?> raw = component.getType();
        if (raw == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            PropertyType elementType = scalar(elementClass);
            return new PropertySpec(component.getName(), PropertyType.ARRAY, elementType,
                    elementType == PropertyType.OBJECT ? elementClass : null, declaration, component);
        }
        PropertyType type = scalar(raw);
        return new PropertySpec(component.getName(), type, null, type == PropertyType.OBJECT ? raw : null,
                declaration, component);
    }

    private static PropertyType scalar(Class<?> type) {
        if (type == String.class) {
            return PropertyType.STRING;
        } else if (type == Boolean.class) {
            return PropertyType.BOOLEAN;
        } else if (type == Integer.class) {
            return PropertyType.INTEGER;
        } else if (type.isRecord()) {
            return PropertyType.OBJECT;
        }
        throw new IllegalArgumentException("unsupported property type " + type
                + " (use String, Boolean, Integer, a record or a List of them)");
    }
}
