package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeAdminClient;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.provider.codec.Secret;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import java.time.Duration;
import java.util.Map;

/**
 * A simulated tenant in the test JVM (so tests can inject faults and change things by hand) and the provider
 * configuration that points at it: endpoint overrides, the deploying app's secret, the JVM trusting its certificate.
 */
final class SimulatedTenant implements AutoCloseable {
    final TenantSimulator simulator;
    final Path trustStore;
    /** An admin's own client, for changes "by hand" outside Pulumi and for reading the tenant's state. */
    final ExchangeAdmin byHand;

    SimulatedTenant(Path directory, SimulatorOptions options) throws Exception {
        simulator = TenantSimulator.start(options);
        trustStore = directory.resolve("simulator-trust.p12");
        KeyStore source = simulator.trustStore();
        KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
        pkcs12.load(null, null);
        for (String alias : Collections.list(source.aliases())) {
            pkcs12.setCertificateEntry(alias, source.getCertificate(alias));
        }
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            pkcs12.store(out, "changeit".toCharArray());
        }
        byHand = ExchangeAdminClient.connect(ExchangeClientOptions.builder(simulator.tenantId(),
                        new CredentialSource.ClientSecret(simulator.deployerApp().clientId(),
                                simulator.deployerApp().clientSecret()))
                .organization(simulator.organization())
                .endpoint(URI.create(simulator.exchangeEndpoint()))
                .authorityHost(URI.create(simulator.authorityHost()))
                .sslContext(simulator.clientSslContext())
                .retryBaseDelay(Duration.ofMillis(50))
                .replicationWait(Duration.ofSeconds(1))
                .build());
    }

    /** The environment that makes the launched provider's JVM trust the simulator's certificate. */
    Map<String, String> providerEnvironment() {
        return Map.of("ROOMGATE_PROVIDER_JAVA_OPTS", "-Djavax.net.ssl.trustStore=" + trustStore
                + " -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** Provider configuration as a stack would set it, with the secret as a Pulumi secret. */
    Struct providerConfig() {
        return Wire.struct(
                "tenantId", simulator.tenantId(),
                "organization", simulator.organization(),
                "clientId", simulator.deployerApp().clientId(),
                "clientSecret", new Secret(simulator.deployerApp().clientSecret()),
                "endpoint", simulator.exchangeEndpoint(),
                "graphEndpoint", simulator.graphEndpoint(),
                "authorityHost", simulator.authorityHost(),
                "maxConcurrency", "4",
                "passwordEncryptionKey", simulator.passwordEncryptionKey());
    }

    @Override
    public void close() throws IOException {
        simulator.close();
    }
}
