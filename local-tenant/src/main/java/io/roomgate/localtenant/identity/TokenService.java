package io.roomgate.localtenant.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.roomgate.localtenant.tls.RsaKeys;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Signs the tenant's access tokens (RS256, v1.0 app-only shape as Entra issues them for Exchange and Graph) and
 * checks them on the way back in. The signing key (see {@link RsaKeys}) is published as a JWKS.
 */
public final class TokenService {
    private final RSAKey signingKey;
    private final Supplier<Instant> clock;

    public TokenService(Supplier<Instant> clock) {
        this.clock = clock;
        KeyPair keyPair = RsaKeys.tokenSigning();
        this.signingKey = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic()).privateKey(keyPair.getPrivate())
                .keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString().replace("-", "")).build();
    }

    /** The public signing key as a JWKS document. */
    public Map<String, Object> jwks() {
        return new JWKSet(signingKey.toPublicJWK()).toJSONObject(true);
    }

    /** What a token says about its bearer, once verified. */
    public record AccessToken(String tenantId, String audience, String appId, String objectId, List<String> roles,
                              List<String> wids, Instant expiresOn) {
        public boolean hasRole(String role) {
            return roles.contains(role);
        }

        public boolean hasAnyDirectoryRole(Set<String> roleTemplateIds) {
            return wids.stream().anyMatch(roleTemplateIds::contains);
        }
    }

    /** What a token request turned into. */
    public record Issued(String token, long expiresInSeconds) {
    }

    /**
     * @param certificateAuthenticated the client proved itself with a certificate ({@code appidacr} 2) rather
     *                                 than a secret (1)
     */
    public Issued issue(String tenantId, String audience, String appId, String appDisplayName, String objectId,
                        List<String> roles, List<String> wids, Duration lifetime, boolean certificateAuthenticated) {
        Instant now = clock.get();
        Instant expires = now.plus(lifetime);
        String issuer = "https://sts.windows.net/" + tenantId + "/";
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .audience(audience).issuer(issuer).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires)).subject(objectId)
                .claim("aio", UUID.randomUUID().toString())
                .claim("app_displayname", appDisplayName)
                .claim("appid", appId).claim("appidacr", certificateAuthenticated ? "2" : "1")
                .claim("idp", issuer).claim("idtyp", "app").claim("oid", objectId)
                .claim("tid", tenantId).claim("uti", UUID.randomUUID().toString().replace("-", ""))
                .claim("ver", "1.0");
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        if (!wids.isEmpty()) {
            claims.claim("wids", wids);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new Issued(jwt.serialize(), lifetime.toSeconds());
    }

    /** A bearer token was refused; {@link #getMessage()} says why, safe to show (it never holds the token). */
    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String reason) {
            super(reason);
        }
    }

    /** Verifies signature, lifetime and audience (one of {@code audiences}). */
    public AccessToken verify(String bearer, Set<String> audiences) throws InvalidTokenException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(bearer);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("The token is not a well-formed JWT.");
        }
        try {
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(signingKey.toRSAPublicKey()))) {
                throw new InvalidTokenException("The token's signature is invalid.");
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("The token's signature is invalid.");
        }
        Instant now = clock.get();
        if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
            throw new InvalidTokenException("The token has expired.");
        }
        if (claims.getNotBeforeTime() != null && now.plusSeconds(300).isBefore(claims.getNotBeforeTime().toInstant())) {
            throw new InvalidTokenException("The token is not yet valid.");
        }
        String audience = claims.getAudience().isEmpty() ? "" : claims.getAudience().get(0);
        if (audiences.stream().noneMatch(a -> a.equalsIgnoreCase(audience))) {
            throw new InvalidTokenException("The token's audience '" + audience + "' is not valid for this resource.");
        }
        try {
            return new AccessToken(claims.getStringClaim("tid"), audience, claims.getStringClaim("appid"),
                    claims.getStringClaim("oid"), listClaim(claims, "roles"), listClaim(claims, "wids"),
                    claims.getExpirationTime().toInstant());
        } catch (ParseException e) {
            throw new InvalidTokenException("The token's claims are malformed.");
        }
    }

    private static List<String> listClaim(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : List.copyOf(values);
    }
}
