package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/GroupDynamicMembership:GroupDynamicMembership`. */
@CustomType
public final class GroupDynamicMembership {
    private Boolean enabled;
    private String rule;

    private GroupDynamicMembership() {}

    public Boolean enabled() { return this.enabled; }
    public String rule() { return this.rule; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GroupDynamicMembership $ = new GroupDynamicMembership();

        @CustomType.Setter("enabled")
        public Builder enabled(@Nullable Boolean enabled) { $.enabled = enabled; return this; }
        @CustomType.Setter("rule")
        public Builder rule(@Nullable String rule) { $.rule = rule; return this; }

        public GroupDynamicMembership build() { return $; }
    }
}
