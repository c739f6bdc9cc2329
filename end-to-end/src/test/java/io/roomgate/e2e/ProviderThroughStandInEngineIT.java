package io.roomgate.e2e;

import com.pulumi.Context;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroup;
import io.roomgate.resources.exchangeonline.MailEnabledSecurityGroupArgs;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testengine.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real provider plugin behind the stand-in engine: launched as the engine launches it, configured for the
 * simulated tenant, and driven through one resource's whole life.
 */
class ProviderThroughStandInEngineIT {
    private static final Set<String> CONTRACT = Set.of(
            "exchangeonline:index:MailEnabledSecurityGroup", "exchangeonline:index:ApplicationAccessPolicy",
            "exchangeonline:index:ServicePrincipal", "exchangeonline:index:ManagementScope",
            "exchangeonline:index:ManagementRoleAssignment", "exchangeonline:index:CalendarProcessing",
            "exchangeonline:index:MailboxPermission", "exchangeonline:index:MailboxFolderPermission",
            "exchangeonline:index:RoomMailbox", "exchangeonline:index:RoomList", "exchangeonline:index:UserMailbox");

    @SimulatedTenant(rooms = 4)
    E2eTenant tenant;
    private StandInEngine engine;

    @BeforeEach
    void start() throws Exception {
        engine = tenant.engine("provider-it", Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
    }

    @Test
    void pluginStartsAsTheEngineLaunchesItServesOnlyContractTypesAndKeepsStdoutForThePort() {
        Set<String> served = engine.pluginResourceTypes("exchangeonline");

        assertTrue(CONTRACT.containsAll(served), () -> "outside the contract: " + served);
        assertEquals(List.of(), engine.pluginDiagnostics().stream().filter(line -> line.startsWith("stdout:"))
                .toList());
        assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, List.of()));
    }

    private Consumer<Context> group(List<String> members) {
        return ctx -> new MailEnabledSecurityGroup("rooms", MailEnabledSecurityGroupArgs.builder()
                .name("E2E Rooms").alias("e2erooms").members(members).build());
    }

    @Test
    void groupIsCreatedLeftAloneChangedByItsDifferenceAndDeleted() {
        assumeTrue(engine.pluginResourceTypes("exchangeonline").contains("exchangeonline:index:MailEnabledSecurityGroup"),
                "the provider does not serve MailEnabledSecurityGroup yet");
        String first = Stacks.room(tenant.simulator, "ams", 1);
        String second = Stacks.room(tenant.simulator, "ber", 1);

        engine.up(group(List.of(first))).throwOnError();
        assertEquals(Set.of(first), members("e2erooms"));

        long before = tenant.simulator.changeLog().size();
        assertEquals(0, engine.up(group(List.of(first))).throwOnError().writes());
        assertEquals(before, tenant.simulator.changeLog().size());

        StandInEngine.RunResult changed = engine.up(group(List.of(first, second))).throwOnError();
        assertEquals(1, changed.steps(Step.Op.UPDATE).size());
        assertEquals(Set.of(first, second), members("e2erooms"));
        assertEquals(List.of("Add-DistributionGroupMember"), tenant.simulator.changeLog().changesSince(before)
                .stream().map(change -> change.operation()).toList());

        engine.destroy().throwOnError();
        assertTrue(tenant.simulator.tenant().resolveRecipients("e2erooms").isEmpty());
        assertEquals(List.of(), SafetyRules.secretsStaySecret(tenant.simulator, engine, List.of(changed)));
    }

    private Set<String> members(String alias) {
        return tenant.simulator.tenant().read(() -> {
            Recipient group = tenant.simulator.tenant().resolveRecipients(alias).get(0);
            Set<String> addresses = new java.util.TreeSet<>();
            group.members.forEach(guid -> tenant.simulator.tenant().recipientByGuid(guid)
                    .ifPresent(member -> addresses.add(member.primarySmtpAddress)));
            return addresses;
        });
    }
}
