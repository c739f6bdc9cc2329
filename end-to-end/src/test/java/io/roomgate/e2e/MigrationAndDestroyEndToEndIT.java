package io.roomgate.e2e;

import io.roomgate.localtenant.directory.DirectoryOperations;
import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.testengine.StandInEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios 4 and 5: moving a stack from an application access policy to RBAC, and destroying a stack, without a
 * moment in which the app is unrestricted or (while migrating) without its room access.
 */
class MigrationAndDestroyEndToEndIT {
    private static final java.time.Instant NOW = ProfilesEndToEndIT.NOW;

    @SimulatedTenant(rooms = 8)
    E2eTenant tenant;

    private List<String> rooms() {
        return List.of(Stacks.room(tenant.simulator, "ams", 1), Stacks.room(tenant.simulator, "ber", 1));
    }

    private static int first(List<ChangeLog.Change> changes, String operation) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).operation().equals(operation)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void migrationFromAccessPolicyToRbacGrantsTheRoleBeforeTheEntraGrantAndPolicyGo() throws Exception {
        try (StandInEngine engine = tenant.engine("placeos", Stacks.placeos(tenant.simulator,
                "applicationAccessPolicy", rooms()))) {
            engine.up(E2eTenant.program(NOW)).throwOnError();
        }
        long migrationStart = tenant.simulator.changeLog().size();
        try (StandInEngine engine = tenant.engine("placeos", Stacks.placeos(tenant.simulator, "rbac", rooms()))) {
            StandInEngine.RunResult migrated = engine.up(E2eTenant.program(NOW)).throwOnError();

            List<ChangeLog.Change> migration = tenant.simulator.changeLog().changesSince(migrationStart);
            int roleGranted = first(migration, "New-ManagementRoleAssignment");
            int entraRevoked = first(migration, DirectoryOperations.REVOKE_APP_ROLE);
            int policyRemoved = first(migration, "Remove-ApplicationAccessPolicy");
            assertTrue(roleGranted >= 0 && entraRevoked > roleGranted && policyRemoved > entraRevoked,
                    () -> "order of the migration: " + migration.stream().map(ChangeLog.Change::operation).toList());
            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(),
                    "applicationAccessPolicy"));
            assertEquals(List.of(), SafetyRules.neverUnrestricted(migration.subList(policyRemoved, migration.size()),
                    "rbac"));
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));

            E2eTenant.VerifyRun verified = tenant.verify(migrated.outputs());
            assertEquals(0, verified.exitCode(), verified.stdout() + verified.stderr());
        }
    }

    @Test
    void destroyRemovesEverythingAndRevokesTheGrantBeforeThePolicy() throws Exception {
        SafetyRules.Baseline seeded = SafetyRules.baseline(tenant.simulator);
        Map<String, String> config = Stacks.placeos(tenant.simulator, "applicationAccessPolicy", rooms());
        try (StandInEngine engine = tenant.engine("placeos", config)) {
            engine.up(E2eTenant.program(NOW)).throwOnError();
            long destroyStart = tenant.simulator.changeLog().size();

            engine.destroy().throwOnError();

            List<ChangeLog.Change> destroy = tenant.simulator.changeLog().changesSince(destroyStart);
            assertTrue(first(destroy, DirectoryOperations.REVOKE_APP_ROLE)
                    < first(destroy, "Remove-ApplicationAccessPolicy"), () -> destroy.toString());
            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(),
                    "applicationAccessPolicy"));
            assertEquals(List.of(), SafetyRules.orphansAfterDestroy(tenant.simulator, seeded));
            assertTrue(engine.resourceIds().isEmpty());
        }
    }

    @Test
    void destroyOfAnRbacStackLeavesNoOrphans() throws Exception {
        SafetyRules.Baseline seeded = SafetyRules.baseline(tenant.simulator);
        try (StandInEngine engine = tenant.engine("roomz", Stacks.roomz(tenant.simulator))) {
            engine.up(E2eTenant.program(NOW)).throwOnError();
            engine.destroy().throwOnError();

            assertEquals(List.of(), SafetyRules.orphansAfterDestroy(tenant.simulator, seeded));
            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(), "rbac"));
        }
    }
}
