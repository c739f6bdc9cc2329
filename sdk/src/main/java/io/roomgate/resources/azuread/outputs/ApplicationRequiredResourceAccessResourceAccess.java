package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationRequiredResourceAccessResourceAccess:ApplicationRequiredResourceAccessResourceAccess`. */
@CustomType
public final class ApplicationRequiredResourceAccessResourceAccess {
    private String id;
    private String type;

    private ApplicationRequiredResourceAccessResourceAccess() {}

    public String id() { return this.id; }
    public String type() { return this.type; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationRequiredResourceAccessResourceAccess $ = new ApplicationRequiredResourceAccessResourceAccess();

        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("type")
        public Builder type(@Nullable String type) { $.type = type; return this; }

        public ApplicationRequiredResourceAccessResourceAccess build() { return $; }
    }
}
