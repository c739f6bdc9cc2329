package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationApiOauth2PermissionScope:ApplicationApiOauth2PermissionScope`. */
public final class ApplicationApiOauth2PermissionScopeArgs extends ResourceArgs {
    public static final ApplicationApiOauth2PermissionScopeArgs Empty = new ApplicationApiOauth2PermissionScopeArgs();

    @Import(name = "adminConsentDescription", required = false)
    private @Nullable Output<String> adminConsentDescription;

    @Import(name = "adminConsentDisplayName", required = false)
    private @Nullable Output<String> adminConsentDisplayName;

    @Import(name = "enabled", required = false)
    private @Nullable Output<Boolean> enabled;

    @Import(name = "id", required = true)
    private Output<String> id;

    @Import(name = "type", required = false)
    private @Nullable Output<String> type;

    @Import(name = "userConsentDescription", required = false)
    private @Nullable Output<String> userConsentDescription;

    @Import(name = "userConsentDisplayName", required = false)
    private @Nullable Output<String> userConsentDisplayName;

    @Import(name = "value", required = false)
    private @Nullable Output<String> value;

    public Optional<Output<String>> adminConsentDescription() { return Optional.ofNullable(this.adminConsentDescription); }
    public Optional<Output<String>> adminConsentDisplayName() { return Optional.ofNullable(this.adminConsentDisplayName); }
    public Optional<Output<Boolean>> enabled() { return Optional.ofNullable(this.enabled); }
    public Output<String> id() { return this.id; }
    public Optional<Output<String>> type() { return Optional.ofNullable(this.type); }
    public Optional<Output<String>> userConsentDescription() { return Optional.ofNullable(this.userConsentDescription); }
    public Optional<Output<String>> userConsentDisplayName() { return Optional.ofNullable(this.userConsentDisplayName); }
    public Optional<Output<String>> value() { return Optional.ofNullable(this.value); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationApiOauth2PermissionScopeArgs $ = new ApplicationApiOauth2PermissionScopeArgs();

        public Builder adminConsentDescription(Output<String> adminConsentDescription) { $.adminConsentDescription = adminConsentDescription; return this; }
        public Builder adminConsentDescription(String adminConsentDescription) { return adminConsentDescription(Output.of(adminConsentDescription)); }
        public Builder adminConsentDisplayName(Output<String> adminConsentDisplayName) { $.adminConsentDisplayName = adminConsentDisplayName; return this; }
        public Builder adminConsentDisplayName(String adminConsentDisplayName) { return adminConsentDisplayName(Output.of(adminConsentDisplayName)); }
        public Builder enabled(Output<Boolean> enabled) { $.enabled = enabled; return this; }
        public Builder enabled(Boolean enabled) { return enabled(Output.of(enabled)); }
        public Builder id(Output<String> id) { $.id = id; return this; }
        public Builder id(String id) { return id(Output.of(id)); }
        public Builder type(Output<String> type) { $.type = type; return this; }
        public Builder type(String type) { return type(Output.of(type)); }
        public Builder userConsentDescription(Output<String> userConsentDescription) { $.userConsentDescription = userConsentDescription; return this; }
        public Builder userConsentDescription(String userConsentDescription) { return userConsentDescription(Output.of(userConsentDescription)); }
        public Builder userConsentDisplayName(Output<String> userConsentDisplayName) { $.userConsentDisplayName = userConsentDisplayName; return this; }
        public Builder userConsentDisplayName(String userConsentDisplayName) { return userConsentDisplayName(Output.of(userConsentDisplayName)); }
        public Builder value(Output<String> value) { $.value = value; return this; }
        public Builder value(String value) { return value(Output.of(value)); }

        public ApplicationApiOauth2PermissionScopeArgs build() {
            if ($.id == null) throw new IllegalArgumentException("ApplicationApiOauth2PermissionScopeArgs: id is required");
            return $;
        }
    }
}
