package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationPassword:ApplicationPassword`. */
@CustomType
public final class ApplicationPassword {
    private String displayName;
    private @Nullable String endDate;
    private @Nullable String keyId;
    private @Nullable String startDate;
    private @Nullable String value;

    private ApplicationPassword() {}

    public String displayName() { return this.displayName; }
    public Optional<String> endDate() { return Optional.ofNullable(this.endDate); }
    public Optional<String> keyId() { return Optional.ofNullable(this.keyId); }
    public Optional<String> startDate() { return Optional.ofNullable(this.startDate); }
    public Optional<String> value() { return Optional.ofNullable(this.value); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationPassword $ = new ApplicationPassword();

        @CustomType.Setter("displayName")
        public Builder displayName(@Nullable String displayName) { $.displayName = displayName; return this; }
        @CustomType.Setter("endDate")
        public Builder endDate(@Nullable String endDate) { $.endDate = endDate; return this; }
        @CustomType.Setter("keyId")
        public Builder keyId(@Nullable String keyId) { $.keyId = keyId; return this; }
        @CustomType.Setter("startDate")
        public Builder startDate(@Nullable String startDate) { $.startDate = startDate; return this; }
        @CustomType.Setter("value")
        public Builder value(@Nullable String value) { $.value = value; return this; }

        public ApplicationPassword build() { return $; }
    }
}
