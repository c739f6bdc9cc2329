package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:ManagementRoleAssignment`. */
public final class ManagementRoleAssignmentArgs extends ResourceArgs {
    public static final ManagementRoleAssignmentArgs Empty = new ManagementRoleAssignmentArgs();

    @Import(name = "app", required = true)
    private Output<String> app;

    @Import(name = "customResourceScope", required = true)
    private Output<String> customResourceScope;

    @Import(name = "name", required = true)
    private Output<String> name;

    @Import(name = "role", required = true)
    private Output<String> role;

    public Output<String> app() { return this.app; }
    public Output<String> customResourceScope() { return this.customResourceScope; }
    public Output<String> name() { return this.name; }
    public Output<String> role() { return this.role; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ManagementRoleAssignmentArgs $ = new ManagementRoleAssignmentArgs();

        public Builder app(Output<String> app) { $.app = app; return this; }
        public Builder app(String app) { return app(Output.of(app)); }
        public Builder customResourceScope(Output<String> customResourceScope) { $.customResourceScope = customResourceScope; return this; }
        public Builder customResourceScope(String customResourceScope) { return customResourceScope(Output.of(customResourceScope)); }
        public Builder name(Output<String> name) { $.name = name; return this; }
        public Builder name(String name) { return name(Output.of(name)); }
        public Builder role(Output<String> role) { $.role = role; return this; }
        public Builder role(String role) { return role(Output.of(role)); }

        public ManagementRoleAssignmentArgs build() {
            if ($.app == null) throw new IllegalArgumentException("ManagementRoleAssignmentArgs: app is required");
            if ($.customResourceScope == null) throw new IllegalArgumentException("ManagementRoleAssignmentArgs: customResourceScope is required");
            if ($.name == null) throw new IllegalArgumentException("ManagementRoleAssignmentArgs: name is required");
            if ($.role == null) throw new IllegalArgumentException("ManagementRoleAssignmentArgs: role is required");
            return $;
        }
    }
}
