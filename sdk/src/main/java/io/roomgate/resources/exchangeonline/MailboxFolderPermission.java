package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/** `exchangeonline:index:MailboxFolderPermission`: A folder role (e.g. Editor) on a mailbox folder such as room@contoso.com:\Calendar. */
@ResourceType(type = "exchangeonline:index:MailboxFolderPermission")
public class MailboxFolderPermission extends CustomResource {
    public static final String TYPE = "exchangeonline:index:MailboxFolderPermission";

    @Export(name = "accessRights", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> accessRights;

    @Export(name = "identity", refs = {String.class}, tree = "[0]")
    private Output<String> identity;

    @Export(name = "sharingPermissionFlags", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> sharingPermissionFlags;

    @Export(name = "user", refs = {String.class}, tree = "[0]")
    private Output<String> user;

    public Output<List<String>> accessRights() { return this.accessRights; }
    public Output<String> identity() { return this.identity; }
    public Output<List<String>> sharingPermissionFlags() { return this.sharingPermissionFlags; }
    public Output<String> user() { return this.user; }

    public MailboxFolderPermission(String name, MailboxFolderPermissionArgs args) { this(name, args, null); }

    public MailboxFolderPermission(String name, MailboxFolderPermissionArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ExchangeOnline.withDefaults(options));
    }
}
