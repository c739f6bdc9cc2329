package io.roomgate.verify;

import com.azure.core.credential.TokenCredential;
import io.roomgate.exchange.CredentialSource;
import io.roomgate.exchange.ExchangeClientOptions;
import io.roomgate.exchange.InvokeCommandClient;
import io.roomgate.exchange.TlsTrust;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The platform's app as verify signs in with it: azure-identity's {@code ClientSecretCredential} or
 * {@code ClientCertificateCredential}, configured by the Exchange client's own credential set-up (authority host,
 * instance discovery, TLS trust), nothing of our own. {@link #toString()} never shows the secret.
 *
 * @param secret      the client secret, or null when signing in with {@code certificate}
 * @param certificate a PEM (certificate and key) or PFX file, or null when signing in with {@code secret}
 * @param authority   the Entra authority host, or null for azure-identity's default (the public cloud)
 */
public record PlatformApp(String tenantId, String clientId, String secret, Path certificate, URI authority) {
    public PlatformApp {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        if ((secret == null) == (certificate == null)) {
            throw new VerifyException("sign in as the platform's app needs exactly one of a client secret (the stack's"
                    + " clientSecret output) or a certificate (--client-certificate)");
        }
    }

    /** azure-identity's credential for the app, built as the Exchange client builds its own. */
    public TokenCredential credential(TlsTrust trust) {
        CredentialSource source = secret != null ? new CredentialSource.ClientSecret(clientId, secret)
                : new CredentialSource.ClientCertificate(clientId, certificate.toString(), null);
        ExchangeClientOptions.Builder options = ExchangeClientOptions.builder(tenantId, source).authorityHost(authority);
        if (trust != null) {
            options.sslContext(trust.context());
        }
        return InvokeCommandClient.credential(options.build());
    }

    @Override
    public String toString() {
        return "PlatformApp[tenantId=" + tenantId + ", clientId=" + clientId + ", "
                + (secret != null ? "client secret ***" : "certificate " + certificate) + "]";
    }
}
