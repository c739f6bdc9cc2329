package io.roomgate.e2e;

import io.roomgate.localtenant.SimulatorOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The e2e tests' fixture: fills every {@link SimulatedTenant} field with a freshly started {@link E2eTenant} (static
 * fields once per class, instance fields once per test) and closes it, deleting its directory, when that scope ends.
 */
final class SimulatedTenantExtension implements BeforeAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SimulatedTenantExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        injectInto(context, null, fields(context.getRequiredTestClass(), ModifierSupport::isStatic));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Nested test classes: every enclosing instance may declare a tenant of its own.
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectInto(context, instance, fields(instance.getClass(), ModifierSupport::isNotStatic));
        }
    }

    private static List<Field> fields(Class<?> testClass, java.util.function.Predicate<Field> scope) {
        return AnnotationSupport.findAnnotatedFields(testClass, SimulatedTenant.class, scope,
                HierarchyTraversalMode.TOP_DOWN);
    }

    private static void injectInto(ExtensionContext context, Object instance, List<Field> fields) {
        for (Field field : fields) {
            if (field.getType() != E2eTenant.class) {
                throw new ExtensionConfigurationException("@SimulatedTenant field " + field.getName() + " must be of "
                        + "type E2eTenant, not " + field.getType().getSimpleName());
            }
            Started started = context.getStore(NAMESPACE).getOrComputeIfAbsent(field,
                    key -> Started.start(field.getAnnotation(SimulatedTenant.class)), Started.class);
            try {
                field.setAccessible(true);
                field.set(instance, started.tenant());
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot set @SimulatedTenant field " + field.getName(), e);
            }
        }
    }

    /** A started tenant, closed and its directory removed by JUnit when the store it lives in is closed. */
    private record Started(E2eTenant tenant, Path directory) implements ExtensionContext.Store.CloseableResource {
        static Started start(SimulatedTenant declared) {
            Path directory;
            try {
                directory = Files.createTempDirectory("roomgate-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a directory for the simulated tenant", e);
            }
            return new Started(E2eTenant.start(directory, SimulatorOptions.defaults().withRooms(declared.rooms())),
                    directory);
        }

        @Override
        public void close() throws IOException {
            tenant.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
