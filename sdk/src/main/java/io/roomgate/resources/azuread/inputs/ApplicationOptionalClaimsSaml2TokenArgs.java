package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationOptionalClaimsSaml2Token:ApplicationOptionalClaimsSaml2Token`. */
public final class ApplicationOptionalClaimsSaml2TokenArgs extends ResourceArgs {
    public static final ApplicationOptionalClaimsSaml2TokenArgs Empty = new ApplicationOptionalClaimsSaml2TokenArgs();

    @Import(name = "additionalProperties", required = false)
    private @Nullable Output<List<String>> additionalProperties;

    @Import(name = "essential", required = false)
    private @Nullable Output<Boolean> essential;

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "source", required = false)
    private @Nullable Output<String> source;

    public Optional<Output<List<String>>> additionalProperties() { return Optional.ofNullable(this.additionalProperties); }
    public Optional<Output<Boolean>> essential() { return Optional.ofNullable(this.essential); }
    public Output<String> name() { return this.name; }
    public Optional<Output<String>> source() { return Optional.ofNullable(this.source); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationOptionalClaimsSaml2TokenArgs $ = new ApplicationOptionalClaimsSaml2TokenArgs();

        public Builder additionalProperties(Output<List<String>> additionalProperties) { $.additionalProperties = additionalProperties; return this; }
        public Builder additionalProperties(List<String> additionalProperties) { return additionalProperties(Output.of(additionalProperties)); }
        public Builder additionalProperties(String... additionalProperties) { return additionalProperties(List.of(additionalProperties)); }
        public Builder essential(Output<Boolean> essential) { $.essential = essential; return this; }
        public Builder essential(Boolean essential) { return essential(Output.of(essential)); }
        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        public Builder source(Output<String> source) { $.source = source; return this; }
        public Builder source(String source) { return source(Output.of(source)); }

        public ApplicationOptionalClaimsSaml2TokenArgs build() {
            if ($.name == null) throw new IllegalArgumentException("ApplicationOptionalClaimsSaml2TokenArgs: name is required");
            return $;
        }
    }
}
