package io.roomgate.localtenant.tls;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

/** An application's client certificate (self-signed, as admins make them with New-SelfSignedCertificate). */
public record ClientCertificate(X509Certificate certificate, PrivateKey privateKey) {

    /** A new certificate over the JVM's client key (see {@link RsaKeys}). */
    public static ClientCertificate generate(String commonName, Duration validity) {
        return generate(commonName, validity, RsaKeys.clientCertificate());
    }

    /** A new certificate over a key pair of its own. */
    public static ClientCertificate generateWithNewKey(String commonName, Duration validity) {
        return generate(commonName, validity, LoopbackTls.newRsaKeyPair());
    }

    private static ClientCertificate generate(String commonName, Duration validity, KeyPair keyPair) {
        X500Name subject = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(validity)), subject, keyPair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
            return new ClientCertificate(certificate, keyPair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not create a client certificate for " + commonName, e);
        }
    }

    /** Certificate then PKCS#8 private key: the PEM bundle azure-identity's certificate credential reads. */
    public String toPem() {
        try {
            return LoopbackTls.Pem.of(certificate, new JcaPKCS8Generator(privateKey, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException("Could not encode the private key", e);
        }
    }

    public static ClientCertificate fromPem(String pem) {
        X509Certificate certificate = null;
        PrivateKey privateKey = null;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    certificate = new JcaX509CertificateConverter().getCertificate(holder);
                } else if (object instanceof PEMKeyPair keyPair) {
                    privateKey = new JcaPEMKeyConverter().getKeyPair(keyPair).getPrivate();
                } else if (object instanceof PrivateKeyInfo keyInfo) {
                    privateKey = new JcaPEMKeyConverter().getPrivateKey(keyInfo);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PEM certificate and key bundle", e);
        }
        if (certificate == null || privateKey == null) {
            throw new IllegalArgumentException("The PEM bundle needs both a certificate and a private key");
        }
        return new ClientCertificate(certificate, privateKey);
    }

    /** Upper-case hex SHA-1 thumbprint. */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64Der(X509Certificate certificate) {
        try {
            return java.util.Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate fromBase64Der(String base64) {
        try {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a DER certificate", e);
        }
    }
}
