package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationPassword:ApplicationPassword`. */
public final class ApplicationPasswordArgs extends ResourceArgs {
    public static final ApplicationPasswordArgs Empty = new ApplicationPasswordArgs();

    @Import(name = "displayName", required = true)
    private Output<String> displayName;

    @Import(name = "endDate", required = false)
    private @Nullable Output<String> endDate;

    @Import(name = "keyId", required = false)
    private @Nullable Output<String> keyId;

    @Import(name = "startDate", required = false)
    private @Nullable Output<String> startDate;

    @Import(name = "value", required = false)
    private @Nullable Output<String> value;

    public Output<String> displayName() { return this.displayName; }
    public Optional<Output<String>> endDate() { return Optional.ofNullable(this.endDate); }
    public Optional<Output<String>> keyId() { return Optional.ofNullable(this.keyId); }
    public Optional<Output<String>> startDate() { return Optional.ofNullable(this.startDate); }
    public Optional<Output<String>> value() { return Optional.ofNullable(this.value); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationPasswordArgs $ = new ApplicationPasswordArgs();

        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder endDate(Output<String> endDate) { $.endDate = endDate; return this; }
        public Builder endDate(String endDate) { return endDate(Output.of(endDate)); }
        public Builder keyId(Output<String> keyId) { $.keyId = keyId; return this; }
        public Builder keyId(String keyId) { return keyId(Output.of(keyId)); }
        public Builder startDate(Output<String> startDate) { $.startDate = startDate; return this; }
        public Builder startDate(String startDate) { return startDate(Output.of(startDate)); }
        public Builder value(Output<String> value) { $.value = value; return this; }
        public Builder value(String value) { return value(Output.of(value)); }

        public ApplicationPasswordArgs build() {
            if ($.displayName == null) throw new IllegalArgumentException("ApplicationPasswordArgs: displayName is required");
            return $;
        }
    }
}
