package io.roomgate.resources.exchangeonline.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `exchangeonline:index/RoomMailbox:RoomMailbox`. */
public final class RoomMailboxArgs extends ResourceArgs {
    public static final RoomMailboxArgs Empty = new RoomMailboxArgs();

    @Import(name = "alias", required = true)
    private Output<String> alias;

    @Import(name = "displayName", required = true)
    private Output<String> displayName;

    @Import(name = "guid", required = true)
    private Output<String> guid;

    @Import(name = "office", required = false)
    private @Nullable Output<String> office;

    @Import(name = "primarySmtpAddress", required = true)
    private Output<String> primarySmtpAddress;

    @Import(name = "resourceCapacity", required = false)
    private @Nullable Output<Integer> resourceCapacity;

    public Output<String> alias() { return this.alias; }
    public Output<String> displayName() { return this.displayName; }
    public Output<String> guid() { return this.guid; }
    public Optional<Output<String>> office() { return Optional.ofNullable(this.office); }
    public Output<String> primarySmtpAddress() { return this.primarySmtpAddress; }
    public Optional<Output<Integer>> resourceCapacity() { return Optional.ofNullable(this.resourceCapacity); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final RoomMailboxArgs $ = new RoomMailboxArgs();

        public Builder alias(Output<String> alias) { $.alias = alias; return this; }
        public Builder alias(String alias) { return alias(Output.of(alias)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder guid(Output<String> guid) { $.guid = guid; return this; }
        public Builder guid(String guid) { return guid(Output.of(guid)); }
        public Builder office(Output<String> office) { $.office = office; return this; }
        public Builder office(String office) { return office(Output.of(office)); }
        public Builder primarySmtpAddress(Output<String> primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        public Builder primarySmtpAddress(String primarySmtpAddress) { return primarySmtpAddress(Output.of(primarySmtpAddress)); }
        public Builder resourceCapacity(Output<Integer> resourceCapacity) { $.resourceCapacity = resourceCapacity; return this; }
        public Builder resourceCapacity(Integer resourceCapacity) { return resourceCapacity(Output.of(resourceCapacity)); }

        public RoomMailboxArgs build() {
            if ($.alias == null) throw new IllegalArgumentException("RoomMailboxArgs: alias is required");
            if ($.displayName == null) throw new IllegalArgumentException("RoomMailboxArgs: displayName is required");
            if ($.guid == null) throw new IllegalArgumentException("RoomMailboxArgs: guid is required");
            if ($.primarySmtpAddress == null) throw new IllegalArgumentException("RoomMailboxArgs: primarySmtpAddress is required");
            return $;
        }
    }
}
