package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import io.roomgate.resources.azuread.inputs.*;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationRequiredResourceAccess:ApplicationRequiredResourceAccess`. */
public final class ApplicationRequiredResourceAccessArgs extends ResourceArgs {
    public static final ApplicationRequiredResourceAccessArgs Empty = new ApplicationRequiredResourceAccessArgs();

    @Import(name = "resourceAccesses", required = true)
    private Output<List<ApplicationRequiredResourceAccessResourceAccessArgs>> resourceAccesses;

    @Import(name = "resourceAppId", required = true)
    private Output<String> resourceAppId;

    public Output<List<ApplicationRequiredResourceAccessResourceAccessArgs>> resourceAccesses() { return this.resourceAccesses; }
    public Output<String> resourceAppId() { return this.resourceAppId; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationRequiredResourceAccessArgs $ = new ApplicationRequiredResourceAccessArgs();

        public Builder resourceAccesses(Output<List<ApplicationRequiredResourceAccessResourceAccessArgs>> resourceAccesses) { $.resourceAccesses = resourceAccesses; return this; }
        public Builder resourceAccesses(List<ApplicationRequiredResourceAccessResourceAccessArgs> resourceAccesses) { return resourceAccesses(Output.of(resourceAccesses)); }
        public Builder resourceAccesses(ApplicationRequiredResourceAccessResourceAccessArgs... resourceAccesses) { return resourceAccesses(List.of(resourceAccesses)); }
        public Builder resourceAppId(Output<String> resourceAppId) { $.resourceAppId = resourceAppId; return this; }
        public Builder resourceAppId(String resourceAppId) { return resourceAppId(Output.of(resourceAppId)); }

        public ApplicationRequiredResourceAccessArgs build() {
            if ($.resourceAccesses == null) throw new IllegalArgumentException("ApplicationRequiredResourceAccessArgs: resourceAccesses is required");
            if ($.resourceAppId == null) throw new IllegalArgumentException("ApplicationRequiredResourceAccessArgs: resourceAppId is required");
            return $;
        }
    }
}
