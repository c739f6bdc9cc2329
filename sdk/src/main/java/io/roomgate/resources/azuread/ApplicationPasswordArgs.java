package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/applicationPassword:ApplicationPassword`. */
public final class ApplicationPasswordArgs extends ResourceArgs {
    public static final ApplicationPasswordArgs Empty = new ApplicationPasswordArgs();

    @Import(name = "applicationId", required = true)
    private Output<String> applicationId;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "endDate", required = false)
    private @Nullable Output<String> endDate;

    @Import(name = "endDateRelative", required = false)
    private @Nullable Output<String> endDateRelative;

    @Import(name = "rotateWhenChanged", required = false)
    private @Nullable Output<Map<String, String>> rotateWhenChanged;

    @Import(name = "startDate", required = false)
    private @Nullable Output<String> startDate;

    public Output<String> applicationId() { return this.applicationId; }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Optional<Output<String>> endDate() { return Optional.ofNullable(this.endDate); }
    public Optional<Output<String>> endDateRelative() { return Optional.ofNullable(this.endDateRelative); }
    public Optional<Output<Map<String, String>>> rotateWhenChanged() { return Optional.ofNullable(this.rotateWhenChanged); }
    public Optional<Output<String>> startDate() { return Optional.ofNullable(this.startDate); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationPasswordArgs $ = new ApplicationPasswordArgs();

        public Builder applicationId(Output<String> applicationId) { $.applicationId = applicationId; return this; }
        public Builder applicationId(String applicationId) { return applicationId(Output.of(applicationId)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder endDate(Output<String> endDate) { $.endDate = endDate; return this; }
        public Builder endDate(String endDate) { return endDate(Output.of(endDate)); }
        public Builder endDateRelative(Output<String> endDateRelative) { $.endDateRelative = endDateRelative; return this; }
        public Builder endDateRelative(String endDateRelative) { return endDateRelative(Output.of(endDateRelative)); }
        public Builder rotateWhenChanged(Output<Map<String, String>> rotateWhenChanged) { $.rotateWhenChanged = rotateWhenChanged; return this; }
        public Builder rotateWhenChanged(Map<String, String> rotateWhenChanged) { return rotateWhenChanged(Output.of(rotateWhenChanged)); }
        public Builder startDate(Output<String> startDate) { $.startDate = startDate; return this; }
        public Builder startDate(String startDate) { return startDate(Output.of(startDate)); }

        public ApplicationPasswordArgs build() {
            if ($.applicationId == null) throw new IllegalArgumentException("ApplicationPasswordArgs: applicationId is required");
            return $;
        }
    }
}
