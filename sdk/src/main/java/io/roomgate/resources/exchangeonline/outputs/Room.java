package io.roomgate.resources.exchangeonline.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `exchangeonline:index:Room`. */
@CustomType
public final class Room {
    private String alias;
    private String displayName;
    private String guid;
    private @Nullable String office;
    private String primarySmtpAddress;
    private @Nullable Integer resourceCapacity;

    private Room() {}

    public String alias() { return this.alias; }
    public String displayName() { return this.displayName; }
    public String guid() { return this.guid; }
    public Optional<String> office() { return Optional.ofNullable(this.office); }
    public String primarySmtpAddress() { return this.primarySmtpAddress; }
    public Optional<Integer> resourceCapacity() { return Optional.ofNullable(this.resourceCapacity); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final Room $ = new Room();

        @CustomType.Setter("alias")
        public Builder alias(@Nullable String alias) { $.alias = alias; return this; }
        @CustomType.Setter("displayName")
        public Builder displayName(@Nullable String displayName) { $.displayName = displayName; return this; }
        @CustomType.Setter("guid")
        public Builder guid(@Nullable String guid) { $.guid = guid; return this; }
        @CustomType.Setter("office")
        public Builder office(@Nullable String office) { $.office = office; return this; }
        @CustomType.Setter("primarySmtpAddress")
        public Builder primarySmtpAddress(@Nullable String primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        @CustomType.Setter("resourceCapacity")
        public Builder resourceCapacity(@Nullable Integer resourceCapacity) { $.resourceCapacity = resourceCapacity; return this; }

        public Room build() { return $; }
    }
}
