package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:MailboxPermission`: Mailbox rights (e.g. FullAccess) for a user or mail-enabled security group. */
@ResourceType(type = "exchangeonline:index:MailboxPermission")
public class MailboxPermission extends CustomResource {
    public static final String TYPE = "exchangeonline:index:MailboxPermission";

    @Export(name = "accessRights", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> accessRights;

    @Export(name = "autoMapping", refs = {Boolean.class}, tree = "[0]")
    private Output<Boolean> autoMapping;

    @Export(name = "identity", refs = {String.class}, tree = "[0]")
    private Output<String> identity;

    @Export(name = "inheritanceType", refs = {String.class}, tree = "[0]")
    private Output<String> inheritanceType;

    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private Output<String> user;

    public Output<List<String>> accessRights() { return this.accessRights; }
    public Output<Boolean> autoMapping() { return this.autoMapping; }
    public Output<String> identity() { return this.identity; }
    public Output<String> inheritanceType() { return this.inheritanceType; }
    public Output<String> user() { return this.user; }

    public MailboxPermission(String name, MailboxPermissionArgs args) { this(name, args, null); }

    public MailboxPermission(String name, MailboxPermissionArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
