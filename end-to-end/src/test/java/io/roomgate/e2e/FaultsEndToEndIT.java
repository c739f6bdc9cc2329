package io.roomgate.e2e;

import io.roomgate.testengine.StandInEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 6: with Exchange misbehaving (429 bursts, 5xx, responses lost after the write committed, replication
 * lag, expiring tokens, concurrency refusals) a deployment reaches the same end state as without: verified, no
 * duplicates, and nothing left behind by its destroy.
 */
class FaultsEndToEndIT {
    private static final java.time.Instant NOW = ProfilesEndToEndIT.NOW;

    @SimulatedTenant(rooms = 8)
    E2eTenant tenant;

    /** A policy whose create answer was lost is found by its scope group and adopted, not created twice (rule 3). */
    @Test
    void lostResponseToThePolicyCreateIsAdoptedNotRetriedBlindly() throws Exception {
        List<String> rooms = List.of(Stacks.room(tenant.simulator, "ams", 1));
        tenant.simulator.faults().dropResponseAfterCommit("New-ApplicationAccessPolicy", 1);
        try (StandInEngine engine = tenant.engine("placeos", Stacks.placeos(tenant.simulator,
                "applicationAccessPolicy", rooms))) {
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW));
            assertTrue(deployed.succeeded(), () -> String.join("\n", deployed.errors()));
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
        }
    }

    @Test
    void everyFaultAtOnceStillEndsVerifiedWithoutDuplicatesOrOrphans() throws Exception {
        SafetyRules.Baseline seeded = SafetyRules.baseline(tenant.simulator);
        List<String> rooms = List.of(Stacks.room(tenant.simulator, "ams", 1), Stacks.room(tenant.simulator, "ber", 1),
                Stacks.room(tenant.simulator, "chi", 1));
        Map<String, String> config = Stacks.placeos(tenant.simulator, "applicationAccessPolicy", rooms);
        tenant.simulator.faults()
                .throttleAfter(3, 4, Duration.ofSeconds(1))
                .failNext(2, 503)
                .dropResponseAfterCommit("New-DistributionGroup", 1)
                .dropResponseAfterCommit("Add-MailboxFolderPermission", 1)
                .replicationLag(Duration.ofSeconds(2))
                .tokenLifetime(Duration.ofSeconds(20))
                .concurrencyLimit(2);
        try (StandInEngine engine = tenant.engine("placeos", config)) {
            StandInEngine.RunResult deployed = engine.up(E2eTenant.program(NOW));
            assertTrue(deployed.succeeded(), () -> String.join("\n", deployed.errors()));
            assertTrue(tenant.simulator.traffic().throttledCalls() > 0, "the 429 burst happened");

            tenant.simulator.faults().clear();
            assertEquals(0, engine.up(E2eTenant.program(NOW)).throwOnError().writes(), "nothing left to do");
            E2eTenant.VerifyRun verified = tenant.verify(deployed.outputs());
            assertEquals(0, verified.exitCode(), verified.stdout() + verified.stderr());
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(),
                    "applicationAccessPolicy"));
            assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, List.of(deployed)));

            // Removals that committed but whose answer was lost, inside a 5xx burst: each is replayed until
            // Exchange answers, and "not found" then means an earlier attempt landed.
            List<String> lostRemovals = List.of("Remove-MailboxFolderPermission", "Remove-ApplicationAccessPolicy",
                    "Remove-DistributionGroup");
            tenant.simulator.faults().throttleAfter(2, 3, Duration.ofSeconds(1)).failNext(3, 500);
            lostRemovals.forEach(removal -> tenant.simulator.faults().dropResponseAfterCommit(removal, 1));
            long destroyStart = tenant.simulator.changeLog().size();
            tenant.simulator.traffic().reset();
            StandInEngine.RunResult destroyed = engine.destroy();
            assertTrue(destroyed.succeeded(), () -> String.join("\n", destroyed.errors()));
            assertEquals(List.of(), SafetyRules.orphansAfterDestroy(tenant.simulator, seeded));
            for (String removal : lostRemovals) {
                long committed = tenant.simulator.changeLog().changesSince(destroyStart).stream()
                        .filter(change -> change.operation().equalsIgnoreCase(removal)).count();
                assertTrue(committed >= 1 && tenant.simulator.traffic().calls(removal) > committed, removal
                        + " committed " + committed + " time(s) and was sent again after its lost answer: "
                        + tenant.simulator.traffic().callsByCmdlet());
            }
        }
    }
}
