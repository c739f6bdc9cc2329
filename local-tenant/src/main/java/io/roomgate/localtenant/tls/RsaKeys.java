package io.roomgate.localtenant.tls;

import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The RSA key pairs simulators use, made once per JVM and in parallel. A 2048-bit RSA key takes from half a second
 * to several seconds to generate on a small machine, and a test suite starts many simulators: each start makes
 * new certificates, but over these keys. (A loopback test tenant gains nothing from fresh keys every start.)
 */
public final class RsaKeys {
    private static final int TLS = 0;
    private static final int TOKEN_SIGNING = 1;
    private static final int CLIENT_CERTIFICATE = 2;
    private static final int PASSWORD_ENCRYPTION = 3;

    private RsaKeys() {
    }

    private static final class Pool {
        static final List<KeyPair> KEYS = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(LoopbackTls::newRsaKeyPair)).toList()
                .stream().map(CompletableFuture::join).toList();
    }

    public static KeyPair tls() {
        return Pool.KEYS.get(TLS);
    }

    public static KeyPair tokenSigning() {
        return Pool.KEYS.get(TOKEN_SIGNING);
    }

    public static KeyPair clientCertificate() {
        return Pool.KEYS.get(CLIENT_CERTIFICATE);
    }

    /** The key pair the Exchange admin endpoint decrypts passwords with (SecureString parameters). */
    public static KeyPair passwordEncryption() {
        return Pool.KEYS.get(PASSWORD_ENCRYPTION);
    }
}
