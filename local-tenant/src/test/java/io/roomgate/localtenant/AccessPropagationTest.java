package io.roomgate.localtenant;

import io.roomgate.localtenant.access.AccessDecision;
import io.roomgate.localtenant.access.PropagationDelays;
import io.roomgate.localtenant.access.RequiredPermission;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.TenantAccess;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tenant keeps when access facts started and ended, so Graph-side decisions can lag as Exchange's do. */
class AccessPropagationTest extends SimulatorTestBase {
    private AccessDecision graphReads(String mailbox) {
        return sim.tenant().read(() -> {
            TenantAccess access = new TenantAccess(sim.tenant());
            Recipient recipient = sim.tenant().resolveRecipients(mailbox).get(0);
            return access.exchangeAccess().graphAccess(sim.platformApp().clientId(), access.mailbox(recipient),
                    RequiredPermission.READ_CALENDAR, sim.tenant().now(), PropagationDelays.EXCHANGE_ONLINE_TYPICAL);
        });
    }

    @Test
    void roomAddedToTheScopeGroupReachesGraphOnlyAfterTheRbacCacheDelay() {
        String platformObjectId = sim.tenant().read(() -> sim.tenant()
                .servicePrincipalByAppId(sim.platformApp().clientId()).orElseThrow().objectId);
        String dn = first(client.ok("New-DistributionGroup", Map.of("Name", "Propagation rooms", "Type", "Security")))
                .get("DistinguishedName").getAsString();
        client.ok("New-ServicePrincipal", Map.of("AppId", sim.platformApp().clientId(), "ObjectId", platformObjectId));
        client.ok("New-ManagementScope", Map.of("Name", "Propagation scope",
                "RecipientRestrictionFilter", "MemberOfGroup -eq '" + dn + "'"));
        client.ok("New-ManagementRoleAssignment", Map.of("Role", "Application Calendars.Read",
                "App", platformObjectId, "CustomResourceScope", "Propagation scope"));
        sim.tenant().clock().advance(Duration.ofHours(3));

        client.ok("Add-DistributionGroupMember", Map.of("Identity", "Propagation rooms", "Member", "ams-room-0005",
                "BypassSecurityGroupManagerCheck", true));

        AccessDecision justAdded = graphReads("ams-room-0005");
        assertFalse(justAdded.allowed());
        assertTrue(justAdded.pendingChange().orElseThrow().allowedOnceApplied());
        assertEquals("True", first(client.ok("Test-ServicePrincipalAuthorization", Map.of("Identity", platformObjectId,
                "Resource", "ams-room-0005"))).get("InScope").getAsString(), "the test cmdlet bypasses the cache");

        sim.tenant().clock().advance(Duration.ofMinutes(31));
        assertTrue(graphReads("ams-room-0005").allowed());

        client.ok("Remove-DistributionGroupMember", Map.of("Identity", "Propagation rooms", "Member", "ams-room-0005",
                "BypassSecurityGroupManagerCheck", true));
        AccessDecision justRemoved = graphReads("ams-room-0005");
        assertTrue(justRemoved.allowed(), "a removal lags like an addition");
        assertFalse(justRemoved.pendingChange().orElseThrow().allowedOnceApplied());
        assertFalse(graphReads("ceo").allowed());
        assertEquals(List.of(), sim.tenant().read(() -> sim.tenant().resolveRecipients("Propagation rooms").get(0).members));
    }
}
