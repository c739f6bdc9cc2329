package io.roomgate.verify;

import static io.roomgate.verify.ClassifierTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackOutputsTest {
    static final String OUTPUTS = """
            {
              "tenantId": "11111111-2222-3333-4444-555555555555",
              "clientId": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
              "clientSecret": "s3cr3t~value",
              "roomAddresses": ["Board.Room@contoso.com", "atrium@contoso.com"],
              "accessModel": "rbac",
              "connectorSettings": {"tenantId": "11111111-2222-3333-4444-555555555555"},
              "verification": {"rooms": ["Board.Room@contoso.com", "atrium@contoso.com"],
                               "canary": "ceo@contoso.com", "accessModel": "rbac"}
            }""";

    @Test
    void readsWhatPulumiPrintsWithShowSecrets() {
        StackOutputs outputs = StackOutputs.parse(OUTPUTS);

        assertEquals("11111111-2222-3333-4444-555555555555", outputs.tenantId());
        assertEquals("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", outputs.clientId());
        assertEquals("s3cr3t~value", outputs.clientSecret());
        assertEquals(List.of("board.room@contoso.com", "atrium@contoso.com"), outputs.rooms());
        assertEquals("ceo@contoso.com", outputs.canary());
        assertEquals(AccessModel.RBAC, outputs.accessModel());
        assertTrue(outputs.write(), "a stack that does not say otherwise is probed for write");
    }

    @Test
    void neverPrintsTheSecret() {
        assertFalse(StackOutputs.parse(OUTPUTS).toString().contains("s3cr3t"));
    }

    @Test
    void hiddenSecretAsksForShowSecrets() {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> StackOutputs.parse(OUTPUTS.replace("\"s3cr3t~value\"", "\"[secret]\"")));

        assertContains(failure.getMessage(), "--show-secrets");
    }

    @Test
    void readOnlyProfileAndLegacyPolicyModelFromTheVerificationSummary() {
        StackOutputs outputs = StackOutputs.parse("""
                {"tenantId": "t", "clientId": "c", "roomAddresses": ["r@x.com"], "accessModel": "rbac",
                 "verification": {"accessModel": "applicationAccessPolicy", "permissions": ["Calendars.Read"]}}""");

        assertEquals(AccessModel.APPLICATION_ACCESS_POLICY, outputs.accessModel());
        assertFalse(outputs.write());
        assertNull(outputs.clientSecret());
        assertEquals(List.of("r@x.com"), outputs.rooms());
    }

    @Test
    void acceptsSecretsSerializedWithPulumisSignature() {
        StackOutputs outputs = StackOutputs.parse("""
                {"tenantId": "t", "clientId": "c", "roomAddresses": ["r@x.com"], "accessModel": "rbac",
                 "clientSecret": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                                  "value": "plain"}}""");

        assertEquals("plain", outputs.clientSecret());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var failure = assertThrows(IllegalArgumentException.class, () -> StackOutputs.parse("""
                {"clientId": "c", "roomAddresses": ["not-an-address"], "accessModel": "open",
                 "verification": {"canary": "x@y.com"}}"""));

        assertEquals("stack outputs: accessModel 'open' is not one of rbac, applicationAccessPolicy, unrestricted,"
                + " serviceAccount; tenantId is missing; roomAddresses holds \"not-an-address\", which is not a mailbox"
                + " address", failure.getMessage());
    }

    @Test
    void canaryThatIsARoomIsRefused() {
        var failure = assertThrows(IllegalArgumentException.class, () -> StackOutputs.parse(
                OUTPUTS.replace("\"canary\": \"ceo@contoso.com\"", "\"canary\": \"atrium@contoso.com\"")));

        assertContains(failure.getMessage(), "the canary atrium@contoso.com is also one of the rooms");
    }

    @Test
    void readsTheProgramsVerificationSummary() {
        StackOutputs outputs = StackOutputs.parse("""
                {"tenantId": "t", "roomAddresses": ["a@contoso.com", "b@contoso.com"], "accessModel": "rbac",
                 "clientId": "c", "clientSecret": "s",
                 "verification": {"tenantId": "t", "organization": "contoso.onmicrosoft.com", "accessModel": "rbac",
                                  "rooms": ["a@contoso.com"], "canaryMailbox": "", "write": false,
                                  "permissions": ["Calendars.ReadWrite"], "clientId": "c"}}""");

        assertEquals(List.of("a@contoso.com"), outputs.rooms());
        assertNull(outputs.canary(), "an empty canaryMailbox means none");
        assertFalse(outputs.write(), "an explicit write flag wins over the permissions");
        assertEquals("contoso.onmicrosoft.com", outputs.organization());
    }

    @Test
    void serviceAccountStackIsReadWithItsAccountAndFolderRoleAndNeedsNoApp() {
        StackOutputs outputs = StackOutputs.parse("""
                {"tenantId": "t", "roomAddresses": ["a@contoso.com"], "accessModel": "serviceAccount",
                 "connectorSettings": {"service_account": "Alexa@contoso.com", "rooms": ["a@contoso.com"]},
                 "verification": {"accessModel": "serviceAccount", "rooms": ["a@contoso.com"],
                                  "canaryMailbox": "ceo@contoso.com", "write": true, "permissions": [],
                                  "restriction": "serviceAccount folder role PublishingEditor for alexa@contoso.com"}}""");

        assertEquals(AccessModel.SERVICE_ACCOUNT, outputs.accessModel());
        assertEquals(new StackOutputs.ServiceAccount("alexa@contoso.com", "PublishingEditor"), outputs.serviceAccount());
        assertNull(outputs.clientId());
        assertEquals(List.of("a@contoso.com"), outputs.rooms());
        assertEquals("ceo@contoso.com", outputs.canary());
    }

    @Test
    void serviceAccountStackWithoutItsAccountSaysWhichOutputIsMissing() {
        var failure = assertThrows(IllegalArgumentException.class, () -> StackOutputs.parse("""
                {"tenantId": "t", "roomAddresses": ["a@contoso.com"], "accessModel": "serviceAccount"}"""));

        assertContains(failure.getMessage(), "connectorSettings.service_account is missing");
    }

    @Test
    void notJsonSaysWhatToPipeIn() {
        var failure = assertThrows(IllegalArgumentException.class, () -> StackOutputs.parse("Current stack is dev"));

        assertContains(failure.getMessage(), "pulumi stack output --json --show-secrets");
    }
}
