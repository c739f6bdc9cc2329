package io.roomgate.provider.framework;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The syntax a string property (or each element of a list) must follow, checked before anything is sent, and when
 * two valid spellings mean the same. A property names its format's class in {@link Property#format()}; the
 * framework knows none but {@link Any}: the formats of a provider's domain live with its handlers.
 */
public interface ValueFormat {
    /** What is wrong with {@code value}, with the fix; empty when it is fine. */
    Optional<String> problem(String value);

    /** Whether two valid values mean the same to the service (e.g. the same filter spelled differently). */
    default boolean same(String a, String b) {
        return a.equals(b);
    }

    /** The one instance of a format class (made once through its no-argument constructor). */
    static ValueFormat of(Class<? extends ValueFormat> type) {
        return Instances.BY_CLASS.computeIfAbsent(type, Instances::create);
    }

    /** Any string at all: the default. */
    final class Any implements ValueFormat {
        @Override
        public Optional<String> problem(String value) {
            return Optional.empty();
        }
    }

    /** Holds the instances, out of the interface's public surface. */
    final class Instances {
        private static final Map<Class<? extends ValueFormat>, ValueFormat> BY_CLASS = new ConcurrentHashMap<>();

        private Instances() {}

        private static ValueFormat create(Class<? extends ValueFormat> type) {
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
                throw new IllegalArgumentException(type.getName() + " needs a no-argument constructor to be a format", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
