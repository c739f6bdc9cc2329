package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationWebImplicitGrant:ApplicationWebImplicitGrant`. */
public final class ApplicationWebImplicitGrantArgs extends ResourceArgs {
    public static final ApplicationWebImplicitGrantArgs Empty = new ApplicationWebImplicitGrantArgs();

    @Import(name = "accessTokenIssuanceEnabled", required = false)
    private @Nullable Output<Boolean> accessTokenIssuanceEnabled;

    @Import(name = "idTokenIssuanceEnabled", required = false)
    private @Nullable Output<Boolean> idTokenIssuanceEnabled;

    public Optional<Output<Boolean>> accessTokenIssuanceEnabled() { return Optional.ofNullable(this.accessTokenIssuanceEnabled); }
    public Optional<Output<Boolean>> idTokenIssuanceEnabled() { return Optional.ofNullable(this.idTokenIssuanceEnabled); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationWebImplicitGrantArgs $ = new ApplicationWebImplicitGrantArgs();

        public Builder accessTokenIssuanceEnabled(Output<Boolean> accessTokenIssuanceEnabled) { $.accessTokenIssuanceEnabled = accessTokenIssuanceEnabled; return this; }
        public Builder accessTokenIssuanceEnabled(Boolean accessTokenIssuanceEnabled) { return accessTokenIssuanceEnabled(Output.of(accessTokenIssuanceEnabled)); }
        public Builder idTokenIssuanceEnabled(Output<Boolean> idTokenIssuanceEnabled) { $.idTokenIssuanceEnabled = idTokenIssuanceEnabled; return this; }
        public Builder idTokenIssuanceEnabled(Boolean idTokenIssuanceEnabled) { return idTokenIssuanceEnabled(Output.of(idTokenIssuanceEnabled)); }

        public ApplicationWebImplicitGrantArgs build() {
            return $;
        }
    }
}
