package io.roomgate.exchange;

import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;

import java.net.URI;
import java.time.Duration;

/** Client options pointing the real azure-identity credentials and the admin calls at a running simulator. */
final class SimulatedTenant {
    private SimulatedTenant() {
    }

    static TenantSimulator start() {
        return TenantSimulator.start(SimulatorOptions.defaults());
    }

    static ExchangeClientOptions.Builder options(TenantSimulator sim, CredentialSource credential) {
        return ExchangeClientOptions.builder(sim.tenantId(), credential)
                .organization(sim.organization())
                .authorityHost(URI.create(sim.authorityHost()))
                .endpoint(URI.create(sim.exchangeEndpoint()))
                .sslContext(sim.clientSslContext())
                .callTimeout(Duration.ofSeconds(10))
                .retryBaseDelay(Duration.ofMillis(50))
                .maxRetryDelay(Duration.ofSeconds(2))
                .replicationWait(Duration.ofSeconds(10));
    }

    /** The address of a seeded recipient, e.g. {@code alexw}. */
    static String address(TenantSimulator sim, String alias) {
        return alias + "@" + sim.organization();
    }

    static CredentialSource deployerSecret(TenantSimulator sim) {
        return new CredentialSource.ClientSecret(sim.deployerApp().clientId(), sim.deployerApp().clientSecret());
    }
}
