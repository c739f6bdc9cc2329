package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import javax.annotation.Nullable;

/** azuread `azuread:index/applicationPassword:ApplicationPassword` (v6.10.0): A client secret of an app registration; `value` is a secret output. */
@ResourceType(type = "azuread:index/applicationPassword:ApplicationPassword")
public class ApplicationPassword extends CustomResource {
    public static final String TYPE = "azuread:index/applicationPassword:ApplicationPassword";

    @Export(name = "applicationId", refs = {String.class}, tree = "[0]")
    private Output<String> applicationId;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "endDate", refs = {String.class}, tree = "[0]")
    private Output<String> endDate;

    @Export(name = "endDateRelative", refs = {String.class}, tree = "[0]")
    private Output<String> endDateRelative;

    @Export(name = "keyId", refs = {String.class}, tree = "[0]")
    private Output<String> keyId;

    @Export(name = "rotateWhenChanged", refs = {Map.class, String.class}, tree = "[0,1,1]")
    private Output<Map<String, String>> rotateWhenChanged;

    @Export(name = "startDate", refs = {String.class}, tree = "[0]")
    private Output<String> startDate;

    @Export(name = "value", refs = {String.class}, tree = "[0]")
    private Output<String> value;

    public Output<String> applicationId() { return this.applicationId; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> endDate() { return this.endDate; }
    public Output<String> endDateRelative() { return this.endDateRelative; }
    public Output<String> keyId() { return this.keyId; }
    public Output<Map<String, String>> rotateWhenChanged() { return this.rotateWhenChanged; }
    public Output<String> startDate() { return this.startDate; }
    public Output<String> value() { return this.value; }

    public ApplicationPassword(String name, ApplicationPasswordArgs args) { this(name, args, null); }

    public ApplicationPassword(String name, ApplicationPasswordArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options, "value"));
    }
}
