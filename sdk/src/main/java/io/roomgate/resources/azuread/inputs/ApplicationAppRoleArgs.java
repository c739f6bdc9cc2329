package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationAppRole:ApplicationAppRole`. */
public final class ApplicationAppRoleArgs extends ResourceArgs {
    public static final ApplicationAppRoleArgs Empty = new ApplicationAppRoleArgs();

    @Import(name = "allowedMemberTypes", required = true)
    private Output<List<String>> allowedMemberTypes;

    @Import(name = "description", required = true)
    private Output<String> description;

    @Import(name = "displayName", required = true)
    private Output<String> displayName;

    @Import(name = "enabled", required = false)
    private @Nullable Output<Boolean> enabled;

    @Import(name = "id", required = true)
    private Output<String> id;

    @Import(name = "value", required = false)
    private @Nullable Output<String> value;

    public Output<List<String>> allowedMemberTypes() { return this.allowedMemberTypes; }
    public Output<String> description() { return this.description; }
    public Output<String> displayName() { return this.displayName; }
    public Optional<Output<Boolean>> enabled() { return Optional.ofNullable(this.enabled); }
    public Output<String> id() { return this.id; }
    public Optional<Output<String>> value() { return Optional.ofNullable(this.value); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationAppRoleArgs $ = new ApplicationAppRoleArgs();

        public Builder allowedMemberTypes(Output<List<String>> allowedMemberTypes) { $.allowedMemberTypes = allowedMemberTypes; return this; }
        public Builder allowedMemberTypes(List<String> allowedMemberTypes) { return allowedMemberTypes(Output.of(allowedMemberTypes)); }
        public Builder allowedMemberTypes(String... allowedMemberTypes) { return allowedMemberTypes(List.of(allowedMemberTypes)); }
        public Builder description(Output<String> description) { $.description = description; return this; }
        public Builder description(String description) { return description(Output.of(description)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder enabled(Output<Boolean> enabled) { $.enabled = enabled; return this; }
        public Builder enabled(Boolean enabled) { return enabled(Output.of(enabled)); }
        public Builder id(Output<String> id) { $.id = id; return this; }
        public Builder id(String id) { return id(Output.of(id)); }
        public Builder value(Output<String> value) { $.value = value; return this; }
        public Builder value(String value) { return value(Output.of(value)); }

        public ApplicationAppRoleArgs build() {
            if ($.allowedMemberTypes == null) throw new IllegalArgumentException("ApplicationAppRoleArgs: allowedMemberTypes is required");
            if ($.description == null) throw new IllegalArgumentException("ApplicationAppRoleArgs: description is required");
            if ($.displayName == null) throw new IllegalArgumentException("ApplicationAppRoleArgs: displayName is required");
            if ($.id == null) throw new IllegalArgumentException("ApplicationAppRoleArgs: id is required");
            return $;
        }
    }
}
