package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:ApplicationAccessPolicy`. */
public final class ApplicationAccessPolicyArgs extends ResourceArgs {
    public static final ApplicationAccessPolicyArgs Empty = new ApplicationAccessPolicyArgs();

    @Import(name = "accessRight", required = true)
    private Output<String> accessRight;

    @Import(name = "appId", required = true)
    private Output<String> appId;

    @Import(name = "description", required = false)
    private @Nullable Output<String> description;

    @Import(name = "policyScopeGroupId", required = true)
    private Output<String> policyScopeGroupId;

    public Output<String> accessRight() { return this.accessRight; }
    public Output<String> appId() { return this.appId; }
    public Optional<Output<String>> description() { return Optional.ofNullable(this.description); }
    public Output<String> policyScopeGroupId() { return this.policyScopeGroupId; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationAccessPolicyArgs $ = new ApplicationAccessPolicyArgs();

        public Builder accessRight(Output<String> accessRight) { $.accessRight = accessRight; return this; }
        public Builder accessRight(String accessRight) { return accessRight(Output.of(accessRight)); }
        public Builder appId(Output<String> appId) { $.appId = appId; return this; }
        public Builder appId(String appId) { return appId(Output.of(appId)); }
        public Builder description(Output<String> description) { $.description = description; return this; }
        public Builder description(String description) { return description(Output.of(description)); }
        public Builder policyScopeGroupId(Output<String> policyScopeGroupId) { $.policyScopeGroupId = policyScopeGroupId; return this; }
        public Builder policyScopeGroupId(String policyScopeGroupId) { return policyScopeGroupId(Output.of(policyScopeGroupId)); }

        public ApplicationAccessPolicyArgs build() {
            if ($.accessRight == null) throw new IllegalArgumentException("ApplicationAccessPolicyArgs: accessRight is required");
            if ($.appId == null) throw new IllegalArgumentException("ApplicationAccessPolicyArgs: appId is required");
            if ($.policyScopeGroupId == null) throw new IllegalArgumentException("ApplicationAccessPolicyArgs: policyScopeGroupId is required");
            return $;
        }
    }
}
