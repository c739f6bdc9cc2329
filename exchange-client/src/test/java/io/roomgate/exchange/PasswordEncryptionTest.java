package io.roomgate.exchange;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordEncryptionTest {
    private static final KeyPair KEYS = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as .NET writes it (unsigned big-endian, base64), which is how the Exchange module carries it. */
    private static String xml(RSAPublicKey key) {
        return "<RSAKeyValue>\n  <Modulus>" + unsigned(key.getModulus().toByteArray()) + "</Modulus>\n  <Exponent>"
                + unsigned(key.getPublicExponent().toByteArray()) + "</Exponent>\n</RSAKeyValue>";
    }

    private static String unsigned(byte[] bytes) {
        int skip = bytes[0] == 0 ? 1 : 0;
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }

    private static String decrypt(String base64) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, KEYS.getPrivate());
        return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
    }

    @Test
    void aPasswordEncryptedWithTheModulesXmlKeyIsReadableOnlyWithItsPrivateKey() throws Exception {
        String sent = PasswordEncryption.of(xml((RSAPublicKey) KEYS.getPublic())).encrypt("Service-Account-2026!");

        assertFalse(sent.contains("Service-Account"));
        assertEquals("Service-Account-2026!", decrypt(sent));
    }

    @Test
    void aPemPublicKeyWorksToo() throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertEquals("Pem-Key-Password-1", decrypt(PasswordEncryption.of(pem).encrypt("Pem-Key-Password-1")));
    }

    @Test
    void somethingThatIsNoKeySaysWhereToFindTheRightOne() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordEncryption.of("not a key"));

        assertTrue(refused.getMessage().contains("exchangeonline:passwordEncryptionKey"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Connect-ExchangeOnline"), refused.getMessage());
    }
}
