package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** `exchangeonline:index:ManagementScope`: A management scope: the recipients an application role assignment reaches. */
@ResourceType(type = "exchangeonline:index:ManagementScope")
public class ManagementScope extends CustomResource {
    public static final String TYPE = "exchangeonline:index:ManagementScope";

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "recipientRestrictionFilter", refs = {String.class}, tree = "[0]")
    private Output<String> recipientRestrictionFilter;

    public Output<String> name() { return this.name; }
    public Output<String> recipientRestrictionFilter() { return this.recipientRestrictionFilter; }

    public ManagementScope(String name, ManagementScopeArgs args) { this(name, args, null); }

    public ManagementScope(String name, ManagementScopeArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
