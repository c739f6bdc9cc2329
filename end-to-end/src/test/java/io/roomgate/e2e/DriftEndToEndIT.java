package io.roomgate.e2e;

import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.MailboxPermission;
import io.roomgate.exchange.NewMailboxPermission;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testengine.Step;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 3: changes made by hand in the tenant (through the admin API, as an admin would) are found by a refresh
 * and repaired by the next run.
 */
class DriftEndToEndIT {
    private static final java.time.Instant NOW = ProfilesEndToEndIT.NOW;

    @SimulatedTenant(rooms = 8)
    E2eTenant tenant;

    @Test
    void roomRemovedFromTheGroupAndExtraFullAccessRightsAreFoundByRefreshAndRepaired() throws Exception {
        String ams = Stacks.room(tenant.simulator, "ams", 1);
        String ber = Stacks.room(tenant.simulator, "ber", 1);
        Map<String, String> config = new LinkedHashMap<>(Stacks.placeos(tenant.simulator, "rbac", List.of(ams, ber)));
        config.put("concierge", Stacks.json(List.of(Map.of("name", "PlaceOS Concierge Amsterdam",
                "primarySmtpAddress", Stacks.address(tenant.simulator, "concierge-ams"),
                "members", List.of(Stacks.address(tenant.simulator, "adelev")),
                "rooms", List.of(ams), "access", "fullAccess"))));
        String group = Stacks.address(tenant.simulator, "placeosroombooking");
        String concierge = Stacks.address(tenant.simulator, "concierge-ams");
        try (StandInEngine engine = tenant.engine("placeos", config)) {
            engine.up(E2eTenant.program(NOW)).throwOnError();
            ExchangeAdmin admin = tenant.byHand();
            admin.removeDistributionGroupMember(group, ber);
            admin.addMailboxPermission(new NewMailboxPermission(ams, concierge, List.of("ChangePermission"), null,
                    false));

            StandInEngine.RunResult refreshed = engine.refresh().throwOnError();

            // Exactly the two objects changed by hand drifted; nothing untouched is reported.
            List<String> drifted = refreshed.steps(Step.Op.REFRESH).stream().map(Step::urn).toList();
            assertEquals(2, drifted.size(), drifted::toString);
            assertTrue(drifted.stream().anyMatch(urn -> urn.endsWith("::room-calendar-access-room-group")),
                    drifted::toString);
            assertTrue(drifted.stream().anyMatch(urn -> urn.contains("MailboxPermission::")
                    && urn.endsWith(ams)), drifted::toString);

            long before = tenant.simulator.changeLog().size();
            engine.up(E2eTenant.program(NOW)).throwOnError();

            assertTrue(admin.listDistributionGroupMembers(group).stream()
                    .anyMatch(member -> member.primarySmtpAddress().equalsIgnoreCase(ber)));
            List<String> rights = admin.getMailboxPermissions(ams, concierge).stream()
                    .flatMap(permission -> permission.accessRights().stream()).sorted().toList();
            assertEquals(List.of("FullAccess"), rights);
            assertTrue(tenant.simulator.changeLog().changesSince(before).size() <= 4,
                    () -> "repair wrote more than the drift: " + tenant.simulator.changeLog().changesSince(before));
            assertEquals(0, engine.up(E2eTenant.program(NOW)).throwOnError().writes());
            assertEquals(List.of(), SafetyRules.noDuplicates(tenant.simulator));
        }
    }

    @Test
    void flippedCalendarFlagIsFoundByRefreshAndSetBack() throws Exception {
        Map<String, String> config = Stacks.roomz(tenant.simulator);
        String room = Stacks.room(tenant.simulator, "den", 2);
        try (StandInEngine engine = tenant.engine("roomz", config)) {
            engine.up(E2eTenant.program(NOW)).throwOnError();
            ExchangeAdmin admin = tenant.byHand();
            admin.setCalendarProcessing(room, CalendarProcessingSettings.builder().deleteSubject(true).build());

            StandInEngine.RunResult refreshed = engine.refresh().throwOnError();
            assertEquals(1, refreshed.steps(Step.Op.REFRESH).size(), refreshed.steps().toString());

            long before = tenant.simulator.changeLog().size();
            StandInEngine.RunResult repaired = engine.up(E2eTenant.program(NOW)).throwOnError();

            assertEquals(1, repaired.steps(Step.Op.UPDATE).size(), repaired.steps().toString());
            assertEquals(false, admin.getCalendarProcessing(room).deleteSubject());
            assertEquals(List.of("Set-CalendarProcessing"), tenant.simulator.changeLog().changesSince(before).stream()
                    .map(change -> change.operation()).toList());
            assertEquals(List.of(), SafetyRules.neverUnrestricted(tenant.simulator.changeLog().changes(), "rbac"));
        }
    }
}
