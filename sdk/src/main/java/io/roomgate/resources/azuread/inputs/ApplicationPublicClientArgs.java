package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationPublicClient:ApplicationPublicClient`. */
public final class ApplicationPublicClientArgs extends ResourceArgs {
    public static final ApplicationPublicClientArgs Empty = new ApplicationPublicClientArgs();

    @Import(name = "redirectUris", required = false)
    private @Nullable Output<List<String>> redirectUris;

    public Optional<Output<List<String>>> redirectUris() { return Optional.ofNullable(this.redirectUris); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationPublicClientArgs $ = new ApplicationPublicClientArgs();

        public Builder redirectUris(Output<List<String>> redirectUris) { $.redirectUris = redirectUris; return this; }
        public Builder redirectUris(List<String> redirectUris) { return redirectUris(Output.of(redirectUris)); }
        public Builder redirectUris(String... redirectUris) { return redirectUris(List.of(redirectUris)); }

        public ApplicationPublicClientArgs build() {
            return $;
        }
    }
}
