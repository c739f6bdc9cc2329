package io.roomgate.provider;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules inside the provider that its Maven dependencies cannot say (which module may use which is said by the
 * modules' poms): handlers work on plain records, the gRPC adapter and the codec own the wire.
 */
class ArchitectureTest {
    private static JavaClasses providerClasses;

    @BeforeAll
    static void importClasses() {
        providerClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.roomgate.provider");
    }

    /** Guards the rules below against passing on an empty import. */
    @Test
    void theHandlersAreImported() {
        assertTrue(providerClasses.containPackage("io.roomgate.provider.handlers"), "no handler classes imported");
    }

    @Test
    void handlersWorkOnRecordsNotOnTheEnginesWireTypes() {
        noClasses().that().resideInAPackage("io.roomgate.provider.handlers..")
                .should().dependOnClassesThat().resideInAnyPackage("pulumirpc..", "com.google.protobuf..")
                .check(providerClasses);
    }

    @Test
    void onlyTheTenantConnectionKnowsTheLocalTenant() {
        noClasses().that().doNotHaveFullyQualifiedName("io.roomgate.provider.config.TenantConnection")
                .should().dependOnClassesThat().resideInAPackage("io.roomgate.localtenant..")
                .check(providerClasses);
    }
}
