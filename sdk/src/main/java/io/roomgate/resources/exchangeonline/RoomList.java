package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:RoomList`: A room list (New-DistributionGroup -RoomList); its rooms are a set. */
@ResourceType(type = "exchangeonline:index:RoomList")
public class RoomList extends CustomResource {
    public static final String TYPE = "exchangeonline:index:RoomList";

    @Export(name = "alias", refs = {String.class}, tree = "[0]")
    private Output<String> alias;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "distinguishedName", refs = {String.class}, tree = "[0]")
    private Output<String> distinguishedName;

    @Export(name = "guid", refs = {String.class}, tree = "[0]")
    private Output<String> guid;

    @Export(name = "members", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> members;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "primarySmtpAddress", refs = {String.class}, tree = "[0]")
    private Output<String> primarySmtpAddress;

    public Output<String> alias() { return this.alias; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> distinguishedName() { return this.distinguishedName; }
    public Output<String> guid() { return this.guid; }
    public Output<List<String>> members() { return this.members; }
    public Output<String> name() { return this.name; }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }

    public RoomList(String name, RoomListArgs args) { this(name, args, null); }

    public RoomList(String name, RoomListArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
