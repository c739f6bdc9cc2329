package io.roomgate.e2e;

import io.roomgate.localtenant.directory.DirectoryOperations;
import io.roomgate.localtenant.tenant.ChangeLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule 1 replay catches what it is there to catch, on hand-written change logs. */
class SafetyRulesTest {
    private static final String APP = "6f1c2d3e-0000-4000-8000-00000000abcd";
    private static final String TENANT = "11111111-2222-4333-8444-555555555555";

    private final ChangeLog log = new ChangeLog();

    private void grant(String id, String role) {
        log.record(Instant.EPOCH, DirectoryOperations.GRANT_APP_ROLE, Map.of("id", id, "appRoleValue", role,
                "principalAppId", APP), "deployer");
    }

    private void revoke(String id) {
        log.record(Instant.EPOCH, DirectoryOperations.REVOKE_APP_ROLE, Map.of("id", id), "deployer");
    }

    private void newPolicy() {
        log.record(Instant.EPOCH, "New-ApplicationAccessPolicy", Map.of("AppId", APP, "AccessRight",
                "RestrictAccess", "PolicyScopeGroupId", "rooms@contoso.com"), "deployer");
    }

    private void removePolicy() {
        log.record(Instant.EPOCH, "Remove-ApplicationAccessPolicy", Map.of("Identity", TENANT + "\\" + APP
                + ":S-1-5-21-1;0f0f"), "deployer");
    }

    @Test
    void rbacModeRefusesAnyCalendarsGrantButNotOtherGraphRoles() {
        grant("a", "Place.Read.All");
        assertEquals(List.of(), SafetyRules.neverUnrestricted(log.changes(), "rbac"));

        grant("b", "Calendars.ReadWrite");
        revoke("b");

        List<String> violations = SafetyRules.neverUnrestricted(log.changes(), "rbac");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("#2 "), violations.get(0));
    }

    @Test
    void policyModeAcceptsAGrantMadeAfterThePolicyAndRevokedBeforeIt() {
        newPolicy();
        grant("g", "Calendars.ReadWrite");
        revoke("g");
        removePolicy();

        assertEquals(List.of(), SafetyRules.neverUnrestricted(log.changes(), "applicationAccessPolicy"));
    }

    @Test
    void policyModeFlagsAGrantBeforeThePolicyAndAPolicyRemovedUnderAGrant() {
        grant("g", "Calendars.Read");
        newPolicy();
        removePolicy();
        revoke("g");

        List<String> violations = SafetyRules.neverUnrestricted(log.changes(), "applicationAccessPolicy");
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("#1 ") && violations.get(1).startsWith("#3 "), violations.toString());
    }

    @Test
    void deletingThePrincipalRevokesItsGrants() {
        grant("g", "Calendars.ReadWrite");
        log.record(Instant.EPOCH, DirectoryOperations.DELETE_SERVICE_PRINCIPAL, Map.of("id", "sp",
                "revokedAppRoleAssignments", List.of(Map.of("id", "g"))), "deployer");
        grant("h", "Place.Read.All");

        assertEquals(1, SafetyRules.neverUnrestricted(log.changes(), "rbac").size());
    }
}
