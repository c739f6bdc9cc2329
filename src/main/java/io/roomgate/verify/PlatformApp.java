package io.roomgate.verify;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The platform's app as verify signs in with it: azure-identity's {@code ClientSecretCredential} or
 * {@code ClientCertificateCredential}, nothing of our own. {@link #toString()} never shows the secret.
 *
 * @param secret      the client secret, or null when signing in with {@code certificate}
 * @param certificate a PEM (certificate and key) or PFX file, or null when signing in with {@code secret}
 * @param authority   the Entra authority host, or null for azure-identity's default (the public cloud)
 */
public record PlatformApp(String tenantId, String clientId, String secret, Path certificate, URI authority) {
    /** Authorities MSAL knows; any other (the simulator, a private cloud) is used without instance discovery. */
    private static final Set<String> KNOWN_AUTHORITIES = Set.of("login.microsoftonline.com", "login.microsoftonline.us",
            "login.chinacloudapi.cn", "login.partner.microsoftonline.cn");

    public PlatformApp {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        if ((secret == null) == (certificate == null)) {
            throw new VerifyException("sign in as the platform's app needs exactly one of a client secret (the stack's"
                    + " clientSecret output) or a certificate (--client-certificate)");
        }
    }

    public TokenCredential credential(TlsTrust trust) {
        HttpClient http = trust == null ? new JdkHttpClientBuilder().build()
                : new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(trust.context())).build();
        if (secret != null) {
            return configured(new ClientSecretCredentialBuilder().clientSecret(secret), http).build();
        }
        var builder = new ClientCertificateCredentialBuilder();
        String path = certificate.toString();
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pfx") || name.endsWith(".p12")) {
            builder.pfxCertificate(path);
        } else {
            builder.pemCertificate(path);
        }
        return configured(builder, http).build();
    }

    private <T extends AadCredentialBuilderBase<T>> T configured(T builder, HttpClient http) {
        builder.tenantId(tenantId).clientId(clientId).httpClient(http);
        if (authority != null) {
            builder.authorityHost(authority.toString());
            if (!KNOWN_AUTHORITIES.contains(authority.getHost().toLowerCase(Locale.ROOT))) {
                builder.disableInstanceDiscovery();
            }
        }
        return builder;
    }

    @Override
    public String toString() {
        return "PlatformApp[tenantId=" + tenantId + ", clientId=" + clientId + ", "
                + (secret != null ? "client secret ***" : "certificate " + certificate) + "]";
    }
}
