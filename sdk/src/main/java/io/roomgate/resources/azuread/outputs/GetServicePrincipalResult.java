package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/** Result of the function `azuread:index/getServicePrincipal:getServicePrincipal`. */
@CustomType
public final class GetServicePrincipalResult {
    private Boolean accountEnabled;
    private List<String> alternativeNames;
    private Boolean appRoleAssignmentRequired;
    private Map<String, String> appRoleIds;
    private List<GetServicePrincipalAppRole> appRoles;
    private String applicationTenantId;
    private String clientId;
    private String description;
    private String displayName;
    private List<GetServicePrincipalFeatureTag> featureTags;
    private List<GetServicePrincipalFeature> features;
    private String homepageUrl;
    private String id;
    private String loginUrl;
    private String logoutUrl;
    private String notes;
    private List<String> notificationEmailAddresses;
    private Map<String, String> oauth2PermissionScopeIds;
    private List<GetServicePrincipalOauth2PermissionScope> oauth2PermissionScopes;
    private String objectId;
    private String preferredSingleSignOnMode;
    private List<String> redirectUris;
    private String samlMetadataUrl;
    private List<GetServicePrincipalSamlSingleSignOn> samlSingleSignOns;
    private List<String> servicePrincipalNames;
    private String signInAudience;
    private List<String> tags;
    private String type;

    private GetServicePrincipalResult() {}

