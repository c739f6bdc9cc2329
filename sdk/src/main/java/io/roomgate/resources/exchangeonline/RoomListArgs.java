package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:RoomList`. */
public final class RoomListArgs extends ResourceArgs {
    public static final RoomListArgs Empty = new RoomListArgs();

    @Import(name = "alias", required = true)
    private Output<String> alias;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "members", required = false)
    private @Nullable Output<List<String>> members;

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "primarySmtpAddress", required = false)
    private @Nullable Output<String> primarySmtpAddress;

    public Output<String> alias() { return this.alias; }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Optional<Output<List<String>>> members() { return Optional.ofNullable(this.members); }
    public Output<String> name() { return this.name; }
    public Optional<Output<String>> primarySmtpAddress() { return Optional.ofNullable(this.primarySmtpAddress); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final RoomListArgs $ = new RoomListArgs();

        public Builder alias(Output<String> alias) { $.alias = alias; return this; }
        public Builder alias(String alias) { return alias(Output.of(alias)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder members(Output<List<String>> members) { $.members = members; return this; }
        public Builder members(List<String> members) { return members(Output.of(members)); }
        public Builder members(String... members) { return members(List.of(members)); }
        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        public Builder primarySmtpAddress(Output<String> primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        public Builder primarySmtpAddress(String primarySmtpAddress) { return primarySmtpAddress(Output.of(primarySmtpAddress)); }

        public RoomListArgs build() {
            if ($.alias == null) throw new IllegalArgumentException("RoomListArgs: alias is required");
            if ($.name == null) throw new IllegalArgumentException("RoomListArgs: name is required");
            return $;
        }
    }
}
