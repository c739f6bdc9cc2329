package io.roomgate.e2e;

import io.roomgate.localtenant.tenant.ChangeLog;
import io.roomgate.testengine.StandInEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario 7: randomized runs on one simulated tenant. Each run picks a profile and access model, rooms, a day-2
 * change and faults, then deploys, re-runs (no writes), applies the day-2 change and destroys; the safety rules are
 * checked over every write of the run and nothing may be left behind. Every command must succeed as it is, faults
 * and all: no re-run. The number of runs and the seed are {@code -Droomgate.randomizedRuns} (the build sets it in
 * pom.xml; 4 when the test runs without it) and {@code -Droomgate.randomSeed}; a failure names the seed and run to
 * replay.
 */
class RandomizedEndToEndIT {
    private static final java.time.Instant NOW = ProfilesEndToEndIT.NOW;
    private static final String[] BUILDINGS = {"ams", "ber", "chi", "den"};

    @SimulatedTenant(rooms = 8)
    static E2eTenant tenant;

    private record Plan(String name, String accessModel, Map<String, String> config, Map<String, String> dayTwo) {}

    private static List<String> rooms(Random random) {
        List<String> rooms = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        while (rooms.size() < count) {
            String room = Stacks.room(tenant.simulator, BUILDINGS[random.nextInt(4)], 1 + random.nextInt(2));
            if (!rooms.contains(room)) {
                rooms.add(room);
            }
        }
        return rooms;
    }

    private static Plan plan(Random random) {
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                String model = random.nextBoolean() ? "rbac" : "applicationAccessPolicy";
                Map<String, String> config = Stacks.placeos(tenant.simulator, model, rooms(random));
                Map<String, String> dayTwo = Stacks.placeos(tenant.simulator, model, rooms(random));
                return new Plan("placeos/" + model, model, config, dayTwo);
            }
            case 2 -> {
                Map<String, String> config = Stacks.roomz(tenant.simulator);
                Map<String, String> dayTwo = new LinkedHashMap<>(config);
                dayTwo.put("calendarProcessing", Stacks.json(Map.of("bookingWindowInDays", 30 + random.nextInt(300),
                        "deleteComments", random.nextBoolean())));
                return new Plan("roomz", "rbac", config, dayTwo);
            }
            case 3 -> {
                Map<String, String> config = Stacks.alexaDelegate(tenant.simulator);
                Map<String, String> dayTwo = new LinkedHashMap<>(config);
                dayTwo.put("serviceAccount", Stacks.json(Map.of("address", Stacks.address(tenant.simulator,
                                Stacks.ALEXA_ACCOUNT),
                        "folderRole", random.nextBoolean() ? "Author" : "Reviewer")));
                return new Plan("alexa-delegate", "rbac", config, dayTwo);
            }
            default -> {
                Map<String, String> config = Stacks.alexaApplication(tenant.simulator);
                return new Plan("alexa-application", "unrestricted", config, config);
            }
        }
    }

    /** Writes whose answer a run may lose after they committed. */
    private static final String[] LOSABLE = {"New-DistributionGroup", "Add-MailboxFolderPermission",
            "Set-CalendarProcessing", "New-ManagementScope", "Add-DistributionGroupMember", "New-ApplicationAccessPolicy",
            "New-ManagementRoleAssignment", "Remove-MailboxFolderPermission", "Remove-ManagementRoleAssignment",
            "Remove-DistributionGroupMember", "Remove-DistributionGroup", "Remove-ApplicationAccessPolicy",
            "Remove-ManagementScope"};

    /** Faults the product must ride out. */
    private static String injectFaults(Random random) {
        List<String> injected = new ArrayList<>();
        var faults = tenant.simulator.faults();
        if (random.nextBoolean()) {
            faults.throttleAfter(random.nextInt(10), 1 + random.nextInt(3), Duration.ofSeconds(1));
            injected.add("429 burst");
        }
        if (random.nextBoolean()) {
            int burst = 1 + random.nextInt(3);
            faults.failNext(burst, random.nextBoolean() ? 500 : 503);
            injected.add(burst + "x 5xx");
        }
        if (random.nextBoolean()) {
            String cmdlet = LOSABLE[random.nextInt(LOSABLE.length)];
            faults.dropResponseAfterCommit(cmdlet, 1);
            injected.add("lost response to " + cmdlet);
        }
        if (random.nextBoolean()) {
            faults.replicationLag(Duration.ofSeconds(1));
            injected.add("replication lag");
        }
        if (random.nextBoolean()) {
            faults.concurrencyLimit(2);
            injected.add("concurrency limit 2");
        }
        return injected.isEmpty() ? "none" : String.join(", ", injected);
    }

    @Test
    void randomProfilesRoomsDayTwoChangesAndFaultsKeepEveryRule() throws Exception {
        long seed = Long.getLong("roomgate.randomSeed", 20261122L);
        int runs = Integer.getInteger("roomgate.randomizedRuns", 4);
        Random random = new Random(seed);
        SafetyRules.Baseline seeded = SafetyRules.baseline(tenant.simulator);
        long started = System.nanoTime();
        for (int run = 1; run <= runs; run++) {
            long runStarted = System.nanoTime();
            Plan plan = plan(random);
            long start = tenant.simulator.changeLog().size();
            String where = "seed " + seed + ", run " + run + " (" + plan.name() + ")";
            List<StandInEngine.RunResult> results = new ArrayList<>();
            String dayTwoFaults;
            String destroyFaults;
            try (StandInEngine engine = tenant.engine("random-" + run, plan.config())) {
                String faults = injectFaults(random);
                where += ", faults: " + faults;
                results.add(succeeded(where, engine.up(E2eTenant.program(NOW))));
                tenant.simulator.faults().clear();
                assertEquals(0, engine.up(E2eTenant.program(NOW)).throwOnError().writes(), where + ": re-run wrote");
            }
            try (StandInEngine engine = tenant.engine("random-" + run, plan.dayTwo())) {
                dayTwoFaults = injectFaults(random);
                results.add(succeeded(where + ", day 2 with " + dayTwoFaults, engine.up(E2eTenant.program(NOW))));
                tenant.simulator.faults().clear();
                assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator), where);
                assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, results), where);
                destroyFaults = injectFaults(random);
                succeeded(where + ", destroy with " + destroyFaults, engine.destroy());
                tenant.simulator.faults().clear();
            }
            List<ChangeLog.Change> changes = tenant.simulator.changeLog().changesSince(start);
            assertEquals(List.of(), SafetyRules.neverUnrestricted(changes, plan.accessModel()), where);
            assertEquals(List.of(), SafetyRules.orphansAfterDestroy(tenant.simulator, seeded), where);
            System.err.println("randomized: " + where + ", day 2 with " + dayTwoFaults + ", destroy with "
                    + destroyFaults + ": " + changes.size() + " writes, rules held, "
                    + (System.nanoTime() - runStarted) / 1_000_000_000 + " s");
        }
        System.err.println("randomized: " + runs + " runs, seed " + seed + ", every command succeeded first time, "
                + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    /** Every command must succeed under its faults as it is: a failure names the seed and run to replay. */
    private static StandInEngine.RunResult succeeded(String where, StandInEngine.RunResult result) {
        if (!result.succeeded()) {
            throw new AssertionError(where + ": " + String.join("\n", result.errors()));
        }
        return result;
    }
}
