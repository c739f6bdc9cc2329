package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ServicePrincipalOauth2PermissionScope:ServicePrincipalOauth2PermissionScope`. */
@CustomType
public final class ServicePrincipalOauth2PermissionScope {
    private String adminConsentDescription;
    private String adminConsentDisplayName;
    private Boolean enabled;
    private String id;
    private String type;
    private String userConsentDescription;
    private String userConsentDisplayName;
    private String value;

    private ServicePrincipalOauth2PermissionScope() {}

    public String adminConsentDescription() { return this.adminConsentDescription; }
    public String adminConsentDisplayName() { return this.adminConsentDisplayName; }
    public Boolean enabled() { return this.enabled; }
    public String id() { return this.id; }
    public String type() { return this.type; }
    public String userConsentDescription() { return this.userConsentDescription; }
    public String userConsentDisplayName() { return this.userConsentDisplayName; }
    public String value() { return this.value; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ServicePrincipalOauth2PermissionScope $ = new ServicePrincipalOauth2PermissionScope();

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

        public ServicePrincipalOauth2PermissionScope build() { return $; }
    }
}
