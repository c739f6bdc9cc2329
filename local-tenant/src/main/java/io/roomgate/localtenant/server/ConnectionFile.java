package io.roomgate.localtenant.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.roomgate.localtenant.AppCredentials;
import io.roomgate.localtenant.TenantSimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a running local tenant is and how to sign in to it, as {@code connection.json} beside its CA certificate:
 * what a tool needs to be pointed at it by configuration alone (the exchangeonline provider's
 * {@code exchangeonline:local}, the launcher, the azuread provider's metadata host). It holds the deploying app's
 * secret, which is the local tenant's own: the file lives in the git-ignored {@code .roomgate/}.
 *
 * @param exchangeEndpoint  base URL of the Exchange admin API ({@code {base}/adminapi/beta/{tenant}/InvokeCommand})
 * @param graphEndpoint     Microsoft Graph's base URL, with its version ({@code {origin}/v1.0})
 * @param loginEndpoint     the token service's authority host (azure-identity's {@code authorityHost})
 * @param metadataHost      host:port serving the Azure cloud metadata document ({@code azuread:metadataHost})
 * @param caCertificateFile the PEM file of the certificate its HTTPS listener presents, to trust
 * @param deployer          the app that deploys: Exchange.ManageAsApp, Exchange Administrator, Graph directory writes
 * @param platformApp       the room-booking platform's existing app (its secret is the local stack's appClientSecret)
 * @param passwordEncryptionKey the RSA public key New-Mailbox passwords are encrypted with ({@code <RSAKeyValue>})
 */
public record ConnectionFile(String tenantId, String organization, String exchangeEndpoint, String graphEndpoint,
                             String loginEndpoint, String metadataHost, String caCertificateFile, App deployer,
                             App platformApp, String passwordEncryptionKey) {
    public static final String FILE_NAME = "connection.json";
    public static final String CA_FILE_NAME = "ca.pem";
    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** An app registration of the local tenant, with its client secret. */
    public record App(String displayName, String clientId, String clientSecret) {
        static App of(AppCredentials app) {
            return new App(app.displayName(), app.clientId(), app.clientSecret());
        }

        @Override
        public String toString() {
            return "App[displayName=" + displayName + ", clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /**
     * Writes {@code tenant}'s CA certificate and connection file into {@code directory} (replacing what a previous
     * run left there) and returns the connection file's path.
     */
    public static Path publish(TenantSimulator tenant, Path directory) {
        try {
            Files.createDirectories(directory);
            Path ca = directory.resolve(CA_FILE_NAME).toAbsolutePath().normalize();
            tenant.writeCertificatePem(ca);
            String origin = URI.create(tenant.exchangeEndpoint()).toString();
            ConnectionFile connection = new ConnectionFile(tenant.tenantId(), tenant.organization(), origin,
                    tenant.graphEndpoint(), tenant.authorityHost(), URI.create(origin).getAuthority(), ca.toString(),
                    App.of(tenant.deployerApp()), App.of(tenant.platformApp()), tenant.passwordEncryptionKey());
            Path file = directory.resolve(FILE_NAME);
            Path written = Files.createTempFile(directory, FILE_NAME, ".tmp");
            Files.writeString(written, JSON.toJson(connection) + "\n");
            // A reader never sees half a file: a tool may read it while a restarted tenant rewrites it.
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the local tenant's connection file into " + directory, e);
        }
    }

    /** Reads a connection file; an unreadable or malformed one is an error naming the file. */
    public static ConnectionFile read(Path file) {
        try {
            ConnectionFile connection = JSON.fromJson(Files.readString(file), ConnectionFile.class);
            if (connection == null || connection.exchangeEndpoint() == null) {
                throw new IllegalArgumentException(file + " is not a local tenant's connection file");
            }
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the local tenant's connection file " + file, e);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not a local tenant's connection file: " + e.getMessage(), e);
        }
    }

    /** The InvokeCommand URL, as an admin would call it. */
    public String invokeCommandUrl() {
        return exchangeEndpoint + "/adminapi/beta/" + tenantId + "/InvokeCommand";
    }
}
