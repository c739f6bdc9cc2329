package io.roomgate.provider.framework;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.provider.EngineLog;
import io.roomgate.provider.ProviderAssembly;
import io.roomgate.provider.config.TenantConnection;
import io.roomgate.provider.handlers.CalendarGrants;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package schema, generated from the declarations, is the contract page's tokens and property names. */
class SchemaTest {
    private static JsonObject schema() {
        TenantConnection tenant = new TenantConnection(options -> {
            throw new AssertionError("no Exchange needed");
        }, Path.of("."), EngineLog.toStderr());
        String json = ProviderAssembly.provider(tenant, appId -> CalendarGrants.Check.held(List.of()), Map.of(), EngineLog.toStderr()).schema();
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static Set<String> keys(JsonObject object) {
        return new TreeSet<>(object.keySet());
    }

    @Test
    void everyResourceAndFunctionOfTheContractIsInTheSchema() {
        JsonObject schema = schema();
        assertEquals(Set.of("exchangeonline:index:MailEnabledSecurityGroup", "exchangeonline:index:ApplicationAccessPolicy",
                "exchangeonline:index:ServicePrincipal", "exchangeonline:index:ManagementScope",
                "exchangeonline:index:ManagementRoleAssignment", "exchangeonline:index:CalendarProcessing",
                "exchangeonline:index:MailboxPermission", "exchangeonline:index:MailboxFolderPermission"),
                keys(schema.getAsJsonObject("resources")));
        assertEquals(Set.of("exchangeonline:index:getRoomMailboxes", "exchangeonline:index:getMailbox"),
                keys(schema.getAsJsonObject("functions")));
    }

    @Test
    void groupPropertiesRequiredInputsAndReplacementAreAsTheContractSays() {
        JsonObject group = schema().getAsJsonObject("resources")
                .getAsJsonObject("exchangeonline:index:MailEnabledSecurityGroup");
        assertEquals(Set.of("name", "alias", "displayName", "primarySmtpAddress", "owners", "members",
                "hiddenFromAddressListsEnabled", "guid", "distinguishedName", "externalDirectoryObjectId"),
                keys(group.getAsJsonObject("properties")));
        assertEquals(List.of("name", "alias"), group.getAsJsonArray("requiredInputs").asList().stream()
                .map(e -> e.getAsString()).toList());
        assertTrue(group.getAsJsonObject("inputProperties").getAsJsonObject("alias").get("willReplaceOnChanges")
                .getAsBoolean());
        assertEquals("string", group.getAsJsonObject("inputProperties").getAsJsonObject("members")
                .getAsJsonObject("items").get("type").getAsString());
    }

    @Test
    void defaultsAreTypedAndTheRoomListIsAnObjectType() {
        JsonObject schema = schema();
        JsonObject permission = schema.getAsJsonObject("resources")
                .getAsJsonObject("exchangeonline:index:MailboxPermission").getAsJsonObject("inputProperties");
        assertEquals(false, permission.getAsJsonObject("autoMapping").get("default").getAsBoolean());
        assertEquals("#/types/exchangeonline:index:Room", schema.getAsJsonObject("functions")
                .getAsJsonObject("exchangeonline:index:getRoomMailboxes").getAsJsonObject("outputs")
                .getAsJsonObject("properties").getAsJsonObject("rooms").getAsJsonObject("items").get("$ref").getAsString());
        assertEquals(Set.of("primarySmtpAddress", "displayName", "alias", "guid", "office", "resourceCapacity"),
                keys(schema.getAsJsonObject("types").getAsJsonObject("exchangeonline:index:Room")
                        .getAsJsonObject("properties")));
    }

    @Test
    void configKeysAreTheContractsAndSecretsAreMarked() {
        JsonObject variables = schema().getAsJsonObject("config").getAsJsonObject("variables");
        assertEquals(Set.of("tenantId", "organization", "clientId", "clientSecret", "clientCertificatePath",
                "clientCertificatePassword", "useManagedIdentity", "useDeviceCode", "authorityHost", "endpoint",
                "graphEndpoint", "local", "maxConcurrency"), keys(variables));
        assertTrue(variables.getAsJsonObject("clientSecret").get("secret").getAsBoolean());
        assertTrue(variables.getAsJsonObject("clientCertificatePassword").get("secret").getAsBoolean());
    }
}
