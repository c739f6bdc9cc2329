package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationWebImplicitGrant:ApplicationWebImplicitGrant`. */
@CustomType
public final class ApplicationWebImplicitGrant {
    private @Nullable Boolean accessTokenIssuanceEnabled;
    private @Nullable Boolean idTokenIssuanceEnabled;

    private ApplicationWebImplicitGrant() {}

    public Optional<Boolean> accessTokenIssuanceEnabled() { return Optional.ofNullable(this.accessTokenIssuanceEnabled); }
    public Optional<Boolean> idTokenIssuanceEnabled() { return Optional.ofNullable(this.idTokenIssuanceEnabled); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationWebImplicitGrant $ = new ApplicationWebImplicitGrant();

        @CustomType.Setter("accessTokenIssuanceEnabled")
        public Builder accessTokenIssuanceEnabled(@Nullable Boolean accessTokenIssuanceEnabled) { $.accessTokenIssuanceEnabled = accessTokenIssuanceEnabled; return this; }
        @CustomType.Setter("idTokenIssuanceEnabled")
        public Builder idTokenIssuanceEnabled(@Nullable Boolean idTokenIssuanceEnabled) { $.idTokenIssuanceEnabled = idTokenIssuanceEnabled; return this; }

        public ApplicationWebImplicitGrant build() { return $; }
    }
}
