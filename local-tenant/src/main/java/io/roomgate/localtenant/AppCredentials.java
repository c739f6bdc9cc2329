package io.roomgate.localtenant;

/**
 * An app registration's client id and credentials, as an admin would copy them from the portal.
 *
 * @param certificatePem certificate and private key, PEM; null for an app that has only a secret
 */
public record AppCredentials(String displayName, String clientId, String clientSecret, String certificatePem) {
    @Override
    public String toString() {
        return "AppCredentials[" + displayName + ", clientId=" + clientId + ", secret and certificate redacted]";
    }
}
