package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/GroupDynamicMembership:GroupDynamicMembership`. */
public final class GroupDynamicMembershipArgs extends ResourceArgs {
    public static final GroupDynamicMembershipArgs Empty = new GroupDynamicMembershipArgs();

    @Import(name = "enabled", required = true)
    private Output<Boolean> enabled;

    @Import(name = "rule", required = true)
    private Output<String> rule;

    public Output<Boolean> enabled() { return this.enabled; }
    public Output<String> rule() { return this.rule; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GroupDynamicMembershipArgs $ = new GroupDynamicMembershipArgs();

        public Builder enabled(Output<Boolean> enabled) { $.enabled = enabled; return this; }
        public Builder enabled(Boolean enabled) { return enabled(Output.of(enabled)); }
        public Builder rule(Output<String> rule) { $.rule = rule; return this; }
        public Builder rule(String rule) { return rule(Output.of(rule)); }

        public GroupDynamicMembershipArgs build() {
            if ($.enabled == null) throw new IllegalArgumentException("GroupDynamicMembershipArgs: enabled is required");
            if ($.rule == null) throw new IllegalArgumentException("GroupDynamicMembershipArgs: rule is required");
            return $;
        }
    }
}
