package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationOptionalClaimsSaml2Token:ApplicationOptionalClaimsSaml2Token`. */
@CustomType
public final class ApplicationOptionalClaimsSaml2Token {
    private @Nullable List<String> additionalProperties;
    private @Nullable Boolean essential;
    private String name;
    private @Nullable String source;

    private ApplicationOptionalClaimsSaml2Token() {}

    public Optional<List<String>> additionalProperties() { return Optional.ofNullable(this.additionalProperties); }
    public Optional<Boolean> essential() { return Optional.ofNullable(this.essential); }
    public String name() { return this.name; }
    public Optional<String> source() { return Optional.ofNullable(this.source); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationOptionalClaimsSaml2Token $ = new ApplicationOptionalClaimsSaml2Token();

        @CustomType.Setter("additionalProperties")
        public Builder additionalProperties(@Nullable List<String> additionalProperties) { $.additionalProperties = additionalProperties; return this; }
        @CustomType.Setter("essential")
        public Builder essential(@Nullable Boolean essential) { $.essential = essential; return this; }
        @CustomType.Setter("name")
        public Builder name(@Nullable String name) { $.name = name; return this; }
        @CustomType.Setter("source")
        public Builder source(@Nullable String source) { $.source = source; return this; }

        public ApplicationOptionalClaimsSaml2Token build() { return $; }
    }
}
