package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationApi:ApplicationApi`. */
public final class ApplicationApiArgs extends ResourceArgs {
    public static final ApplicationApiArgs Empty = new ApplicationApiArgs();

    @Import(name = "knownClientApplications", required = false)
    private @Nullable Output<List<String>> knownClientApplications;

    @Import(name = "mappedClaimsEnabled", required = false)
    private @Nullable Output<Boolean> mappedClaimsEnabled;

    @Import(name = "oauth2PermissionScopes", required = false)
    private @Nullable Output<List<ApplicationApiOauth2PermissionScopeArgs>> oauth2PermissionScopes;

    @Import(name = "requestedAccessTokenVersion", required = false)
    private @Nullable Output<Integer> requestedAccessTokenVersion;

    public Optional<Output<List<String>>> knownClientApplications() { return Optional.ofNullable(this.knownClientApplications); }
    public Optional<Output<Boolean>> mappedClaimsEnabled() { return Optional.ofNullable(this.mappedClaimsEnabled); }
    public Optional<Output<List<ApplicationApiOauth2PermissionScopeArgs>>> oauth2PermissionScopes() { return Optional.ofNullable(this.oauth2PermissionScopes); }
    public Optional<Output<Integer>> requestedAccessTokenVersion() { return Optional.ofNullable(this.requestedAccessTokenVersion); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationApiArgs $ = new ApplicationApiArgs();

        public Builder knownClientApplications(Output<List<String>> knownClientApplications) { $.knownClientApplications = knownClientApplications; return this; }
        public Builder knownClientApplications(List<String> knownClientApplications) { return knownClientApplications(Output.of(knownClientApplications)); }
        public Builder knownClientApplications(String... knownClientApplications) { return knownClientApplications(List.of(knownClientApplications)); }
        public Builder mappedClaimsEnabled(Output<Boolean> mappedClaimsEnabled) { $.mappedClaimsEnabled = mappedClaimsEnabled; return this; }
        public Builder mappedClaimsEnabled(Boolean mappedClaimsEnabled) { return mappedClaimsEnabled(Output.of(mappedClaimsEnabled)); }
        public Builder oauth2PermissionScopes(Output<List<ApplicationApiOauth2PermissionScopeArgs>> oauth2PermissionScopes) { $.oauth2PermissionScopes = oauth2PermissionScopes; return this; }
        public Builder oauth2PermissionScopes(List<ApplicationApiOauth2PermissionScopeArgs> oauth2PermissionScopes) { return oauth2PermissionScopes(Output.of(oauth2PermissionScopes)); }
        public Builder oauth2PermissionScopes(ApplicationApiOauth2PermissionScopeArgs... oauth2PermissionScopes) { return oauth2PermissionScopes(List.of(oauth2PermissionScopes)); }
        public Builder requestedAccessTokenVersion(Output<Integer> requestedAccessTokenVersion) { $.requestedAccessTokenVersion = requestedAccessTokenVersion; return this; }
        public Builder requestedAccessTokenVersion(Integer requestedAccessTokenVersion) { return requestedAccessTokenVersion(Output.of(requestedAccessTokenVersion)); }

        public ApplicationApiArgs build() {
            return $;
        }
    }
}
