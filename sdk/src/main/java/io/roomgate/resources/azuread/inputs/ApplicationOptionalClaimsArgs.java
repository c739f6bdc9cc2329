package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationOptionalClaims:ApplicationOptionalClaims`. */
public final class ApplicationOptionalClaimsArgs extends ResourceArgs {
    public static final ApplicationOptionalClaimsArgs Empty = new ApplicationOptionalClaimsArgs();

    @Import(name = "accessTokens", required = false)
    private @Nullable Output<List<ApplicationOptionalClaimsAccessTokenArgs>> accessTokens;

    @Import(name = "idTokens", required = false)
    private @Nullable Output<List<ApplicationOptionalClaimsIdTokenArgs>> idTokens;

    @Import(name = "saml2Tokens", required = false)
    private @Nullable Output<List<ApplicationOptionalClaimsSaml2TokenArgs>> saml2Tokens;

    public Optional<Output<List<ApplicationOptionalClaimsAccessTokenArgs>>> accessTokens() { return Optional.ofNullable(this.accessTokens); }
    public Optional<Output<List<ApplicationOptionalClaimsIdTokenArgs>>> idTokens() { return Optional.ofNullable(this.idTokens); }
    public Optional<Output<List<ApplicationOptionalClaimsSaml2TokenArgs>>> saml2Tokens() { return Optional.ofNullable(this.saml2Tokens); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationOptionalClaimsArgs $ = new ApplicationOptionalClaimsArgs();

        public Builder accessTokens(Output<List<ApplicationOptionalClaimsAccessTokenArgs>> accessTokens) { $.accessTokens = accessTokens; return this; }
        public Builder accessTokens(List<ApplicationOptionalClaimsAccessTokenArgs> accessTokens) { return accessTokens(Output.of(accessTokens)); }
        public Builder accessTokens(ApplicationOptionalClaimsAccessTokenArgs... accessTokens) { return accessTokens(List.of(accessTokens)); }
        public Builder idTokens(Output<List<ApplicationOptionalClaimsIdTokenArgs>> idTokens) { $.idTokens = idTokens; return this; }
        public Builder idTokens(List<ApplicationOptionalClaimsIdTokenArgs> idTokens) { return idTokens(Output.of(idTokens)); }
        public Builder idTokens(ApplicationOptionalClaimsIdTokenArgs... idTokens) { return idTokens(List.of(idTokens)); }
        public Builder saml2Tokens(Output<List<ApplicationOptionalClaimsSaml2TokenArgs>> saml2Tokens) { $.saml2Tokens = saml2Tokens; return this; }
        public Builder saml2Tokens(List<ApplicationOptionalClaimsSaml2TokenArgs> saml2Tokens) { return saml2Tokens(Output.of(saml2Tokens)); }
        public Builder saml2Tokens(ApplicationOptionalClaimsSaml2TokenArgs... saml2Tokens) { return saml2Tokens(List.of(saml2Tokens)); }

        public ApplicationOptionalClaimsArgs build() {
            return $;
        }
    }
}
