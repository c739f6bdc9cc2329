package io.roomgate.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust for a server whose certificate is not from a public authority (the local tenant): the same trust for OkHttp
 * (Graph SDK) and the JDK HttpClient (azure-identity, Exchange admin client). A file that cannot serve as trust is an
 * {@link IllegalArgumentException} naming it.
 */
public record TlsTrust(SSLContext context, X509TrustManager trustManager) {

    /** Trusts exactly the certificates of {@code trustStore}. */
    public static TlsTrust of(KeyStore trustStore) {
        try {
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore);
            X509TrustManager manager = Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the JDK offers no X.509 trust manager"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {manager}, null);
            return new TlsTrust(context, manager);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not set up TLS trust: " + e.getMessage(), e);
        }
    }

    /** Trusts the certificates in a PEM file, e.g. the CA certificate a local tenant writes beside its connection file. */
    public static TlsTrust fromPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("trusted-" + index++, certificate);
            }
            if (index == 0) {
                throw new IllegalArgumentException(pem + " holds no PEM certificate; pass the server's certificate file");
            }
            return of(store);
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read the certificate file " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " is not a PEM certificate file: " + e.getMessage(), e);
        }
    }
}
