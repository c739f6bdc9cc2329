package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationWeb:ApplicationWeb`. */
public final class ApplicationWebArgs extends ResourceArgs {
    public static final ApplicationWebArgs Empty = new ApplicationWebArgs();

    @Import(name = "homepageUrl", required = false)
    private @Nullable Output<String> homepageUrl;

    @Import(name = "implicitGrant", required = false)
    private @Nullable Output<ApplicationWebImplicitGrantArgs> implicitGrant;

    @Import(name = "logoutUrl", required = false)
    private @Nullable Output<String> logoutUrl;

    @Import(name = "redirectUris", required = false)
    private @Nullable Output<List<String>> redirectUris;

    public Optional<Output<String>> homepageUrl() { return Optional.ofNullable(this.homepageUrl); }
    public Optional<Output<ApplicationWebImplicitGrantArgs>> implicitGrant() { return Optional.ofNullable(this.implicitGrant); }
    public Optional<Output<String>> logoutUrl() { return Optional.ofNullable(this.logoutUrl); }
    public Optional<Output<List<String>>> redirectUris() { return Optional.ofNullable(this.redirectUris); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationWebArgs $ = new ApplicationWebArgs();

        public Builder homepageUrl(Output<String> homepageUrl) { $.homepageUrl = homepageUrl; return this; }
        public Builder homepageUrl(String homepageUrl) { return homepageUrl(Output.of(homepageUrl)); }
        public Builder implicitGrant(Output<ApplicationWebImplicitGrantArgs> implicitGrant) { $.implicitGrant = implicitGrant; return this; }
        public Builder implicitGrant(ApplicationWebImplicitGrantArgs implicitGrant) { return implicitGrant(Output.of(implicitGrant)); }
        public Builder logoutUrl(Output<String> logoutUrl) { $.logoutUrl = logoutUrl; return this; }
        public Builder logoutUrl(String logoutUrl) { return logoutUrl(Output.of(logoutUrl)); }
        public Builder redirectUris(Output<List<String>> redirectUris) { $.redirectUris = redirectUris; return this; }
        public Builder redirectUris(List<String> redirectUris) { return redirectUris(Output.of(redirectUris)); }
        public Builder redirectUris(String... redirectUris) { return redirectUris(List.of(redirectUris)); }

        public ApplicationWebArgs build() {
            return $;
        }
    }
}
