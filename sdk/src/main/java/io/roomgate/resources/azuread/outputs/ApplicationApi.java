package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationApi:ApplicationApi`. */
@CustomType
public final class ApplicationApi {
    private @Nullable List<String> knownClientApplications;
    private @Nullable Boolean mappedClaimsEnabled;
    private @Nullable List<ApplicationApiOauth2PermissionScope> oauth2PermissionScopes;
    private @Nullable Integer requestedAccessTokenVersion;

    private ApplicationApi() {}

    public Optional<List<String>> knownClientApplications() { return Optional.ofNullable(this.knownClientApplications); }
    public Optional<Boolean> mappedClaimsEnabled() { return Optional.ofNullable(this.mappedClaimsEnabled); }
    public Optional<List<ApplicationApiOauth2PermissionScope>> oauth2PermissionScopes() { return Optional.ofNullable(this.oauth2PermissionScopes); }
    public Optional<Integer> requestedAccessTokenVersion() { return Optional.ofNullable(this.requestedAccessTokenVersion); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationApi $ = new ApplicationApi();

        @CustomType.Setter("knownClientApplications")
        public Builder knownClientApplications(@Nullable List<String> knownClientApplications) { $.knownClientApplications = knownClientApplications; return this; }
        @CustomType.Setter("mappedClaimsEnabled")
        public Builder mappedClaimsEnabled(@Nullable Boolean mappedClaimsEnabled) { $.mappedClaimsEnabled = mappedClaimsEnabled; return this; }
        @CustomType.Setter("oauth2PermissionScopes")
        public Builder oauth2PermissionScopes(@Nullable List<ApplicationApiOauth2PermissionScope> oauth2PermissionScopes) { $.oauth2PermissionScopes = oauth2PermissionScopes; return this; }
        @CustomType.Setter("requestedAccessTokenVersion")
        public Builder requestedAccessTokenVersion(@Nullable Integer requestedAccessTokenVersion) { $.requestedAccessTokenVersion = requestedAccessTokenVersion; return this; }

        public ApplicationApi build() { return $; }
    }
}
