package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:MailEnabledSecurityGroup`: A mail-enabled security group (New-DistributionGroup -Type Security); members are a set. */
@ResourceType(type = "exchangeonline:index:MailEnabledSecurityGroup")
public class MailEnabledSecurityGroup extends CustomResource {
    public static final String TYPE = "exchangeonline:index:MailEnabledSecurityGroup";

    @Export(name = "alias", refs = {String.class}, tree = "[0]")
    private Output<String> alias;

    @Export(name = "displayName", refs = {String.class}, tree = "[0]")
    private Output<String> displayName;

    @Export(name = "distinguishedName", refs = {String.class}, tree = "[0]")
    private Output<String> distinguishedName;

    @Export(name = "externalDirectoryObjectId", refs = {String.class}, tree = "[0]")
    private Output<String> externalDirectoryObjectId;

    @Export(name = "guid", refs = {String.class}, tree = "[0]")
    private Output<String> guid;

    @Export(name = "hiddenFromAddressListsEnabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> hiddenFromAddressListsEnabled;

    @Export(name = "members", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> members;

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "owners", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> owners;

    @Export(name = "primarySmtpAddress", refs = {String.class}, tree = "[0]")
    private Output<String> primarySmtpAddress;

    public Output<String> alias() { return this.alias; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> distinguishedName() { return this.distinguishedName; }
    public Output<String> externalDirectoryObjectId() { return this.externalDirectoryObjectId; }
    public Output<String> guid() { return this.guid; }
    public Output<Boolean> hiddenFromAddressListsEnabled() { return this.hiddenFromAddressListsEnabled; }
    public Output<List<String>> members() { return this.members; }
    public Output<String> name() { return this.name; }
    public Output<List<String>> owners() { return this.owners; }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }

    public MailEnabledSecurityGroup(String name, MailEnabledSecurityGroupArgs args) { this(name, args, null); }

    public MailEnabledSecurityGroup(String name, MailEnabledSecurityGroupArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
