package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/applicationRedirectUris:ApplicationRedirectUris`. */
public final class ApplicationRedirectUrisArgs extends ResourceArgs {
    public static final ApplicationRedirectUrisArgs Empty = new ApplicationRedirectUrisArgs();

    @Import(name = "applicationId", required = true)
    private Output<String> applicationId;

    @Import(name = "redirectUris", required = true)
    private Output<List<String>> redirectUris;

    @Import(name = "type", required = true)
    private Output<String> type;

    public Output<String> applicationId() { return this.applicationId; }
    public Output<List<String>> redirectUris() { return this.redirectUris; }
    public Output<String> type() { return this.type; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationRedirectUrisArgs $ = new ApplicationRedirectUrisArgs();

        public Builder applicationId(Output<String> applicationId) { $.applicationId = applicationId; return this; }
        public Builder applicationId(String applicationId) { return applicationId(Output.of(applicationId)); }
        public Builder redirectUris(Output<List<String>> redirectUris) { $.redirectUris = redirectUris; return this; }
        public Builder redirectUris(List<String> redirectUris) { return redirectUris(Output.of(redirectUris)); }
        public Builder redirectUris(String... redirectUris) { return redirectUris(List.of(redirectUris)); }
        public Builder type(Output<String> type) { $.type = type; return this; }
        public Builder type(String type) { return type(Output.of(type)); }

        public ApplicationRedirectUrisArgs build() {
            if ($.applicationId == null) throw new IllegalArgumentException("ApplicationRedirectUrisArgs: applicationId is required");
            if ($.redirectUris == null) throw new IllegalArgumentException("ApplicationRedirectUrisArgs: redirectUris is required");
            if ($.type == null) throw new IllegalArgumentException("ApplicationRedirectUrisArgs: type is required");
            return $;
        }
    }
}
