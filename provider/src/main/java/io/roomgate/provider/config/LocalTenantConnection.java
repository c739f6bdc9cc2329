package io.roomgate.provider.config;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.TlsTrust;
import io.roomgate.provider.framework.ProviderException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A running local tenant, as its connection file ({@code connection.json}, written by {@code local-tenant start})
 * describes it: where it listens, the deploying app's credential, and the CA certificate to trust. The provider only
 * points at it; it never starts one.
 */
record LocalTenantConnection(String tenantId, String organization, String exchangeEndpoint, String graphEndpoint,
                             String loginEndpoint, String caCertificateFile, App deployer,
                             String passwordEncryptionKey) {
    private static final String START_IT = "start it with ./roomgate tenant start";
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    record App(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "App[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /**
     * Reads the connection file {@code exchangeonline:local} names and checks that its tenant answers; every way this
     * can fail is an error naming the file (and the endpoint) and what to do.
     */
    static LocalTenantConnection open(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw ProviderException.failedPrecondition("exchangeonline:local names the local tenant's connection file "
                    + file + ", which does not exist: no local tenant was started there; " + START_IT);
        } catch (IOException e) {
            throw ProviderException.failedPrecondition("exchangeonline:local: cannot read the local tenant's "
                    + "connection file " + file + " (" + e.getMessage() + ")");
        }
        LocalTenantConnection connection;
        try {
            connection = new Gson().fromJson(json, LocalTenantConnection.class);
        } catch (JsonParseException e) {
            connection = null;
        }
        if (connection == null || connection.exchangeEndpoint() == null || connection.tenantId() == null
                || connection.deployer() == null || connection.caCertificateFile() == null) {
            throw ProviderException.invalidInput("exchangeonline:local names " + file + ", which is not a local "
                    + "tenant's connection file; point it at the connection.json that ./roomgate tenant start writes");
        }
        if (!answers(URI.create(connection.exchangeEndpoint()))) {
            throw ProviderException.failedPrecondition("no local tenant answers at " + connection.exchangeEndpoint()
                    + " (from " + file + "); " + START_IT);
        }
        return connection;
    }

    /** The Exchange client's options for the deploying app, trusting the tenant's CA certificate only. */
    ExchangeClientOptions.Builder clientOptions(TlsTrust trust) {
        return ExchangeClientOptions.builder(tenantId, new CredentialSource.ClientSecret(deployer.clientId(),
                        deployer.clientSecret()))
                .organization(organization)
                .endpoint(URI.create(exchangeEndpoint))
                .authorityHost(URI.create(loginEndpoint))
                .sslContext(trust.context())
                .passwordEncryptionKey(passwordEncryptionKey);
    }

    TlsTrust trust() {
        try {
            return TlsTrust.fromPem(Path.of(caCertificateFile));
        } catch (IllegalArgumentException e) {
            throw ProviderException.failedPrecondition("the local tenant's CA certificate: " + e.getMessage()
                    + "; " + START_IT + " (it writes the certificate again)");
        }
    }

    private static boolean answers(URI origin) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(origin.getHost()), origin.getPort()),
                    CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