    public Boolean accountEnabled() { return this.accountEnabled; }
    public List<String> alternativeNames() { return this.alternativeNames; }
    public Boolean appRoleAssignmentRequired() { return this.appRoleAssignmentRequired; }
    public Map<String, String> appRoleIds() { return this.appRoleIds; }
    public List<GetServicePrincipalAppRole> appRoles() { return this.appRoles; }
    public String applicationTenantId() { return this.applicationTenantId; }
    public String clientId() { return this.clientId; }
    public String description() { return this.description; }
    public String displayName() { return this.displayName; }
    public List<GetServicePrincipalFeatureTag> featureTags() { return this.featureTags; }
    public List<GetServicePrincipalFeature> features() { return this.features; }
    public String homepageUrl() { return this.homepageUrl; }
    public String id() { return this.id; }
    public String loginUrl() { return this.loginUrl; }
    public String logoutUrl() { return this.logoutUrl; }
    public String notes() { return this.notes; }
    public List<String> notificationEmailAddresses() { return this.notificationEmailAddresses; }
    public Map<String, String> oauth2PermissionScopeIds() { return this.oauth2PermissionScopeIds; }
    public List<GetServicePrincipalOauth2PermissionScope> oauth2PermissionScopes() { return this.oauth2PermissionScopes; }
    public String objectId() { return this.objectId; }
    public String preferredSingleSignOnMode() { return this.preferredSingleSignOnMode; }
    public List<String> redirectUris() { return this.redirectUris; }
    public String samlMetadataUrl() { return this.samlMetadataUrl; }
    public List<GetServicePrincipalSamlSingleSignOn> samlSingleSignOns() { return this.samlSingleSignOns; }
    public List<String> servicePrincipalNames() { return this.servicePrincipalNames; }
    public String signInAudience() { return this.signInAudience; }
    public List<String> tags() { return this.tags; }
    public String type() { return this.type; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetServicePrincipalResult $ = new GetServicePrincipalResult();

        @CustomType.Setter("accountEnabled")
        public Builder accountEnabled(@Nullable Boolean accountEnabled) { $.accountEnabled = accountEnabled; return this; }
        @CustomType.Setter("alternativeNames")
        public Builder alternativeNames(@Nullable List<String> alternativeNames) { $.alternativeNames = alternativeNames; return this; }
        @CustomType.Setter("appRoleAssignmentRequired")
        public Builder appRoleAssignmentRequired(@Nullable Boolean appRoleAssignmentRequired) { $.appRoleAssignmentRequired = appRoleAssignmentRequired; return this; }
        @CustomType.Setter("appRoleIds")
        public Builder appRoleIds(@Nullable Map<String, String> appRoleIds) { $.appRoleIds = appRoleIds; return this; }
        @CustomType.Setter("appRoles")
        public Builder appRoles(@Nullable List<GetServicePrincipalAppRole> appRoles) { $.appRoles = appRoles; return this; }
        @CustomType.Setter("applicationTenantId")
        public Builder applicationTenantId(@Nullable String applicationTenantId) { $.applicationTenantId = applicationTenantId; return this; }
        @CustomType.Setter("clientId")
        public Builder clientId(@Nullable String clientId) { $.clientId = clientId; return this; }
        @CustomType.Setter("description")
        public Builder description(@Nullable String description) { $.description = description; return this; }
        @CustomType.Setter("displayName")
        public Builder displayName(@Nullable String displayName) { $.displayName = displayName; return this; }
        @CustomType.Setter("featureTags")
        public Builder featureTags(@Nullable List<GetServicePrincipalFeatureTag> featureTags) { $.featureTags = featureTags; return this; }
        @CustomType.Setter("features")
        public Builder features(@Nullable List<GetServicePrincipalFeature> features) { $.features = features; return this; }
        @CustomType.Setter("homepageUrl")
        public Builder homepageUrl(@Nullable String homepageUrl) { $.homepageUrl = homepageUrl; return this; }
        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("loginUrl")
        public Builder loginUrl(@Nullable String loginUrl) { $.loginUrl = loginUrl; return this; }
        @CustomType.Setter("logoutUrl")
        public Builder logoutUrl(@Nullable String logoutUrl) { $.logoutUrl = logoutUrl; return this; }
        @CustomType.Setter("notes")
        public Builder notes(@Nullable String notes) { $.notes = notes; return this; }
        @CustomType.Setter("notificationEmailAddresses")
        public Builder notificationEmailAddresses(@Nullable List<String> notificationEmailAddresses) { $.notificationEmailAddresses = notificationEmailAddresses; return this; }
        @CustomType.Setter("oauth2PermissionScopeIds")
        public Builder oauth2PermissionScopeIds(@Nullable Map<String, String> oauth2PermissionScopeIds) { $.oauth2PermissionScopeIds = oauth2PermissionScopeIds; return this; }
        @CustomType.Setter("oauth2PermissionScopes")
        public Builder oauth2PermissionScopes(@Nullable List<GetServicePrincipalOauth2PermissionScope> oauth2PermissionScopes) { $.oauth2PermissionScopes = oauth2PermissionScopes; return this; }
        @CustomType.Setter("objectId")
        public Builder objectId(@Nullable String objectId) { $.objectId = objectId; return this; }
        @CustomType.Setter("preferredSingleSignOnMode")
        public Builder preferredSingleSignOnMode(@Nullable String preferredSingleSignOnMode) { $.preferredSingleSignOnMode = preferredSingleSignOnMode; return this; }
        @CustomType.Setter("redirectUris")
        public Builder redirectUris(@Nullable List<String> redirectUris) { $.redirectUris = redirectUris; return this; }
        @CustomType.Setter("samlMetadataUrl")
        public Builder samlMetadataUrl(@Nullable String samlMetadataUrl) { $.samlMetadataUrl = samlMetadataUrl; return this; }
        @CustomType.Setter("samlSingleSignOns")
        public Builder samlSingleSignOns(@Nullable List<GetServicePrincipalSamlSingleSignOn> samlSingleSignOns) { $.samlSingleSignOns = samlSingleSignOns; return this; }
        @CustomType.Setter("servicePrincipalNames")
        public Builder servicePrincipalNames(@Nullable List<String> servicePrincipalNames) { $.servicePrincipalNames = servicePrincipalNames; return this; }
        @CustomType.Setter("signInAudience")
        public Builder signInAudience(@Nullable String signInAudience) { $.signInAudience = signInAudience; return this; }
        @CustomType.Setter("tags")
        public Builder tags(@Nullable List<String> tags) { $.tags = tags; return this; }
        @CustomType.Setter("type")
        public Builder type(@Nullable String type) { $.type = type; return this; }

        public GetServicePrincipalResult build() { return $; }
    }
}
