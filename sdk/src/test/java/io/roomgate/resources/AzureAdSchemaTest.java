package io.roomgate.resources;

import com.google.gson.JsonObject;
import com.pulumi.core.annotations.CustomType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The azuread classes stand in for the unreachable com.pulumi:azuread SDK, so nothing but this test stops a typo
 * in a token or property name from reaching a real tenant: every token, @Import (with its required flag), @Export
 * and nested shape is held to the v6.10.0 schema.
 */
class AzureAdSchemaTest {
    private static final String PACKAGE = "io.roomgate.resources.azuread";

    @Test
    void everyAzureAdClassFollowsTheSchemaToTheLetter() throws IOException {
        JsonObject schema = SchemaConformance.load("/io/roomgate/resources/azuread/schema-6.10.0.json");
        var conformance = new SchemaConformance(PACKAGE);
        schema.getAsJsonObject("resources").entrySet().forEach(e -> conformance.resource(e.getKey(),
                e.getValue().getAsJsonObject().getAsJsonObject("inputs"), e.getValue().getAsJsonObject().getAsJsonObject("outputs")));
        schema.getAsJsonObject("types").entrySet().forEach(e -> {
            String name = SchemaConformance.className(e.getKey());
            conformance.inputArgs(PACKAGE + ".inputs." + name + "Args", e.getValue().getAsJsonObject());
            conformance.outputType(PACKAGE + ".outputs." + name, e.getValue().getAsJsonObject());
        });
        schema.getAsJsonObject("functions").entrySet().forEach(e -> {
            String name = SchemaConformance.className(e.getKey());
            JsonObject inputs = e.getValue().getAsJsonObject().getAsJsonObject("inputs");
            if (inputs.size() > 0) {
                conformance.inputArgs(PACKAGE + "." + name + "Args", inputs);
            }
            conformance.outputType(PACKAGE + ".outputs." + name + "Result", e.getValue().getAsJsonObject().getAsJsonObject("outputs"));
        });
        assertEquals(List.of(), conformance.mismatches());
    }

    @Test
    void theConformanceCheckCatchesATypoAndAWrongRequiredFlag() {
        var conformance = new SchemaConformance(PACKAGE);
        var inputs = new JsonObject();
        inputs.add("appRoleId", spec("string", true));
        inputs.add("principalObjectId", spec("string", false));
        inputs.add("resourceObjectID", spec("string", true));
        conformance.inputArgs(PACKAGE + ".AppRoleAssignmentArgs", inputs);
        assertEquals(List.of(
                "AppRoleAssignmentArgs @Import 'principalObjectId' required=true, schema says false",
                "AppRoleAssignmentArgs @Import 'resourceObjectID' is missing",
                "AppRoleAssignmentArgs @Import 'resourceObjectId' is not in the schema"), conformance.mismatches());
    }

    @Test
    void outputShapesTheReferenceDoesNotListAreStillDeserialisable() {
        for (String name : List.of("ServicePrincipalAppRole", "ServicePrincipalOauth2PermissionScope", "GetServicePrincipalAppRole",
                "GetServicePrincipalOauth2PermissionScope", "GetServicePrincipalFeature", "GetServicePrincipalFeatureTag",
                "GetServicePrincipalSamlSingleSignOn")) {
            Class<?> type = new SchemaConformance(PACKAGE).loadClass(PACKAGE + ".outputs." + name);
            assertTrue(type != null && type.isAnnotationPresent(CustomType.class), name);
        }
    }

    @Test
    void theAzureAdPluginIsAnnouncedToTheEngine() throws IOException {
        JsonObject plugin = SchemaConformance.load("/com/pulumi/azuread/plugin.json");
        assertEquals(Map.of("resource", "true", "name", "azuread", "version", "6.10.0"),
                Map.of("resource", plugin.get("resource").getAsString(), "name", plugin.get("name").getAsString(),
                        "version", plugin.get("version").getAsString()));
        assertEquals("6.10.0", io.roomgate.resources.azuread.AzureAd.VERSION);
    }

    private static JsonObject spec(String type, boolean required) {
        var spec = new JsonObject();
        spec.addProperty("type", type);
        spec.addProperty("required", required);
        return spec;
    }
}
