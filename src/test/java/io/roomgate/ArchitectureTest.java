package io.roomgate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tree's promise: program -> typed resources -> provider plugin -> Exchange admin client -> tenant.
 * Each part knows only its neighbour; these rules fail the build when one reaches past it.
 */
class ArchitectureTest {
    private static JavaClasses productionClasses;

    @BeforeAll
    static void importClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.roomgate");
    }

    /** Guards the rules below against passing on an empty import. */
    @Test
    void everyLayerIsImported() {
        for (String layer : List.of("program", "resources", "provider", "exchange", "simulator", "verify", "opath")) {
            assertTrue(productionClasses.containPackage("io.roomgate." + layer),
                    "no production classes imported from io.roomgate." + layer);
        }
    }

    @Test
    void programDeclaresResourcesAndHoldsNoApiCode() {
        noClasses().that().resideInAPackage("io.roomgate.program..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.provider..", "io.roomgate.exchange..", "io.roomgate.simulator..",
                        "io.roomgate.verify..", "com.azure..", "com.microsoft.graph..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }

    @Test
    void typedResourcesKnowNothingBelowThem() {
        noClasses().that().resideInAPackage("io.roomgate.resources..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.program..", "io.roomgate.provider..", "io.roomgate.exchange..",
                        "io.roomgate.simulator..", "io.roomgate.verify..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }

    @Test
    void exchangeClientKnowsNeitherTheProviderNorTheSimulator() {
        noClasses().that().resideInAPackage("io.roomgate.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.program..", "io.roomgate.resources..", "io.roomgate.provider..",
                        "io.roomgate.simulator..", "io.roomgate.verify..", "pulumirpc..", "com.pulumi..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }

    @Test
    void simulatorIsATenantAndKnowsNoClientOfIt() {
        noClasses().that().resideInAPackage("io.roomgate.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.program..", "io.roomgate.resources..", "io.roomgate.provider..",
                        "io.roomgate.exchange..", "io.roomgate.verify..", "com.pulumi..", "pulumirpc..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }

    @Test
    void providerDoesNotReachIntoTheProgramOrItsResources() {
        noClasses().that().resideInAPackage("io.roomgate.provider..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.program..", "io.roomgate.resources..", "io.roomgate.verify..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }

    @Test
    void verifyActsAsThePlatformAndKnowsNeitherProgramNorProvider() {
        noClasses().that().resideInAPackage("io.roomgate.verify..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.roomgate.program..", "io.roomgate.resources..", "io.roomgate.provider..")
                .allowEmptyShould(true)
                .check(productionClasses);
    }
}
