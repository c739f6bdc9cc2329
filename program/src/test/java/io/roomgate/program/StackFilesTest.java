package io.roomgate.program;

import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tenant.TenantState;
import io.roomgate.program.ProgramHarness.Registration;
import io.roomgate.program.ProgramHarness.Run;
import io.roomgate.testfixtures.ProjectDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack files an admin copies are read and run the way the Pulumi CLI hands them to the program. */
class StackFilesTest {
    private static final Path STACKS = ProjectDir.root().resolve("stacks");

    @AfterEach
    void cleanup() {
        ProgramHarness.cleanup();
    }

    /** The roomgate:* values of a stack file, structured ones as JSON text (as Pulumi passes them), secrets replaced. */
    static Map<String, String> roomgateConfig(String stack) throws IOException {
        Map<String, Object> file;
        try (Reader reader = Files.newBufferedReader(STACKS.resolve("Pulumi." + stack + ".yaml"))) {
            file = new Yaml().load(reader);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) file.get("config");
        var values = new HashMap<String, String>();
        config.forEach((key, value) -> {
            if (key.startsWith("roomgate:")) {
                boolean secure = value instanceof Map<?, ?> map && map.containsKey("secure");
                values.put(key.substring("roomgate:".length()), secure ? "decrypted-" + key
                        : value instanceof Map || value instanceof List ? ProgramHarness.json(value) : String.valueOf(value));
            }
        });
        return values;
    }

    private static List<String> seededRooms() {
        return Stream.of("ams", "ber", "chi", "den").flatMap(building -> IntStream.rangeClosed(1, 6)
                .mapToObj(n -> String.format("%s-room-%04d@contoso.onmicrosoft.com", building, n))).sorted().toList();
    }

    @Test
    void everyShippedStackRunsAndExplainsItself() throws IOException {
        List<String> stacks;
        try (Stream<Path> files = Files.list(STACKS)) {
            stacks = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Pulumi.") && n.endsWith(".yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList();
        }
        assertEquals(List.of("alexa-delegate", "local", "local-rooms", "placeos-dev", "roomz-prod"), stacks);
        for (String stack : stacks) {
            assertTrue(Files.readString(STACKS.resolve("Pulumi." + stack + ".yaml")).startsWith("# "), stack + " starts with an explanation");
            var config = roomgateConfig(stack);
            if (stack.startsWith("local")) {
                config.put("appClientSecret", "secret-from-the-simulated-tenant");
            }
            Run run = ProgramHarness.run(config, seededRooms());
            assertEquals(0, run.result().exitCode(), () -> stack + ": " + run.result().exceptions());
            assertTrue(run.registrations().size() > 3, stack);
            ProgramHarness.cleanup();
        }
    }

    @Test
    void localStackDeclaresNothingThatNeedsARealEntraTenant() throws IOException {
        var config = roomgateConfig("local");
        config.put("appClientSecret", "secret-from-the-simulated-tenant");
        Run run = ProgramHarness.run(config, seededRooms());
        assertEquals(0, run.result().exitCode(), () -> run.result().exceptions().toString());
        assertTrue(run.registrations().stream().noneMatch(r -> r.type().startsWith("azuread:")), "azuread resources in the local stack");
        assertTrue(run.mocks().calls.stream().noneMatch(c -> c.token.startsWith("azuread:")), "azuread lookups in the local stack");
        Registration scope = run.one("exchangeonline:index:ManagementScope");
        assertEquals("RecipientTypeDetails -eq 'RoomMailbox'", scope.input("recipientRestrictionFilter"));
        assertEquals(24, run.ofType("exchangeonline:index:CalendarProcessing").size());
        var secret = run.output("clientSecret", String.class);
        assertTrue(secret.isSecret());
        assertEquals("secret-from-the-simulated-tenant", secret.getValueNullable());
    }

    @Test
    void localRoomsStackCreatesTwelveRoomsAndScopesTheAppToExactlyThem() throws IOException {
        var config = roomgateConfig("local-rooms");
        config.put("appClientSecret", "secret-from-the-simulated-tenant");
        Run run = ProgramHarness.run(config, seededRooms());
        assertEquals(0, run.result().exitCode(), () -> run.result().exceptions().toString());

        List<Registration> rooms = run.ofType("exchangeonline:index:RoomMailbox");
        assertEquals(12, rooms.size());
        assertEquals(3, run.ofType("exchangeonline:index:RoomList").size());
        Registration group = run.one("exchangeonline:index:MailEnabledSecurityGroup");
        assertEquals(12, group.list("members").size());
        assertTrue(run.one("exchangeonline:index:ManagementScope").input("recipientRestrictionFilter")
                .startsWith("MemberOfGroup -eq "));
        assertEquals(12, run.ofType("exchangeonline:index:CalendarProcessing").size());
        assertTrue(run.mocks().calls.isEmpty(), "no discovery: the stack's rooms are its own");
    }

    @Test
    void localStackWithoutItsSecretSaysHowToSetIt() throws IOException {
        Run run = ProgramHarness.run(roomgateConfig("local"), seededRooms());
        assertNotEquals(0, run.result().exitCode());
        assertTrue(run.result().exceptions().get(0).getMessage().contains("pulumi config set --secret roomgate:appClientSecret"));
        assertEquals(List.of(), run.mocks().resources);
    }

    @Test
    void localStackNamesTheSimulatorsSeededTenantAndPlatformApp() throws IOException {
        SimulatorOptions defaults = SimulatorOptions.defaults();
        TenantState seeded = new Seeder(defaults.seed(), defaults.organization(), defaults.rooms()).seed();
        var config = roomgateConfig("local");
        assertEquals(config.get("app"), roomgateConfig("local-rooms").get("app"), "both local stacks bring the seeded app");
        String platformServicePrincipal = seeded.servicePrincipals.stream()
                .filter(sp -> sp.appId.equals(seeded.seededApps.platformAppId)).findFirst().orElseThrow().objectId;

        assertEquals(seeded.organization.tenantId, config.get("tenantId"));
        assertEquals(seeded.organization.initialDomain, config.get("organization"));
        String app = config.get("app");
        assertTrue(app.contains("\"existingClientId\":\"" + seeded.seededApps.platformAppId + "\""), app);
        assertTrue(app.contains("\"existingServicePrincipalObjectId\":\"" + platformServicePrincipal + "\""), app);
        assertEquals(seededRooms(), seeded.recipients.stream().filter(r -> r.kind.name().equals("RoomMailbox"))
                .map(r -> r.primarySmtpAddress).sorted().toList());
    }
}
