package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.resources.azuread.outputs.*;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/** azuread `azuread:index/application:Application` (v6.10.0): An Entra app registration. */
@ResourceType(type = "azuread:index/application:Application")
public class Application extends CustomResource {
    public static final String TYPE = "azuread:index/application:Application";

    @Export(name = "api", refs = {ApplicationApi.class}, tree = "[0]")
    private Output<ApplicationApi> api;

    @Export(name = "appRoleIds", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> appRoleIds;

    @Export(name = "appRoles", refs = {List.class, ApplicationAppRole.class}, tree = "[0,1]")
    private Output<List<ApplicationAppRole>> appRoles;

    @Export(name = "clientId", refs = {String.class}, tree = "[0]")
    private Output<String> clientId;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "deviceOnlyAuthEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> deviceOnlyAuthEnabled;

    @Export(name = "disabledByMicrosoft", refs = {String.class}, tree = "[0]")
    private Output<String> disabledByMicrosoft;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "fallbackPublicClientEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> fallbackPublicClientEnabled;

    @Export(name = "featureTags", refs = {List.class, ApplicationFeatureTag.class}, tree = "[0,1]")
    private Output<List<ApplicationFeatureTag>> featureTags;

    @Export(name = "groupMembershipClaims", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> groupMembershipClaims;

    @Export(name = "identifierUris", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> identifierUris;

    @Export(name = "logoImage", refs = {String.class}, tree = "[0]")
    private Output<String> logoImage;

    @Export(name = "logoUrl", refs = {String.class}, tree = "[0]")
    private Output<String> logoUrl;

    @Export(name = "marketingUrl", refs = {String.class}, tree = "[0]")
    private Output<String> marketingUrl;

    @Export(name = "notes", refs = {String.class}, tree = "[0]")
    private Output<String> notes;

    @Export(name = "oauth2PermissionScopeIds", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> oauth2PermissionScopeIds;

    @Export(name = "oauth2PostResponseRequired", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> oauth2PostResponseRequired;

    @Export(name = "objectId", refs = {String.class}, tree = "[0]")
    private Output<String> objectId;

    @Export(name = "optionalClaims", refs = {ApplicationOptionalClaims.class}, tree = "[0]")
    private Output<ApplicationOptionalClaims> optionalClaims;

    @Export(name = "owners", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> owners;

    @Export(name = "password", refs = {io.roomgate.resources.azuread.outputs.ApplicationPassword.class}, tree = "[0]")
    private Output<io.roomgate.resources.azuread.outputs.ApplicationPassword> password;

    @Export(name = "preventDuplicateNames", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> preventDuplicateNames;

    @Export(name = "privacyStatementUrl", refs = {String.class}, tree = "[0]")
    private Output<String> privacyStatementUrl;

    @Export(name = "publicClient", refs = {ApplicationPublicClient.class}, tree = "[0]")
    private Output<ApplicationPublicClient> publicClient;

    @Export(name = "publisherDomain", refs = {String.class}, tree = "[0]")
    private Output<String> publisherDomain;

    @Export(name = "requiredResourceAccesses", refs = {List.class, ApplicationRequiredResourceAccess.class}, tree = "[0,1]")
    private Output<List<ApplicationRequiredResourceAccess>> requiredResourceAccesses;

    @Export(name = "serviceManagementReference", refs = {String.class}, tree = "[0]")
    private Output<String> serviceManagementReference;

    @Export(name = "signInAudience", refs = {String.class}, tree = "[0]")
    private Output<String> signInAudience;

    @Export(name = "singlePageApplication", refs = {ApplicationSinglePageApplication.class}, tree = "[0]")
    private Output<ApplicationSinglePageApplication> singlePageApplication;

    @Export(name = "supportUrl", refs = {String.class}, tree = "[0]")
    private Output<String> supportUrl;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "templateId", refs = {String.class}, tree = "[0]")
    private Output<String> templateId;

    @Export(name = "termsOfServiceUrl", refs = {String.class}, tree = "[0]")
    private Output<String> termsOfServiceUrl;

    @Export(name = "web", refs = {ApplicationWeb.class}, tree = "[0]")
    private Output<ApplicationWeb> web;

    public Output<ApplicationApi> api() { return this.api; }
    public Output<Map<String, String>> appRoleIds() { return this.appRoleIds; }
    public Output<List<ApplicationAppRole>> appRoles() { return this.appRoles; }
    public Output<String> clientId() { return this.clientId; }
    public Output<String> description() { return this.description; }
    public Output<Boolean> deviceOnlyAuthEnabled() { return this.deviceOnlyAuthEnabled; }
    public Output<String> disabledByMicrosoft() { return this.disabledByMicrosoft; }
    public Output<String> displayName() { return this.displayName; }
    public Output<Boolean> fallbackPublicClientEnabled() { return this.fallbackPublicClientEnabled; }
    public Output<List<ApplicationFeatureTag>> featureTags() { return this.featureTags; }
    public Output<List<String>> groupMembershipClaims() { return this.groupMembershipClaims; }
    public Output<List<String>> identifierUris() { return this.identifierUris; }
    public Output<String> logoImage() { return this.logoImage; }
    public Output<String> logoUrl() { return this.logoUrl; }
    public Output<String> marketingUrl() { return this.marketingUrl; }
    public Output<String> notes() { return this.notes; }
    public Output<Map<String, String>> oauth2PermissionScopeIds() { return this.oauth2PermissionScopeIds; }
    public Output<Boolean> oauth2PostResponseRequired() { return this.oauth2PostResponseRequired; }
    public Output<String> objectId() { return this.objectId; }
    public Output<ApplicationOptionalClaims> optionalClaims() { return this.optionalClaims; }
    public Output<List<String>> owners() { return this.owners; }
    public Output<io.roomgate.resources.azuread.outputs.ApplicationPassword> password() { return this.password; }
    public Output<Boolean> preventDuplicateNames() { return this.preventDuplicateNames; }
    public Output<String> privacyStatementUrl() { return this.privacyStatementUrl; }
    public Output<ApplicationPublicClient> publicClient() { return this.publicClient; }
    public Output<String> publisherDomain() { return this.publisherDomain; }
    public Output<List<ApplicationRequiredResourceAccess>> requiredResourceAccesses() { return this.requiredResourceAccesses; }
    public Output<String> serviceManagementReference() { return this.serviceManagementReference; }
    public Output<String> signInAudience() { return this.signInAudience; }
    public Output<ApplicationSinglePageApplication> singlePageApplication() { return this.singlePageApplication; }
    public Output<String> supportUrl() { return this.supportUrl; }
    public Output<List<String>> tags() { return this.tags; }
    public Output<String> templateId() { return this.templateId; }
    public Output<String> termsOfServiceUrl() { return this.termsOfServiceUrl; }
    public Output<ApplicationWeb> web() { return this.web; }

    public Application(String name, ApplicationArgs args) { this(name, args, null); }

    public Application(String name, ApplicationArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
