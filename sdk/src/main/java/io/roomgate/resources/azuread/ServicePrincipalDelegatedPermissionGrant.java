package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** azuread `azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant` (v6.10.0): Admin consent for delegated scopes of a service principal on a resource. */
@ResourceType(type = "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant")
public class ServicePrincipalDelegatedPermissionGrant extends CustomResource {
    public static final String TYPE = "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant";

    @Export(name = "claimValues", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> claimValues;

    @Export(name = "resourceServicePrincipalObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> resourceServicePrincipalObjectId;

    @Export(name = "servicePrincipalObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> servicePrincipalObjectId;

    @Export(name = "userObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> userObjectId;

    public Output<List<String>> claimValues() { return this.claimValues; }
    public Output<String> resourceServicePrincipalObjectId() { return this.resourceServicePrincipalObjectId; }
    public Output<String> servicePrincipalObjectId() { return this.servicePrincipalObjectId; }
    public Output<String> userObjectId() { return this.userObjectId; }

    public ServicePrincipalDelegatedPermissionGrant(String name, ServicePrincipalDelegatedPermissionGrantArgs args) { this(name, args, null); }

    public ServicePrincipalDelegatedPermissionGrant(String name, ServicePrincipalDelegatedPermissionGrantArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
