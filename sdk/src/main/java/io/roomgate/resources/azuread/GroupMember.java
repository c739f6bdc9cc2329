package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** azuread `azuread:index/groupMember:GroupMember` (v6.10.0): One member of an Entra group. */
@ResourceType(type = "azuread:index/groupMember:GroupMember")
public class GroupMember extends CustomResource {
    public static final String TYPE = "azuread:index/groupMember:GroupMember";

    @Export(name = "groupObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> groupObjectId;

    @Export(name = "memberObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> memberObjectId;

    public Output<String> groupObjectId() { return this.groupObjectId; }
    public Output<String> memberObjectId() { return this.memberObjectId; }

    public GroupMember(String name, GroupMemberArgs args) { this(name, args, null); }

    public GroupMember(String name, GroupMemberArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, AzureAd.withDefaults(options));
    }
}
