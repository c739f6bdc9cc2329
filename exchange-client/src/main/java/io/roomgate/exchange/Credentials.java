package io.roomgate.exchange;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.util.Configuration;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the azure-identity credential for a {@link CredentialSource}; no token logic of our own. */
final class Credentials {
    /** Entra authorities MSAL knows; anything else (the simulator, a private cloud) skips instance discovery. */
    private static final Set<String> KNOWN_AUTHORITIES = Set.of("login.microsoftonline.com", "login.microsoftonline.us",
            "login.chinacloudapi.cn", "login.partner.microsoftonline.cn", "login.microsoftonline.de");

    private Credentials() {
    }

    static TokenCredential build(ExchangeClientOptions options, HttpClient httpClient) {
        // Whatever azure-identity or MSAL log about this credential is scrubbed of its secret.
        LibraryLogs.redact(secretsOf(options.credential()));
        String authority = options.authorityHost() == null ? null : options.authorityHost().toString();
        CredentialSource source = options.credential();
        if (source instanceof CredentialSource.ClientSecret secret) {
            return aad(new ClientSecretCredentialBuilder().clientSecret(secret.secret()), secret.clientId(), options,
                    httpClient).build();
        }
        if (source instanceof CredentialSource.ClientCertificate certificate) {
            var builder = new ClientCertificateCredentialBuilder();
            if (certificate.certificatePath().toLowerCase(Locale.ROOT).endsWith(".pem")) {
                builder.pemCertificate(certificate.certificatePath());
            } else {
                builder.pfxCertificate(certificate.certificatePath());
                if (certificate.password() != null) {
                    builder.clientCertificatePassword(certificate.password());
                }
            }
            return aad(builder, certificate.clientId(), options, httpClient).build();
        }
        if (source instanceof CredentialSource.ManagedIdentity identity) {
            var builder = new ManagedIdentityCredentialBuilder().httpClient(httpClient);
            if (identity.clientId() != null) {
                builder.clientId(identity.clientId());
            }
            return builder.build();
        }
        if (source instanceof CredentialSource.Environment) {
            var builder = new EnvironmentCredentialBuilder().httpClient(httpClient);
            if (authority != null) {
                builder.authorityHost(authority);
            }
            return builder.build();
        }
        if (source instanceof CredentialSource.DeviceCode deviceCode) {
            return aad(new DeviceCodeCredentialBuilder()
                    .challengeConsumer(challenge -> deviceCode.prompt().accept(challenge.getMessage())),
                    deviceCode.clientId(), options, httpClient).build();
        }
        return ((CredentialSource.Supplied) source).credential();
    }

    private static <T extends AadCredentialBuilderBase<T>> T aad(T builder, String clientId,
                                                                 ExchangeClientOptions options, HttpClient httpClient) {
        builder.tenantId(options.tenantId()).clientId(clientId).httpClient(httpClient);
        URI authority = options.authorityHost();
        if (authority != null) {
            builder.authorityHost(authority.toString());
            if (!KNOWN_AUTHORITIES.contains(authority.getHost().toLowerCase(Locale.ROOT))) {
                builder.disableInstanceDiscovery();
            }
        }
        return builder;
    }

    /** Values that must never appear in a log line or a message, whatever the error text echoes. */
    static List<String> secretsOf(CredentialSource source) {
        List<String> secrets = new ArrayList<>();
        if (source instanceof CredentialSource.ClientSecret secret) {
            secrets.add(secret.secret());
        } else if (source instanceof CredentialSource.ClientCertificate certificate) {
            secrets.add(certificate.password());
        } else if (source instanceof CredentialSource.Environment) {
            // EnvironmentCredential reads azure-core's global configuration, which defaults to the environment.
            Configuration environment = Configuration.getGlobalConfiguration();
            secrets.add(environment.get("AZURE_CLIENT_SECRET"));
            secrets.add(environment.get("AZURE_CLIENT_CERTIFICATE_PASSWORD"));
        }
        secrets.removeIf(s -> s == null);
        return secrets;
    }
}
