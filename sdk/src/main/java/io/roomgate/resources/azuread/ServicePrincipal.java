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

/** azuread `azuread:index/servicePrincipal:ServicePrincipal` (v6.10.0): The Entra service principal (enterprise app) of an app registration. */
@ResourceType(type = "azuread:index/servicePrincipal:ServicePrincipal")
public class ServicePrincipal extends CustomResource {
    public static final String TYPE = "azuread:index/servicePrincipal:ServicePrincipal";

    @Export(name = "accountEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> accountEnabled;

    @Export(name = "alternativeNames", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> alternativeNames;

    @Export(name = "appRoleAssignmentRequired", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> appRoleAssignmentRequired;

    @Export(name = "appRoleIds", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> appRoleIds;

    @Export(name = "appRoles", refs = {List.class, ServicePrincipalAppRole.class}, tree = "[0,1]")
    private Output<List<ServicePrincipalAppRole>> appRoles;

    @Export(name = "applicationTenantId", refs = {String.class}, tree = "[0]")
    private Output<String> applicationTenantId;

    @Export(name = "clientId", refs = {String.class}, tree = "[0]")
    private Output<String> clientId;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "featureTags", refs = {List.class, ServicePrincipalFeatureTag.class}, tree = "[0,1]")
    private Output<List<ServicePrincipalFeatureTag>> featureTags;

    @Export(name = "features", refs = {List.class, ServicePrincipalFeature.class}, tree = "[0,1]")
    private Output<List<ServicePrincipalFeature>> features;

    @Export(name = "homepageUrl", refs = {String.class}, tree = "[0]")
    private Output<String> homepageUrl;

    @Export(name = "loginUrl", refs = {String.class}, tree = "[0]")
    private Output<String> loginUrl;

    @Export(name = "logoutUrl", refs = {String.class}, tree = "[0]")
    private Output<String> logoutUrl;

    @Export(name = "notes", refs = {String.class}, tree = "[0]")
    private Output<String> notes;

    @Export(name = "notificationEmailAddresses", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> notificationEmailAddresses;

    @Export(name = "oauth2PermissionScopeIds", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> oauth2PermissionScopeIds;

    @Export(name = "oauth2PermissionScopes", refs = {List.class, ServicePrincipalOauth2PermissionScope.class}, tree = "[0,1]")
    private Output<List<ServicePrincipalOauth2PermissionScope>> oauth2PermissionScopes;

    @Export(name = "objectId", refs = {String.class}, tree = "[0]")
    private Output<String> objectId;

    @Export(name = "owners", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> owners;

    @Export(name = "preferredSingleSignOnMode", refs = {String.class}, tree = "[0]")
    private Output<String> preferredSingleSignOnMode;

    @Export(name = "redirectUris", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> redirectUris;

    @Export(name = "samlMetadataUrl", refs = {String.class}, tree = "[0]")
    private Output<String> samlMetadataUrl;

    @Export(name = "samlSingleSignOn", refs = {ServicePrincipalSamlSingleSignOn.class}, tree = "[0]")
    private Output<ServicePrincipalSamlSingleSignOn> samlSingleSignOn;

    @Export(name = "servicePrincipalNames", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> servicePrincipalNames;

    @Export(name = "signInAudience", refs = {String.class}, tree = "[0]")
    private Output<String> signInAudience;

    @Export(name = "tags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> tags;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "useExisting", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> useExisting;

    public Output<Boolean> accountEnabled() { return this.accountEnabled; }
    public Output<List<String>> alternativeNames() { return this.alternativeNames; }
    public Output<Boolean> appRoleAssignmentRequired() { return this.appRoleAssignmentRequired; }
    public Output<Map<String, String>> appRoleIds() { return this.appRoleIds; }
    public Output<List<ServicePrincipalAppRole>> appRoles() { return this.appRoles; }
    public Output<String> applicationTenantId() { return this.applicationTenantId; }
    public Output<String> clientId() { return this.clientId; }
    public Output<String> description() { return this.description; }
    public Output<String> displayName() { return this.displayName; }
    public Output<List<ServicePrincipalFeatureTag>> featureTags() { return this.featureTags; }
    public Output<List<ServicePrincipalFeature>> features() { return this.features; }
    public Output<String> homepageUrl() { return this.homepageUrl; }
    public Output<String> loginUrl() { return this.loginUrl; }
    public Output<String> logoutUrl() { return this.logoutUrl; }
    public Output<String> notes() { return this.notes; }
    public Output<List<String>> notificationEmailAddresses() { return this.notificationEmailAddresses; }
    public Output<Map<String, String>> oauth2PermissionScopeIds() { return this.oauth2PermissionScopeIds; }
    public Output<List<ServicePrincipalOauth2PermissionScope>> oauth2PermissionScopes() { return this.oauth2PermissionScopes; }
    public Output<String> objectId() { return this.objectId; }
    public Output<List<String>> owners() { return this.owners; }
    public Output<String> preferredSingleSignOnMode() { return this.preferredSingleSignOnMode; }
    public Output<List<String>> redirectUris() { return this.redirectUris; }
    public Output<String> samlMetadataUrl() { return this.samlMetadataUrl; }
    public Output<ServicePrincipalSamlSingleSignOn> samlSingleSignOn() { return this.samlSingleSignOn; }
    public Output<List<String>> servicePrincipalNames() { return this.servicePrincipalNames; }
    public Output<String> signInAudience() { return this.signInAudience; }
    public Output<List<String>> tags() { return this.tags; }
    public Output<String> type() { return this.type; }
    public Output<Boolean> useExisting() { return this.useExisting; }

    public ServicePrincipal(String name, ServicePrincipalArgs args) { this(name, args, null); }

    public ServicePrincipal(String name, ServicePrincipalArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
