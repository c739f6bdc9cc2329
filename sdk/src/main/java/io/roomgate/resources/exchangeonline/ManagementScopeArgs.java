package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:ManagementScope`. */
public final class ManagementScopeArgs extends ResourceArgs {
    public static final ManagementScopeArgs Empty = new ManagementScopeArgs();

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "recipientRestrictionFilter", required = true)
    private Output<String> recipientRestrictionFilter;

    public Output<String> name() { return this.name; }
    public Output<String> recipientRestrictionFilter() { return this.recipientRestrictionFilter; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ManagementScopeArgs $ = new ManagementScopeArgs();

        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        public Builder recipientRestrictionFilter(Output<String> recipientRestrictionFilter) { $.recipientRestrictionFilter = recipientRestrictionFilter; return this; }
        public Builder recipientRestrictionFilter(String recipientRestrictionFilter) { return recipientRestrictionFilter(Output.of(recipientRestrictionFilter)); }

        public ManagementScopeArgs build() {
            if ($.name == null) throw new IllegalArgumentException("ManagementScopeArgs: name is required");
            if ($.recipientRestrictionFilter == null) throw new IllegalArgumentException("ManagementScopeArgs: recipientRestrictionFilter is required");
            return $;
        }
    }
}
