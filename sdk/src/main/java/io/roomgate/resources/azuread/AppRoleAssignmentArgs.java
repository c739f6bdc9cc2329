package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/appRoleAssignment:AppRoleAssignment`. */
public final class AppRoleAssignmentArgs extends ResourceArgs {
    public static final AppRoleAssignmentArgs Empty = new AppRoleAssignmentArgs();

    @Import(name = "appRoleId", required = true)
    private Output<String> appRoleId;

    @Import(name = "principalObjectId", required = true)
    private Output<String> principalObjectId;

    @Import(name = "resourceObjectId", required = true)
    private Output<String> resourceObjectId;

    public Output<String> appRoleId() { return this.appRoleId; }
    public Output<String> principalObjectId() { return this.principalObjectId; }
    public Output<String> resourceObjectId() { return this.resourceObjectId; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final AppRoleAssignmentArgs $ = new AppRoleAssignmentArgs();

        public Builder appRoleId(Output<String> appRoleId) { $.appRoleId = appRoleId; return this; }
        public Builder appRoleId(String appRoleId) { return appRoleId(Output.of(appRoleId)); }
        public Builder principalObjectId(Output<String> principalObjectId) { $.principalObjectId = principalObjectId; return this; }
        public Builder principalObjectId(String principalObjectId) { return principalObjectId(Output.of(principalObjectId)); }
        public Builder resourceObjectId(Output<String> resourceObjectId) { $.resourceObjectId = resourceObjectId; return this; }
        public Builder resourceObjectId(String resourceObjectId) { return resourceObjectId(Output.of(resourceObjectId)); }

        public AppRoleAssignmentArgs build() {
            if ($.appRoleId == null) throw new IllegalArgumentException("AppRoleAssignmentArgs: appRoleId is required");
            if ($.principalObjectId == null) throw new IllegalArgumentException("AppRoleAssignmentArgs: principalObjectId is required");
            if ($.resourceObjectId == null) throw new IllegalArgumentException("AppRoleAssignmentArgs: resourceObjectId is required");
            return $;
        }
    }
}
