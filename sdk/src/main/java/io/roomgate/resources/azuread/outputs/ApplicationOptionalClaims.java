package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationOptionalClaims:ApplicationOptionalClaims`. */
@CustomType
public final class ApplicationOptionalClaims {
    private @Nullable List<ApplicationOptionalClaimsAccessToken> accessTokens;
    private @Nullable List<ApplicationOptionalClaimsIdToken> idTokens;
    private @Nullable List<ApplicationOptionalClaimsSaml2Token> saml2Tokens;

    private ApplicationOptionalClaims() {}

    public Optional<List<ApplicationOptionalClaimsAccessToken>> accessTokens() { return Optional.ofNullable(this.accessTokens); }
    public Optional<List<ApplicationOptionalClaimsIdToken>> idTokens() { return Optional.ofNullable(this.idTokens); }
    public Optional<List<ApplicationOptionalClaimsSaml2Token>> saml2Tokens() { return Optional.ofNullable(this.saml2Tokens); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationOptionalClaims $ = new ApplicationOptionalClaims();

        @CustomType.Setter("accessTokens")
        public Builder accessTokens(@Nullable List<ApplicationOptionalClaimsAccessToken> accessTokens) { $.accessTokens = accessTokens; return this; }
        @CustomType.Setter("idTokens")
        public Builder idTokens(@Nullable List<ApplicationOptionalClaimsIdToken> idTokens) { $.idTokens = idTokens; return this; }
        @CustomType.Setter("saml2Tokens")
        public Builder saml2Tokens(@Nullable List<ApplicationOptionalClaimsSaml2Token> saml2Tokens) { $.saml2Tokens = saml2Tokens; return this; }

        public ApplicationOptionalClaims build() { return $; }
    }
}
