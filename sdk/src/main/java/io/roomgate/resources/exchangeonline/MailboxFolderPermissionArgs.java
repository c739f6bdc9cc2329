package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:MailboxFolderPermission`. */
public final class MailboxFolderPermissionArgs extends ResourceArgs {
    public static final MailboxFolderPermissionArgs Empty = new MailboxFolderPermissionArgs();

    @Import(name = "accessRights", required = true)
    private Output<List<String>> accessRights;

    @Import(name = "identity", required = true)
    private Output<String> identity;

    @Import(name = "sharingPermissionFlags", required = false)
    private @Nullable Output<List<String>> sharingPermissionFlags;

    @Import(name = "user", required = true)
    private Output<String> user;

    public Output<List<String>> accessRights() { return this.accessRights; }
    public Output<String> identity() { return this.identity; }
    public Optional<Output<List<String>>> sharingPermissionFlags() { return Optional.ofNullable(this.sharingPermissionFlags); }
    public Output<String> user() { return this.user; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final MailboxFolderPermissionArgs $ = new MailboxFolderPermissionArgs();

        public Builder accessRights(Output<List<String>> accessRights) { $.accessRights = accessRights; return this; }
        public Builder accessRights(List<String> accessRights) { return accessRights(Output.of(accessRights)); }
        public Builder accessRights(String... accessRights) { return accessRights(List.of(accessRights)); }
        public Builder identity(Output<String> identity) { $.identity = identity; return this; }
        public Builder identity(String identity) { return identity(Output.of(identity)); }
        public Builder sharingPermissionFlags(Output<List<String>> sharingPermissionFlags) { $.sharingPermissionFlags = sharingPermissionFlags; return this; }
        public Builder sharingPermissionFlags(List<String> sharingPermissionFlags) { return sharingPermissionFlags(Output.of(sharingPermissionFlags)); }
        public Builder sharingPermissionFlags(String... sharingPermissionFlags) { return sharingPermissionFlags(List.of(sharingPermissionFlags)); }
        public Builder user(Output<String> user) { $.user = user; return this; }
        public Builder user(String user) { return user(Output.of(user)); }

        public MailboxFolderPermissionArgs build() {
            if ($.accessRights == null) throw new IllegalArgumentException("MailboxFolderPermissionArgs: accessRights is required");
            if ($.identity == null) throw new IllegalArgumentException("MailboxFolderPermissionArgs: identity is required");
            if ($.user == null) throw new IllegalArgumentException("MailboxFolderPermissionArgs: user is required");
            return $;
        }
    }
}
