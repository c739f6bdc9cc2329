package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:UserMailbox`. */
public final class UserMailboxArgs extends ResourceArgs {
    public static final UserMailboxArgs Empty = new UserMailboxArgs();

    @Import(name = "alias", required = false)
    private @Nullable Output<String> alias;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "password", required = false)
    private @Nullable Output<String> password;

    @Import(name = "primarySmtpAddress", required = true)
    private Output<String> primarySmtpAddress;

    public Optional<Output<String>> alias() { return Optional.ofNullable(this.alias); }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Output<String> name() { return this.name; }
    public Optional<Output<String>> password() { return Optional.ofNullable(this.password); }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final UserMailboxArgs $ = new UserMailboxArgs();

        public Builder alias(Output<String> alias) { $.alias = alias; return this; }
        public Builder alias(String alias) { return alias(Output.of(alias)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        /** Always sent as a secret, so the engine keeps it encrypted in state and never shows it. */
        public Builder password(Output<String> password) { $.password = password.asSecret(); return this; }
        public Builder password(String password) { return password(Output.ofSecret(password)); }
        public Builder primarySmtpAddress(Output<String> primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        public Builder primarySmtpAddress(String primarySmtpAddress) { return primarySmtpAddress(Output.of(primarySmtpAddress)); }

        public UserMailboxArgs build() {
            if ($.name == null) throw new IllegalArgumentException("UserMailboxArgs: name is required");
            if ($.primarySmtpAddress == null) throw new IllegalArgumentException("UserMailboxArgs: primarySmtpAddress is required");
            return $;
        }
    }
}
