package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** `exchangeonline:index:ApplicationAccessPolicy`: A legacy application access policy restricting (or denying) an app to the members of a group. */
@ResourceType(type = "exchangeonline:index:ApplicationAccessPolicy")
public class ApplicationAccessPolicy extends CustomResource {
    public static final String TYPE = "exchangeonline:index:ApplicationAccessPolicy";

    @Export(name = "accessRight", refs = {String.class}, tree = "[0]")
    private Output<String> accessRight;

    @Export(name = "appId", refs = {String.class}, tree = "[0]")
    private Output<String> appId;

    @Export(name = "description", refs = {String.class}, tree = "[0]")
    private Output<String> description;

    @Export(name = "identity", refs = {String.class}, tree = "[0]")
    private Output<String> identity;

    @Export(name = "policyScopeGroupId", refs = {String.class}, tree = "[0]")
    private Output<String> policyScopeGroupId;

    @Export(name = "scopeIdentity", refs = {String.class}, tree = "[0]")
    private Output<String> scopeIdentity;

    public Output<String> accessRight() { return this.accessRight; }
    public Output<String> appId() { return this.appId; }
    public Output<String> description() { return this.description; }
    public Output<String> identity() { return this.identity; }
    public Output<String> policyScopeGroupId() { return this.policyScopeGroupId; }
    public Output<String> scopeIdentity() { return this.scopeIdentity; }

    public ApplicationAccessPolicy(String name, ApplicationAccessPolicyArgs args) { this(name, args, null); }

    public ApplicationAccessPolicy(String name, ApplicationAccessPolicyArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
