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
 * modules' poms): handlers work on plain records, the gRPC adapter and the codec own the wire, and the framework
 * knows nothing of Exchange.
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

    /** Exchange's formats, client and OPATH live with the handlers; the framework could serve another service. */
    @Test
    void theFrameworkKnowsOnlyPulumisProtocolAndPropertyModel() {
        noClasses().that().resideInAnyPackage("io.roomgate.provider.framework..", "io.roomgate.provider.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("io.roomgate.exchange..", "io.roomgate.opath..",
                        "io.roomgate.provider.handlers..", "io.roomgate.provider.config..")
                .check(providerClasses);
    }

    @Test
    void handlersWorkOnRecordsNotOnTheEnginesWireTypes() {
        noClasses().that().resideInAPackage("io.roomgate.provider.handlers..")
                .should().dependOnClassesThat().resideInAnyPackage("pulumirpc..", "com.google.protobuf..")
                .check(providerClasses);
    }
}
