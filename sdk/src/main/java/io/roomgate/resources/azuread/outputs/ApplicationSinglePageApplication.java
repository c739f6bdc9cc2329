package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationSinglePageApplication:ApplicationSinglePageApplication`. */
@CustomType
public final class ApplicationSinglePageApplication {
    private @Nullable List<String> redirectUris;

    private ApplicationSinglePageApplication() {}

    public Optional<List<String>> redirectUris() { return Optional.ofNullable(this.redirectUris); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationSinglePageApplication $ = new ApplicationSinglePageApplication();

        @CustomType.Setter("redirectUris")
        public Builder redirectUris(@Nullable List<String> redirectUris) { $.redirectUris = redirectUris; return this; }

        public ApplicationSinglePageApplication build() { return $; }
    }
}
