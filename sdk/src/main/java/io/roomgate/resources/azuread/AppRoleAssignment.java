package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** azuread `azuread:index/appRoleAssignment:AppRoleAssignment` (v6.10.0): An application permission granted (admin consent) to a service principal on a resource such as Microsoft Graph. */
@ResourceType(type = "azuread:index/appRoleAssignment:AppRoleAssignment")
public class AppRoleAssignment extends CustomResource {
    public static final String TYPE = "azuread:index/appRoleAssignment:AppRoleAssignment";

    @Export(name = "appRoleId", refs = {String.class}, tree = "[0]")
    private Output<String> appRoleId;

    @Export(name = "principalDisplayName", refs = {String.class}, tree = "[0]")
    private Output<String> principalDisplayName;

    @Export(name = "principalObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> principalObjectId;

    @Export(name = "principalType", refs = {String.class}, tree = "[0]")
    private Output<String> principalType;

    @Export(name = "resourceDisplayName", refs = {String.class}, tree = "[0]")
    private Output<String> resourceDisplayName;

    @Export(name = "resourceObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> resourceObjectId;

    public Output<String> appRoleId() { return this.appRoleId; }
    public Output<String> principalDisplayName() { return this.principalDisplayName; }
    public Output<String> principalObjectId() { return this.principalObjectId; }
    public Output<String> principalType() { return this.principalType; }
    public Output<String> resourceDisplayName() { return this.resourceDisplayName; }
    public Output<String> resourceObjectId() { return this.resourceObjectId; }

    public AppRoleAssignment(String name, AppRoleAssignmentArgs args) { this(name, args, null); }

    public AppRoleAssignment(String name, AppRoleAssignmentArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
