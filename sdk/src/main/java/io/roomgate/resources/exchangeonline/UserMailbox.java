package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/** `exchangeonline:index:UserMailbox`: A service account's mailbox (New-Mailbox with a password); `password` is a secret output, generated when not given. */
@ResourceType(type = "exchangeonline:index:UserMailbox")
public class UserMailbox extends CustomResource {
    public static final String TYPE = "exchangeonline:index:UserMailbox";

    @Export(name = "accountDisabled", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> accountDisabled;

    @Export(name = "adopted", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> adopted;

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

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "password", refs = {String.class}, tree = "[0]")
    private Output<String> password;

    @Export(name = "primarySmtpAddress", refs = {String.class}, tree = "[0]")
    private Output<String> primarySmtpAddress;

    public Output<Boolean> accountDisabled() { return this.accountDisabled; }
    public Output<Boolean> adopted() { return this.adopted; }
    public Output<String> alias() { return this.alias; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> distinguishedName() { return this.distinguishedName; }
    public Output<String> externalDirectoryObjectId() { return this.externalDirectoryObjectId; }
    public Output<String> guid() { return this.guid; }
    public Output<String> name() { return this.name; }
    public Output<String> password() { return this.password; }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }

    public UserMailbox(String name, UserMailboxArgs args) { this(name, args, null); }

    public UserMailbox(String name, UserMailboxArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options, "password"));
    }
}
