package io.roomgate.provider.framework;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.roomgate.provider.EngineLog;
import io.roomgate.provider.ProviderAssembly;
import io.roomgate.provider.config.TenantConnection;
import io.roomgate.provider.handlers.CalendarGrants;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The package schema, generated from the handlers' declarations, is the committed {@code provider/schema.json} (the
 * one source the SDK classes and the docs are held to) and has the tokens and properties DESIGN names.
 */
class SchemaTest {
    /** Set to write the generated schema over the committed file instead of comparing them. */
    static final String WRITE = "roomgate.writeSchema";
    static final String REGENERATE = "mvn -q -pl provider -am test -Dtest=SchemaTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";

    private static String generated() {
        TenantConnection tenant = new TenantConnection(options -> {
            throw new AssertionError("no Exchange needed");
        }, Path.of("."), EngineLog.toStderr());
        return ProviderAssembly.provider(tenant, appId -> CalendarGrants.Check.held(List.of()), Map.of(),
                EngineLog.toStderr()).schema() + "\n";
    }

    private static JsonObject schema() {
        return JsonParser.parseString(generated()).getAsJsonObject();
    }

    @Test
    void theCommittedSchemaIsWhatTheHandlersDeclare() throws IOException {
        Path committed = Path.of(System.getProperty("roomgate.projectDir", "..")).resolve("provider/schema.json")
                .toAbsolutePath().normalize();
        String generated = generated();
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        String onDisk = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!onDisk.equals(generated)) {
            fail(committed + " is not what the handlers declare (" + firstDifference(onDisk, generated)
                    + "). Do not edit it by hand: regenerate it from the handlers with\n  " + REGENERATE
                    + "\nthen review the change and commit it.");
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] left = committed.split("\n", -1);
        String[] right = generated.split("\n", -1);
        for (int line = 0; line < Math.max(left.length, right.length); line++) {
            String was = line < left.length ? left[line].strip() : "(end of file)";
            String is = line < right.length ? right[line].strip() : "(end of file)";
            if (!was.equals(is)) {
                return "line " + (line + 1) + " is " + was + ", the handlers say " + is;
            }
        }
        return "they differ in white space";
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
                "exchangeonline:index:MailboxPermission", "exchangeonline:index:MailboxFolderPermission",
                "exchangeonline:index:RoomMailbox", "exchangeonline:index:RoomList", "exchangeonline:index:UserMailbox"),
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
    void aRoomIsReplacedOnlyByANewAddressAndAServiceAccountsPasswordIsASecretUsedAtCreation() {
        JsonObject resources = schema().getAsJsonObject("resources");
        JsonObject room = resources.getAsJsonObject("exchangeonline:index:RoomMailbox").getAsJsonObject("inputProperties");
        Set<String> replacing = new TreeSet<>();
        room.entrySet().forEach(e -> {
            if (e.getValue().getAsJsonObject().has("willReplaceOnChanges")) {
                replacing.add(e.getKey());
            }
        });
        JsonObject password = resources.getAsJsonObject("exchangeonline:index:UserMailbox")
                .getAsJsonObject("properties").getAsJsonObject("password");

        assertEquals(Set.of("primarySmtpAddress"), replacing);
        assertEquals(false, room.getAsJsonObject("deleteMailboxOnDestroy").get("default").getAsBoolean());
        assertEquals(true, room.getAsJsonObject("blockSignIn").get("default").getAsBoolean());
        assertTrue(password.get("secret").getAsBoolean());
        assertTrue(password.get("description").getAsString().endsWith("a later change is not applied."));
    }

    @Test
    void configKeysAreTheContractsAndSecretsAreMarked() {
        JsonObject variables = schema().getAsJsonObject("config").getAsJsonObject("variables");
        assertEquals(Set.of("tenantId", "organization", "clientId", "clientSecret", "clientCertificatePath",
                "clientCertificatePassword", "useManagedIdentity", "useDeviceCode", "authorityHost", "endpoint",
                "graphEndpoint", "local", "maxConcurrency", "passwordEncryptionKey"), keys(variables));
        assertTrue(variables.getAsJsonObject("clientSecret").get("secret").getAsBoolean());
        assertTrue(variables.getAsJsonObject("clientCertificatePassword").get("secret").getAsBoolean());
    }
}
