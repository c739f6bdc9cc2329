package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/application:Application`. */
public final class ApplicationArgs extends ResourceArgs {
    public static final ApplicationArgs Empty = new ApplicationArgs();

    @Import(name = "api", required = false)
    private @Nullable Output<ApplicationApiArgs> api;

    @Import(name = "appRoles", required = false)
    private @Nullable Output<List<ApplicationAppRoleArgs>> appRoles;

    @Import(name = "description", required = false)
    private @Nullable Output<String> description;

    @Import(name = "deviceOnlyAuthEnabled", required = false)
    private @Nullable Output<Boolean> deviceOnlyAuthEnabled;

    @Import(name = "displayName", required = true)
    private Output<String> displayName;

    @Import(name = "fallbackPublicClientEnabled", required = false)
    private @Nullable Output<Boolean> fallbackPublicClientEnabled;

    @Import(name = "featureTags", required = false)
    private @Nullable Output<List<ApplicationFeatureTagArgs>> featureTags;

    @Import(name = "groupMembershipClaims", required = false)
    private @Nullable Output<List<String>> groupMembershipClaims;

    @Import(name = "identifierUris", required = false)
    private @Nullable Output<List<String>> identifierUris;

    @Import(name = "logoImage", required = false)
    private @Nullable Output<String> logoImage;

    @Import(name = "marketingUrl", required = false)
    private @Nullable Output<String> marketingUrl;

    @Import(name = "notes", required = false)
    private @Nullable Output<String> notes;

    @Import(name = "oauth2PostResponseRequired", required = false)
    private @Nullable Output<Boolean> oauth2PostResponseRequired;

    @Import(name = "optionalClaims", required = false)
    private @Nullable Output<ApplicationOptionalClaimsArgs> optionalClaims;

    @Import(name = "owners", required = false)
    private @Nullable Output<List<String>> owners;

    @Import(name = "password", required = false)
    private @Nullable Output<io.roomgate.resources.azuread.inputs.ApplicationPasswordArgs> password;

    @Import(name = "preventDuplicateNames", required = false)
    private @Nullable Output<Boolean> preventDuplicateNames;

    @Import(name = "privacyStatementUrl", required = false)
    private @Nullable Output<String> privacyStatementUrl;

    @Import(name = "publicClient", required = false)
    private @Nullable Output<ApplicationPublicClientArgs> publicClient;

    @Import(name = "requiredResourceAccesses", required = false)
    private @Nullable Output<List<ApplicationRequiredResourceAccessArgs>> requiredResourceAccesses;

    @Import(name = "serviceManagementReference", required = false)
    private @Nullable Output<String> serviceManagementReference;

    @Import(name = "signInAudience", required = false)
    private @Nullable Output<String> signInAudience;

    @Import(name = "singlePageApplication", required = false)
    private @Nullable Output<ApplicationSinglePageApplicationArgs> singlePageApplication;

    @Import(name = "supportUrl", required = false)
    private @Nullable Output<String> supportUrl;

    @Import(name = "tags", required = false)
    private @Nullable Output<List<String>> tags;

    @Import(name = "templateId", required = false)
    private @Nullable Output<String> templateId;

    @Import(name = "termsOfServiceUrl", required = false)
    private @Nullable Output<String> termsOfServiceUrl;

    @Import(name = "web", required = false)
    private @Nullable Output<ApplicationWebArgs> web;

    public Optional<Output<ApplicationApiArgs>> api() { return Optional.ofNullable(this.api); }
    public Optional<Output<List<ApplicationAppRoleArgs>>> appRoles() { return Optional.ofNullable(this.appRoles); }
    public Optional<Output<String>> description() { return Optional.ofNullable(this.description); }
    public Optional<Output<Boolean>> deviceOnlyAuthEnabled() { return Optional.ofNullable(this.deviceOnlyAuthEnabled); }
    public Output<String> displayName() { return this.displayName; }
    public Optional<Output<Boolean>> fallbackPublicClientEnabled() { return Optional.ofNullable(this.fallbackPublicClientEnabled); }
    public Optional<Output<List<ApplicationFeatureTagArgs>>> featureTags() { return Optional.ofNullable(this.featureTags); }
    public Optional<Output<List<String>>> groupMembershipClaims() { return Optional.ofNullable(this.groupMembershipClaims); }
    public Optional<Output<List<String>>> identifierUris() { return Optional.ofNullable(this.identifierUris); }
    public Optional<Output<String>> logoImage() { return Optional.ofNullable(this.logoImage); }
    public Optional<Output<String>> marketingUrl() { return Optional.ofNullable(this.marketingUrl); }
    public Optional<Output<String>> notes() { return Optional.ofNullable(this.notes); }
    public Optional<Output<Boolean>> oauth2PostResponseRequired() { return Optional.ofNullable(this.oauth2PostResponseRequired); }
    public Optional<Output<ApplicationOptionalClaimsArgs>> optionalClaims() { return Optional.ofNullable(this.optionalClaims); }
    public Optional<Output<List<String>>> owners() { return Optional.ofNullable(this.owners); }
    public Optional<Output<io.roomgate.resources.azuread.inputs.ApplicationPasswordArgs>> password() { return Optional.ofNullable(this.password); }
    public Optional<Output<Boolean>> preventDuplicateNames() { return Optional.ofNullable(this.preventDuplicateNames); }
    public Optional<Output<String>> privacyStatementUrl() { return Optional.ofNullable(this.privacyStatementUrl); }
    public Optional<Output<ApplicationPublicClientArgs>> publicClient() { return Optional.ofNullable(this.publicClient); }
    public Optional<Output<List<ApplicationRequiredResourceAccessArgs>>> requiredResourceAccesses() { return Optional.ofNullable(this.requiredResourceAccesses); }
    public Optional<Output<String>> serviceManagementReference() { return Optional.ofNullable(this.serviceManagementReference); }
    public Optional<Output<String>> signInAudience() { return Optional.ofNullable(this.signInAudience); }
    public Optional<Output<ApplicationSinglePageApplicationArgs>> singlePageApplication() { return Optional.ofNullable(this.singlePageApplication); }
    public Optional<Output<String>> supportUrl() { return Optional.ofNullable(this.supportUrl); }
    public Optional<Output<List<String>>> tags() { return Optional.ofNullable(this.tags); }
    public Optional<Output<String>> templateId() { return Optional.ofNullable(this.templateId); }
    public Optional<Output<String>> termsOfServiceUrl() { return Optional.ofNullable(this.termsOfServiceUrl); }
    public Optional<Output<ApplicationWebArgs>> web() { return Optional.ofNullable(this.web); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationArgs $ = new ApplicationArgs();

        public Builder api(Output<ApplicationApiArgs> api) { $.api = api; return this; }
        public Builder api(ApplicationApiArgs api) { return api(Output.of(api)); }
        public Builder appRoles(Output<List<ApplicationAppRoleArgs>> appRoles) { $.appRoles = appRoles; return this; }
        public Builder appRoles(List<ApplicationAppRoleArgs> appRoles) { return appRoles(Output.of(appRoles)); }
        public Builder appRoles(ApplicationAppRoleArgs... appRoles) { return appRoles(List.of(appRoles)); }
        public Builder description(Output<String> description) { $.description = description; return this; }
        public Builder description(String description) { return description(Output.of(description)); }
        public Builder deviceOnlyAuthEnabled(Output<Boolean> deviceOnlyAuthEnabled) { $.deviceOnlyAuthEnabled = deviceOnlyAuthEnabled; return this; }
        public Builder deviceOnlyAuthEnabled(Boolean deviceOnlyAuthEnabled) { return deviceOnlyAuthEnabled(Output.of(deviceOnlyAuthEnabled)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder fallbackPublicClientEnabled(Output<Boolean> fallbackPublicClientEnabled) { $.fallbackPublicClientEnabled = fallbackPublicClientEnabled; return this; }
        public Builder fallbackPublicClientEnabled(Boolean fallbackPublicClientEnabled) { return fallbackPublicClientEnabled(Output.of(fallbackPublicClientEnabled)); }
        public Builder featureTags(Output<List<ApplicationFeatureTagArgs>> featureTags) { $.featureTags = featureTags; return this; }
        public Builder featureTags(List<ApplicationFeatureTagArgs> featureTags) { return featureTags(Output.of(featureTags)); }
        public Builder featureTags(ApplicationFeatureTagArgs... featureTags) { return featureTags(List.of(featureTags)); }
        public Builder groupMembershipClaims(Output<List<String>> groupMembershipClaims) { $.groupMembershipClaims = groupMembershipClaims; return this; }
        public Builder groupMembershipClaims(List<String> groupMembershipClaims) { return groupMembershipClaims(Output.of(groupMembershipClaims)); }
        public Builder groupMembershipClaims(String... groupMembershipClaims) { return groupMembershipClaims(List.of(groupMembershipClaims)); }
        public Builder identifierUris(Output<List<String>> identifierUris) { $.identifierUris = identifierUris; return this; }
        public Builder identifierUris(List<String> identifierUris) { return identifierUris(Output.of(identifierUris)); }
        public Builder identifierUris(String... identifierUris) { return identifierUris(List.of(identifierUris)); }
        public Builder logoImage(Output<String> logoImage) { $.logoImage = logoImage; return this; }
        public Builder logoImage(String logoImage) { return logoImage(Output.of(logoImage)); }
        public Builder marketingUrl(Output<String> marketingUrl) { $.marketingUrl = marketingUrl; return this; }
        public Builder marketingUrl(String marketingUrl) { return marketingUrl(Output.of(marketingUrl)); }
        public Builder notes(Output<String> notes) { $.notes = notes; return this; }
        public Builder notes(String notes) { return notes(Output.of(notes)); }
        public Builder oauth2PostResponseRequired(Output<Boolean> oauth2PostResponseRequired) { $.oauth2PostResponseRequired = oauth2PostResponseRequired; return this; }
        public Builder oauth2PostResponseRequired(Boolean oauth2PostResponseRequired) { return oauth2PostResponseRequired(Output.of(oauth2PostResponseRequired)); }
        public Builder optionalClaims(Output<ApplicationOptionalClaimsArgs> optionalClaims) { $.optionalClaims = optionalClaims; return this; }
        public Builder optionalClaims(ApplicationOptionalClaimsArgs optionalClaims) { return optionalClaims(Output.of(optionalClaims)); }
        public Builder owners(Output<List<String>> owners) { $.owners = owners; return this; }
        public Builder owners(List<String> owners) { return owners(Output.of(owners)); }
        public Builder owners(String... owners) { return owners(List.of(owners)); }
        public Builder password(Output<io.roomgate.resources.azuread.inputs.ApplicationPasswordArgs> password) { $.password = password; return this; }
        public Builder password(io.roomgate.resources.azuread.inputs.ApplicationPasswordArgs password) { return password(Output.of(password)); }
        public Builder preventDuplicateNames(Output<Boolean> preventDuplicateNames) { $.preventDuplicateNames = preventDuplicateNames; return this; }
        public Builder preventDuplicateNames(Boolean preventDuplicateNames) { return preventDuplicateNames(Output.of(preventDuplicateNames)); }
        public Builder privacyStatementUrl(Output<String> privacyStatementUrl) { $.privacyStatementUrl = privacyStatementUrl; return this; }
        public Builder privacyStatementUrl(String privacyStatementUrl) { return privacyStatementUrl(Output.of(privacyStatementUrl)); }
        public Builder publicClient(Output<ApplicationPublicClientArgs> publicClient) { $.publicClient = publicClient; return this; }
        public Builder publicClient(ApplicationPublicClientArgs publicClient) { return publicClient(Output.of(publicClient)); }
        public Builder requiredResourceAccesses(Output<List<ApplicationRequiredResourceAccessArgs>> requiredResourceAccesses) { $.requiredResourceAccesses = requiredResourceAccesses; return this; }
        public Builder requiredResourceAccesses(List<ApplicationRequiredResourceAccessArgs> requiredResourceAccesses) { return requiredResourceAccesses(Output.of(requiredResourceAccesses)); }
        public Builder requiredResourceAccesses(ApplicationRequiredResourceAccessArgs... requiredResourceAccesses) { return requiredResourceAccesses(List.of(requiredResourceAccesses)); }
        public Builder serviceManagementReference(Output<String> serviceManagementReference) { $.serviceManagementReference = serviceManagementReference; return this; }
        public Builder serviceManagementReference(String serviceManagementReference) { return serviceManagementReference(Output.of(serviceManagementReference)); }
        public Builder signInAudience(Output<String> signInAudience) { $.signInAudience = signInAudience; return this; }
        public Builder signInAudience(String signInAudience) { return signInAudience(Output.of(signInAudience)); }
        public Builder singlePageApplication(Output<ApplicationSinglePageApplicationArgs> singlePageApplication) { $.singlePageApplication = singlePageApplication; return this; }
        public Builder singlePageApplication(ApplicationSinglePageApplicationArgs singlePageApplication) { return singlePageApplication(Output.of(singlePageApplication)); }
        public Builder supportUrl(Output<String> supportUrl) { $.supportUrl = supportUrl; return this; }
        public Builder supportUrl(String supportUrl) { return supportUrl(Output.of(supportUrl)); }
        public Builder tags(Output<List<String>> tags) { $.tags = tags; return this; }
        public Builder tags(List<String> tags) { return tags(Output.of(tags)); }
        public Builder tags(String... tags) { return tags(List.of(tags)); }
        public Builder templateId(Output<String> templateId) { $.templateId = templateId; return this; }
        public Builder templateId(String templateId) { return templateId(Output.of(templateId)); }
        public Builder termsOfServiceUrl(Output<String> termsOfServiceUrl) { $.termsOfServiceUrl = termsOfServiceUrl; return this; }
        public Builder termsOfServiceUrl(String termsOfServiceUrl) { return termsOfServiceUrl(Output.of(termsOfServiceUrl)); }
        public Builder web(Output<ApplicationWebArgs> web) { $.web = web; return this; }
        public Builder web(ApplicationWebArgs web) { return web(Output.of(web)); }

        public ApplicationArgs build() {
            if ($.displayName == null) throw new IllegalArgumentException("ApplicationArgs: displayName is required");
            return $;
        }
    }
}
