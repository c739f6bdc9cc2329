package io.roomgate.localtenant;

import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.TenantState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersistenceAndSeedTest {
    @Test
    void aRestartedSimulatorSeesTheSameTenantWithItsChanges(@TempDir Path directory) {
        Path stateFile = directory.resolve("tenant.json");
        String tenantId;
        String secret;
        try (TenantSimulator first = TenantSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile)
                .withRooms(8))) {
            SimulatorClient client = new SimulatorClient(first);
            client.ok("New-DistributionGroup", Map.of("Name", "Persisted", "Type", "Security",
                    "Members", List.of("ams-room-0001")));
            client.ok("Set-CalendarProcessing", Map.of("Identity", "ams-room-0001", "BookingWindowInDays", 90));
            tenantId = first.tenantId();
            secret = first.deployerApp().clientSecret();
        }
        assertTrue(Files.exists(stateFile));

        try (TenantSimulator second = TenantSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile)
                .withRooms(500))) {
            assertEquals(tenantId, second.tenantId());
            assertEquals(secret, second.deployerApp().clientSecret());
            SimulatorClient client = new SimulatorClient(second);
            var group = client.ok("Get-DistributionGroupMember", Map.of("Identity", "Persisted"));
            assertEquals("ams-room-0001", group.getAsJsonArray("value").get(0).getAsJsonObject().get("Alias")
                    .getAsString());
            var processing = client.ok("Get-CalendarProcessing", Map.of("Identity", "ams-room-0001"))
                    .getAsJsonArray("value").get(0).getAsJsonObject();
            assertEquals(90, processing.get("BookingWindowInDays").getAsInt());
            long rooms = second.tenant().read(() -> second.tenant().recipients().stream()
                    .filter(r -> r.kind == RecipientKind.RoomMailbox).count());
            assertEquals(8, rooms, "the stored tenant wins over --rooms");
        }
    }

    @Test
    void tenThousandRoomsAreSeededOverFourBuildingsWithOneRoomListEach() {
        TenantState state = new Seeder(7, "fabrikam", 10_000).seed();

        long rooms = state.recipients.stream().filter(r -> r.kind == RecipientKind.RoomMailbox).count();
        assertEquals(10_000, rooms);
        List<io.roomgate.localtenant.tenant.Recipient> lists = state.recipients.stream()
                .filter(r -> r.kind == RecipientKind.RoomList).toList();
        assertEquals(4, lists.size());
        assertEquals(2_500, lists.get(0).members.size());
        assertEquals("fabrikam.onmicrosoft.com", state.organization.initialDomain);
        assertEquals(10_000, state.recipients.stream().filter(r -> r.kind == RecipientKind.RoomMailbox)
                .map(r -> r.primarySmtpAddress).distinct().count());
        assertTrue(state.recipients.stream().anyMatch(r -> r.alias.equals(Seeder.CEO_ALIAS)
                && r.kind == RecipientKind.UserMailbox));
    }

    @Test
    void theSameSeedGivesTheSameTenant() {
        TenantState one = new Seeder(42, "contoso", 5).seed();
        TenantState two = new Seeder(42, "contoso", 5).seed();

        assertEquals(one.organization.tenantId, two.organization.tenantId);
        assertEquals(one.recipients.get(3).guid, two.recipients.get(3).guid);
    }

    @Test
    void seedSizeOutsideTheSupportedRangeIsRefused() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> SimulatorOptions.defaults().withRooms(10_001));
        assertEquals("rooms must be 0–10000, was 10001", failure.getMessage());
    }
}
