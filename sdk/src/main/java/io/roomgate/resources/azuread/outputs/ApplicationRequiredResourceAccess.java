package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationRequiredResourceAccess:ApplicationRequiredResourceAccess`. */
@CustomType
public final class ApplicationRequiredResourceAccess {
    private List<ApplicationRequiredResourceAccessResourceAccess> resourceAccesses;
    private String resourceAppId;

    private ApplicationRequiredResourceAccess() {}

    public List<ApplicationRequiredResourceAccessResourceAccess> resourceAccesses() { return this.resourceAccesses; }
    public String resourceAppId() { return this.resourceAppId; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationRequiredResourceAccess $ = new ApplicationRequiredResourceAccess();

        @CustomType.Setter("resourceAccesses")
        public Builder resourceAccesses(@Nullable List<ApplicationRequiredResourceAccessResourceAccess> resourceAccesses) { $.resourceAccesses = resourceAccesses; return this; }
        @CustomType.Setter("resourceAppId")
        public Builder resourceAppId(@Nullable String resourceAppId) { $.resourceAppId = resourceAppId; return this; }

        public ApplicationRequiredResourceAccess build() { return $; }
    }
}
