package io.roomgate.exchange;

import com.azure.core.credential.TokenCredential;

import java.util.Objects;

/**
 * Where the client gets its Exchange token from; each kind maps to one azure-identity credential class. The tenant
 * and the authority host come from {@link ExchangeClientOptions}. {@code toString()} never shows a secret.
 */
public sealed interface CredentialSource {

    /** One line for messages and logs, e.g. "client secret of app 1111…"; never the secret itself. */
    String describe();

    /** App-only with a client secret ({@code ClientSecretCredential}). */
    record ClientSecret(String clientId, String secret) implements CredentialSource {
        public ClientSecret {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String describe() {
            return "client secret of app " + clientId;
        }

        @Override
        public String toString() {
            return "ClientSecret[clientId=" + clientId + ", secret=***]";
        }
    }

    /** App-only with a certificate, PEM or PFX ({@code ClientCertificateCredential}); {@code password} may be null. */
    record ClientCertificate(String clientId, String certificatePath, String password) implements CredentialSource {
        public ClientCertificate {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(certificatePath, "certificatePath");
        }

        @Override
        public String describe() {
            return "certificate " + certificatePath + " of app " + clientId;
        }

        @Override
        public String toString() {
            return "ClientCertificate[clientId=" + clientId + ", certificatePath=" + certificatePath
                    + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    /** Managed identity of the host ({@code ManagedIdentityCredential}); {@code clientId} null = system-assigned. */
    record ManagedIdentity(String clientId) implements CredentialSource {
        @Override
        public String describe() {
            return clientId == null ? "system-assigned managed identity" : "managed identity " + clientId;
        }
    }

    /**
     * {@code AZURE_CLIENT_ID} with {@code AZURE_CLIENT_SECRET} or {@code AZURE_CLIENT_CERTIFICATE_PATH}
     * ({@code EnvironmentCredential}); {@code AZURE_TENANT_ID} must match the options' tenant.
     */
    record Environment() implements CredentialSource {
        @Override
        public String describe() {
            String clientId = com.azure.core.util.Configuration.getGlobalConfiguration().get("AZURE_CLIENT_ID");
            return "environment credential (AZURE_CLIENT_ID=" + (clientId == null ? "unset" : clientId) + ")";
        }
    }

    /**
     * Interactive sign-in of an admin with a device code ({@code DeviceCodeCredential}); {@code clientId} null uses
     * the public client of the ExchangeOnlineManagement module. The prompt goes to the given sink (never stdout of
     * the provider).
     */
    record DeviceCode(String clientId, java.util.function.Consumer<String> prompt) implements CredentialSource {
        public static final String EXCHANGE_MODULE_CLIENT_ID = "fb78d390-0c51-40cd-8e17-fdbfab77341b";

        public DeviceCode {
            clientId = clientId == null ? EXCHANGE_MODULE_CLIENT_ID : clientId;
            Objects.requireNonNull(prompt, "prompt");
        }

        @Override
        public String describe() {
            return "device-code sign-in with app " + clientId;
        }
    }

    /** A credential built elsewhere; {@code description} names it in messages. */
    record Supplied(TokenCredential credential, String description) implements CredentialSource {
        public Supplied {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(description, "description");
        }

        @Override
        public String describe() {
            return description;
        }

        @Override
        public String toString() {
            return "Supplied[" + description + "]";
        }
    }
}
