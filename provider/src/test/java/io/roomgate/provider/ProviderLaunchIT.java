package io.roomgate.provider;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.codec.Secret;
import io.roomgate.testfixtures.ProviderPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.Provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin as the engine starts it: the shim from Pulumi.yaml, the engine's arguments, the port handshake. */
class ProviderLaunchIT {
    @TempDir
    Path project;

    @Test
    void pulumiYamlNamesTheShimAndItIsExecutable() throws Exception {
        String pulumiYaml = Files.readString(ProviderPlugin.projectDir().resolve("Pulumi.yaml"));
        assertTrue(pulumiYaml.contains("path: ./provider/bin"), pulumiYaml);
        Path launcher = ProviderPlugin.launcher(ProviderPlugin.projectDir(), "exchangeonline");
        assertTrue(Files.isExecutable(launcher), "the engine execs " + launcher);
    }

    @Test
    void engineReadsThePortAsTheFirstStdoutLineAndNothingElse() throws Exception {
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            assertTrue(provider.firstLine().matches("\\d{2,5}"), "first stdout line: '" + provider.firstLine() + "'");
            var stub = provider.stub();
            var handshake = stub.handshake(Provider.ProviderHandshakeRequest.newBuilder()
                    .setEngineAddress(engine.address()).setRootDirectory(project.toString())
                    .setProgramDirectory(project.toString()).setConfigureWithUrn(true).setSupportsViews(true)
                    .setSupportsRefreshBeforeUpdate(true).build());
            assertTrue(handshake.getAcceptSecrets());
            assertFalse(handshake.getAcceptResources());
            assertEquals(PluginVersion.get(), stub.getPluginInfo(Empty.getDefaultInstance()).getVersion());
            assertTrue(PluginVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), PluginVersion.get());
            assertEquals("", provider.stdoutAfterPort(), "stdout after the port line");
        }
    }

    @Test
    void schemaIsAPulumiPackageSchemaOfThisVersion() throws Exception {
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            String schema = provider.stub().getSchema(Provider.GetSchemaRequest.newBuilder().build()).getSchema();
            JsonObject json = JsonParser.parseString(schema).getAsJsonObject();
            assertEquals("exchangeonline", json.get("name").getAsString());
            assertEquals(PluginVersion.get(), json.get("version").getAsString());
            assertTrue(json.getAsJsonObject("config").getAsJsonObject("variables")
                    .getAsJsonObject("clientSecret").get("secret").getAsBoolean());
        }
    }

    @Test
    void configureAcceptsASecretAndNeverLogsIt() throws Exception {
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            Struct args = PropertyCodec.encode(Map.of(
                    "tenantId", "11111111-2222-3333-4444-555555555555",
                    "clientId", "66666666-7777-8888-9999-000000000000",
                    "clientSecret", new Secret("do-not-print-me"),
                    "maxConcurrency", "3"));
            var configured = provider.stub().configure(Provider.ConfigureRequest.newBuilder().setArgs(args)
                    .setAcceptSecrets(true).setAcceptResources(true).build());
            assertTrue(configured.getSupportsPreview());
            assertTrue(configured.getAcceptSecrets());
            assertFalse(provider.stderr().contains("do-not-print-me"), provider.stderr());
        }
    }

    @Test
    void configureRejectsAMalformedTenantIdNamingTheKey() throws Exception {
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            var failure = org.junit.jupiter.api.Assertions.assertThrows(io.grpc.StatusRuntimeException.class,
                    () -> provider.stub().configure(Provider.ConfigureRequest.newBuilder()
                            .setArgs(Struct.newBuilder().putFields("tenantId",
                                    Value.newBuilder().setStringValue("contoso").build()))
                            .build()));
            assertEquals(io.grpc.Status.Code.INVALID_ARGUMENT, failure.getStatus().getCode());
            assertTrue(failure.getStatus().getDescription().contains("tenantId"), failure.getStatus().getDescription());
        }
    }
}
