package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationApiOauth2PermissionScope:ApplicationApiOauth2PermissionScope`. */
@CustomType
public final class ApplicationApiOauth2PermissionScope {
    private @Nullable String adminConsentDescription;
    private @Nullable String adminConsentDisplayName;
    private @Nullable Boolean enabled;
    private String id;
    private @Nullable String type;
    private @Nullable String userConsentDescription;
    private @Nullable String userConsentDisplayName;
    private @Nullable String value;

    private ApplicationApiOauth2PermissionScope() {}

    public Optional<String> adminConsentDescription() { return Optional.ofNullable(this.adminConsentDescription); }
    public Optional<String> adminConsentDisplayName() { return Optional.ofNullable(this.adminConsentDisplayName); }
    public Optional<Boolean> enabled() { return Optional.ofNullable(this.enabled); }
    public String id() { return this.id; }
    public Optional<String> type() { return Optional.ofNullable(this.type); }
    public Optional<String> userConsentDescription() { return Optional.ofNullable(this.userConsentDescription); }
    public Optional<String> userConsentDisplayName() { return Optional.ofNullable(this.userConsentDisplayName); }
    public Optional<String> value() { return Optional.ofNullable(this.value); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationApiOauth2PermissionScope $ = new ApplicationApiOauth2PermissionScope();

        @CustomType.Setter("adminConsentDescription")
        public Builder adminConsentDescription(@Nullable String adminConsentDescription) { $.adminConsentDescription = adminConsentDescription; return this; }
        @CustomType.Setter("adminConsentDisplayName")
        public Builder adminConsentDisplayName(@Nullable String adminConsentDisplayName) { $.adminConsentDisplayName = adminConsentDisplayName; return this; }
        @CustomType.Setter("enabled")
        public Builder enabled(@Nullable Boolean enabled) { $.enabled = enabled; return this; }
        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("type")
        public Builder type(@Nullable String type) { $.type = type; return this; }
        @CustomType.Setter("userConsentDescription")
        public Builder userConsentDescription(@Nullable String userConsentDescription) { $.userConsentDescription = userConsentDescription; return this; }
        @CustomType.Setter("userConsentDisplayName")
        public Builder userConsentDisplayName(@Nullable String userConsentDisplayName) { $.userConsentDisplayName = userConsentDisplayName; return this; }
        @CustomType.Setter("value")
        public Builder value(@Nullable String value) { $.value = value; return this; }

        public ApplicationApiOauth2PermissionScope build() { return $; }
    }
}
