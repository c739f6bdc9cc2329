package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tls.RsaKeys;

import javax.crypto.Cipher;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * SecureString parameters (passwords) as the admin API takes them: the client encrypts the text with the
 * organisation's RSA public key (PKCS#1 v1.5) and sends the base64 ciphertext; only Exchange can read it. Real
 * Exchange ships its public key inside the PowerShell module it generates; the local tenant publishes its own in
 * the same {@code <RSAKeyValue>} form ({@link #publicKeyXml()}).
 */
public final class SecureStrings {
    private final KeyPair keys;

    SecureStrings(KeyPair keys) {
        this.keys = keys;
    }

    public static SecureStrings local() {
        return new SecureStrings(RsaKeys.passwordEncryption());
    }

    /** The public key as .NET's {@code RSA.ToXmlString(false)} writes it, as the Exchange module carries it. */
    public String publicKeyXml() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "<RSAKeyValue><Modulus>" + unsignedBase64(key.getModulus()) + "</Modulus><Exponent>"
                + unsignedBase64(key.getPublicExponent()) + "</Exponent></RSAKeyValue>";
    }

    /** The text a client encrypted, or Exchange's refusal when it was not encrypted with this key. */
    String decrypt(String parameter, String base64) throws CmdletException {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, keys.getPrivate());
            return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            throw CmdletException.parameterBinding("Cannot process argument transformation on parameter '" + parameter
                    + "'. The value could not be decrypted: encrypt it with the organization's current public key.");
        }
    }

    private static String unsignedBase64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }
}
