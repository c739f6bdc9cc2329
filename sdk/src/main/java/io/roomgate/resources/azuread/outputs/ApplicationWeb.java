package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationWeb:ApplicationWeb`. */
@CustomType
public final class ApplicationWeb {
    private @Nullable String homepageUrl;
    private @Nullable ApplicationWebImplicitGrant implicitGrant;
    private @Nullable String logoutUrl;
    private @Nullable List<String> redirectUris;

    private ApplicationWeb() {}

    public Optional<String> homepageUrl() { return Optional.ofNullable(this.homepageUrl); }
    public Optional<ApplicationWebImplicitGrant> implicitGrant() { return Optional.ofNullable(this.implicitGrant); }
    public Optional<String> logoutUrl() { return Optional.ofNullable(this.logoutUrl); }
    public Optional<List<String>> redirectUris() { return Optional.ofNullable(this.redirectUris); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationWeb $ = new ApplicationWeb();

        @CustomType.Setter("homepageUrl")
        public Builder homepageUrl(@Nullable String homepageUrl) { $.homepageUrl = homepageUrl; return this; }
        @CustomType.Setter("implicitGrant")
        public Builder implicitGrant(@Nullable ApplicationWebImplicitGrant implicitGrant) { $.implicitGrant = implicitGrant; return this; }
        @CustomType.Setter("logoutUrl")
        public Builder logoutUrl(@Nullable String logoutUrl) { $.logoutUrl = logoutUrl; return this; }
        @CustomType.Setter("redirectUris")
        public Builder redirectUris(@Nullable List<String> redirectUris) { $.redirectUris = redirectUris; return this; }

        public ApplicationWeb build() { return $; }
    }
}
