package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** `exchangeonline:index:ServicePrincipal`: Exchange's pointer to an Entra service principal (RBAC for Applications). */
@ResourceType(type = "exchangeonline:index:ServicePrincipal")
public class ServicePrincipal extends CustomResource {
    public static final String TYPE = "exchangeonline:index:ServicePrincipal";

    @Export(name = "appId", refs = {String.class}, tree = "[0]")
    private Output<String> appId;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "identity", refs = {String.class}, tree = "[0]")
    private Output<String> identity;

    @Export(name = "objectId", refs = {String.class}, tree = "[0]")
    private Output<String> objectId;

    public Output<String> appId() { return this.appId; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> identity() { return this.identity; }
    public Output<String> objectId() { return this.objectId; }

    public ServicePrincipal(String name, ServicePrincipalArgs args) { this(name, args, null); }

    public ServicePrincipal(String name, ServicePrincipalArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
