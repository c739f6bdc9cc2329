package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.InvokeArgs;
import io.roomgate.resources.azuread.outputs.GetApplicationPublishedAppIdsResult;
import io.roomgate.resources.azuread.outputs.GetClientConfigResult;
import io.roomgate.resources.azuread.outputs.GetServicePrincipalResult;

import javax.annotation.Nullable;

/**
 * The azuread package as this project uses it: the plugin version every resource asks the engine for, and the
 * package's functions. The {@code com.pulumi:azuread} SDK is not reachable from our build machines, so these classes
 * stand in for it; {@code com/pulumi/azuread/plugin.json} tells the engine which plugin to install.
 */
public final class AzureAd {
    /** The azuread provider version whose schema these classes follow. */
    public static final String VERSION = "6.10.0";

    private AzureAd() {}

    static CustomResourceOptions withDefaults(@Nullable CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder().version(VERSION);
        if (secretOutputs.length > 0) {
            defaults.additionalSecretOutputs(secretOutputs);
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }

    /** {@code azuread:index/getServicePrincipal:getServicePrincipal}: one of clientId, displayName or objectId. */
    public static Output<GetServicePrincipalResult> getServicePrincipal(GetServicePrincipalArgs args) {
        return Deployment.getInstance().invoke("azuread:index/getServicePrincipal:getServicePrincipal",
                TypeShape.of(GetServicePrincipalResult.class), args, invokeOptions());
    }

    /** {@code azuread:index/getApplicationPublishedAppIds:getApplicationPublishedAppIds}. */
    public static Output<GetApplicationPublishedAppIdsResult> getApplicationPublishedAppIds() {
        return Deployment.getInstance().invoke("azuread:index/getApplicationPublishedAppIds:getApplicationPublishedAppIds",
                TypeShape.of(GetApplicationPublishedAppIdsResult.class), InvokeArgs.Empty, invokeOptions());
    }

    /** {@code azuread:index/getClientConfig:getClientConfig}: who the azuread provider is signed in as. */
    public static Output<GetClientConfigResult> getClientConfig() {
        return Deployment.getInstance().invoke("azuread:index/getClientConfig:getClientConfig",
                TypeShape.of(GetClientConfigResult.class), InvokeArgs.Empty, invokeOptions());
    }

    private static InvokeOptions invokeOptions() {
        return new InvokeOptions(null, null, VERSION);
    }
}
