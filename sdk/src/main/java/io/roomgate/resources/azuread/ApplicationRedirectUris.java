package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** azuread `azuread:index/applicationRedirectUris:ApplicationRedirectUris` (v6.10.0): Redirect URIs of one type for an app registration (only with ApplicationRegistration, never with Application). */
@ResourceType(type = "azuread:index/applicationRedirectUris:ApplicationRedirectUris")
public class ApplicationRedirectUris extends CustomResource {
    public static final String TYPE = "azuread:index/applicationRedirectUris:ApplicationRedirectUris";

    @Export(name = "applicationId", refs = {String.class}, tree = "[0]")
    private Output<String> applicationId;

    @Export(name = "redirectUris", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> redirectUris;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    public Output<String> applicationId() { return this.applicationId; }
    public Output<List<String>> redirectUris() { return this.redirectUris; }
    public Output<String> type() { return this.type; }

    public ApplicationRedirectUris(String name, ApplicationRedirectUrisArgs args) { this(name, args, null); }

    public ApplicationRedirectUris(String name, ApplicationRedirectUrisArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
