package io.roomgate.e2e;

import com.pulumi.Context;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.directory.GraphDirectory;
import io.roomgate.localtenant.graph.GraphEndpoint;
import io.roomgate.program.RoomgateStack;
import io.roomgate.testengine.GraphEntraStandIn;
import io.roomgate.testengine.StandInEngine;
import io.roomgate.testfixtures.ProviderPlugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A simulated tenant in the test JVM (Exchange, tokens, and the Graph directory the Entra stand-in uses) and
 * stand-in engines pointed at it the way a stack points the provider at a tenant: endpoint overrides, the deploying
 * app's credentials (the secret as a Pulumi secret), and the provider JVM trusting the simulator's certificate.
 */
public final class E2eTenant implements AutoCloseable {
    private static final String TRUST_PASSWORD = "changeit";

    public final TenantSimulator simulator;
    private final Path directory;
    private final Path trustStore;

    private E2eTenant(TenantSimulator simulator, Path directory, Path trustStore) {
        this.simulator = simulator;
        this.directory = directory;
        this.trustStore = trustStore;
    }

    public static E2eTenant start(Path directory, SimulatorOptions options) {
        TenantSimulator simulator = TenantSimulator.start(options);
        GraphEndpoint.mountOn(simulator);
        GraphDirectory.mountOn(simulator);
        Path trustStore = directory.resolve("simulator-trust.p12");
        try {
            Files.createDirectories(directory);
            KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
            pkcs12.load(null, null);
            KeyStore source = simulator.trustStore();
            for (String alias : Collections.list(source.aliases())) {
                pkcs12.setCertificateEntry(alias, source.getCertificate(alias));
            }
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                pkcs12.store(out, TRUST_PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            simulator.close();
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            simulator.close();
            throw new IllegalStateException("cannot write the simulator's trust store", e);
        }
        return new E2eTenant(simulator, directory, trustStore);
    }

    /** The environment that makes the provider's JVM trust the simulator (and the JVM's usual authorities). */
    public Map<String, String> providerEnvironment() {
        return Map.of("ROOMGATE_PROVIDER_JAVA_OPTS", "-Djavax.net.ssl.trustStore=" + trustStore
                + " -Djavax.net.ssl.trustStorePassword=" + TRUST_PASSWORD + " -Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /**
     * An engine for {@code stack} whose checkpoint lives in this tenant's directory (so a second engine for the same
     * stack continues where the first stopped), with {@code roomgate} config keys given without their prefix.
     */
    public StandInEngine engine(String stack, Map<String, String> roomgateConfig) throws IOException {
        return engineBuilder(stack, roomgateConfig).build();
    }

    /** As {@link #engine}, for callers that set more (e.g. {@code exchangeonline:maxConcurrency}). */
    public StandInEngine.Builder engineBuilder(String stack, Map<String, String> roomgateConfig) {
        StandInEngine.Builder builder = StandInEngine.builder()
                .projectDir(ProviderPlugin.projectDir())
                .stack(stack)
                .stateFile(directory.resolve("stack-" + stack + ".json"))
                .entra(GraphEntraStandIn.on(simulator))
                .pluginEnvironment(providerEnvironment())
                .config("exchangeonline:tenantId", simulator.tenantId())
                .config("exchangeonline:organization", simulator.organization())
                .config("exchangeonline:clientId", simulator.deployerApp().clientId())
                .secretConfig("exchangeonline:clientSecret", simulator.deployerApp().clientSecret())
                .config("exchangeonline:endpoint", simulator.exchangeEndpoint())
                .config("exchangeonline:graphEndpoint", simulator.graphEndpoint())
                .config("exchangeonline:authorityHost", simulator.authorityHost())
                .config("exchangeonline:passwordEncryptionKey", simulator.passwordEncryptionKey());
        Map<String, String> prefixed = new LinkedHashMap<>();
        roomgateConfig.forEach((key, value) -> prefixed.put("roomgate:" + key, value));
        builder.config(prefixed);
        if (roomgateConfig.containsKey("appClientSecret")) {
            builder.secretConfig("roomgate:appClientSecret", roomgateConfig.get("appClientSecret"));
        }
        return builder;
    }

    /** roomgate's program, as {@code App} runs it, at a fixed moment (secret rotation windows depend on it). */
    public static Consumer<Context> program(Instant now) {
        return ctx -> RoomgateStack.declare(ctx, now);
    }

    /** The deploying admin's own Exchange client, for changes made by hand outside Pulumi. */
    public io.roomgate.exchange.ExchangeAdmin byHand() {
        return io.roomgate.exchange.ExchangeAdminClient.connect(io.roomgate.exchange.ExchangeClientOptions
                .builder(simulator.tenantId(), new io.roomgate.exchange.CredentialSource.ClientSecret(
                        simulator.deployerApp().clientId(), simulator.deployerApp().clientSecret()))
                .organization(simulator.organization())
                .endpoint(java.net.URI.create(simulator.exchangeEndpoint()))
                .authorityHost(java.net.URI.create(simulator.authorityHost()))
                .sslContext(simulator.clientSslContext())
                .build());
    }

    /** What one {@code roomgate verify} run printed and returned. */
    public record VerifyRun(int exitCode, String stdout, String stderr) {
        public com.google.gson.JsonObject report() {
            return com.google.gson.JsonParser.parseString(stdout).getAsJsonObject();
        }
    }

    /**
     * Runs the real {@code verify} command on a run's stack outputs (as {@code pulumi stack output --json
     * --show-secrets} prints them) against this tenant; waiting moves the simulator's clock instead of sleeping.
     */
    public VerifyRun verify(Map<String, Object> stackOutputs, String... extraArgs) {
        Path certificate = directory.resolve("simulator.pem");
        simulator.writeCertificatePem(certificate);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--graph-endpoint", simulator.graphEndpoint(), "--authority-host", simulator.authorityHost(),
                "--exchange-endpoint", simulator.exchangeEndpoint(), "--organization", simulator.organization(),
                "--trust-certificate", certificate.toString(), "--admin-client-id",
                simulator.deployerApp().clientId(), "--no-progress"));
        args.addAll(java.util.List.of(extraArgs));
        if (!args.contains("--format")) {
            args.add("--json");
        }
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var utf8 = java.nio.charset.StandardCharsets.UTF_8;
        var command = new io.roomgate.verify.VerifyCommand(
                new java.io.ByteArrayInputStream(new com.google.gson.Gson().toJson(stackOutputs).getBytes(utf8)),
                new java.io.PrintStream(out, true, utf8), new java.io.PrintStream(err, true, utf8),
                Map.of("ROOMGATE_ADMIN_CLIENT_SECRET", simulator.deployerApp().clientSecret()),
                io.roomgate.exchange.ExchangeAdminClient::connect, simulatedClock(),
                duration -> simulator.tenant().clock().advance(duration));
        int exit = command.run(args.toArray(String[]::new));
        return new VerifyRun(exit, out.toString(utf8), err.toString(utf8));
    }

    private java.time.Clock simulatedClock() {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return simulator.tenant().clock().now();
            }
        };
    }

    @Override
    public void close() {
        simulator.close();
    }
}
