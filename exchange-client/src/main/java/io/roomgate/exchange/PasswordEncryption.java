package io.roomgate.exchange;

import javax.crypto.Cipher;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the admin API takes a SecureString parameter (a new mailbox's password): the text encrypted with Exchange's RSA
 * public key (PKCS#1 v1.5), base64. Microsoft ships that key inside the PowerShell module Connect-ExchangeOnline
 * generates, as .NET {@code <RSAKeyValue>} XML, and rotates it now and then; the admin copies it into
 * {@code exchangeonline:passwordEncryptionKey}. A PEM public key is accepted too.
 */
final class PasswordEncryption {
    private static final Pattern MODULUS = Pattern.compile("<Modulus>\\s*([A-Za-z0-9+/=\\s]+?)\\s*</Modulus>");
    private static final Pattern EXPONENT = Pattern.compile("<Exponent>\\s*([A-Za-z0-9+/=\\s]+?)\\s*</Exponent>");

    private final PublicKey key;

    private PasswordEncryption(PublicKey key) {
        this.key = key;
    }

    /** The key as the module carries it, or a PEM public key; refuses anything else with what to give instead. */
    static PasswordEncryption of(String key) {
        try {
            String text = key.strip();
            if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
                byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
                return new PasswordEncryption(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
            }
            Matcher modulus = MODULUS.matcher(text);
            Matcher exponent = EXPONENT.matcher(text);
            if (!modulus.find() || !exponent.find()) {
                throw new IllegalArgumentException("the password encryption key is neither an <RSAKeyValue> with "
                        + "<Modulus> and <Exponent> nor a PEM public key");
            }
            return new PasswordEncryption(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    unsigned(modulus.group(1)), unsigned(exponent.group(1)))));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("exchangeonline:passwordEncryptionKey is not an RSA public key ("
                    + unreadable.getMessage() + "); copy the <RSAKeyValue>…</RSAKeyValue> from the Exchange Online "
                    + "PowerShell module Connect-ExchangeOnline generates", unreadable);
        }
    }

    String encrypt(String plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA encryption is not available in this JVM", e);
        }
    }

    private static BigInteger unsigned(String base64) {
        return new BigInteger(1, Base64.getMimeDecoder().decode(base64));
    }
}
