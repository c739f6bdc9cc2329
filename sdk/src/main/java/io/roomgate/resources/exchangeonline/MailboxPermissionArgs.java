package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:MailboxPermission`. */
public final class MailboxPermissionArgs extends ResourceArgs {
    public static final MailboxPermissionArgs Empty = new MailboxPermissionArgs();

    @Import(name = "accessRights", required = true)
    private Output<List<String>> accessRights;

    @Import(name = "autoMapping", required = false)
    private @Nullable Output<Boolean> autoMapping;

    @Import(name = "identity", required = true)
    private Output<String> identity;

    @Import(name = "inheritanceType", required = false)
    private @Nullable Output<String> inheritanceType;

    @Import(name = "user", required = true)
    private Output<String> user;

    public Output<List<String>> accessRights() { return this.accessRights; }
    public Optional<Output<Boolean>> autoMapping() { return Optional.ofNullable(this.autoMapping); }
    public Output<String> identity() { return this.identity; }
    public Optional<Output<String>> inheritanceType() { return Optional.ofNullable(this.inheritanceType); }
    public Output<String> user() { return this.user; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final MailboxPermissionArgs $ = new MailboxPermissionArgs();

        public Builder accessRights(Output<List<String>> accessRights) { $.accessRights = accessRights; return this; }
        public Builder accessRights(List<String> accessRights) { return accessRights(Output.of(accessRights)); }
        public Builder accessRights(String... accessRights) { return accessRights(List.of(accessRights)); }
        public Builder autoMapping(Output<Boolean> autoMapping) { $.autoMapping = autoMapping; return this; }
        public Builder autoMapping(Boolean autoMapping) { return autoMapping(Output.of(autoMapping)); }
        public Builder identity(Output<String> identity) { $.identity = identity; return this; }
        public Builder identity(String identity) { return identity(Output.of(identity)); }
        public Builder inheritanceType(Output<String> inheritanceType) { $.inheritanceType = inheritanceType; return this; }
        public Builder inheritanceType(String inheritanceType) { return inheritanceType(Output.of(inheritanceType)); }
        public Builder user(Output<String> user) { $.user = user; return this; }
        public Builder user(String user) { return user(Output.of(user)); }

        public MailboxPermissionArgs build() {
            if ($.accessRights == null) throw new IllegalArgumentException("MailboxPermissionArgs: accessRights is required");
            if ($.identity == null) throw new IllegalArgumentException("MailboxPermissionArgs: identity is required");
            if ($.user == null) throw new IllegalArgumentException("MailboxPermissionArgs: user is required");
            return $;
        }
    }
}
