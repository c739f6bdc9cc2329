package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Result of the function `azuread:index/getClientConfig:getClientConfig`. */
@CustomType
public final class GetClientConfigResult {
    private String clientId;
    private String id;
    private String objectId;
    private String tenantId;

    private GetClientConfigResult() {}

    public String clientId() { return this.clientId; }
    public String id() { return this.id; }
    public String objectId() { return this.objectId; }
    public String tenantId() { return this.tenantId; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetClientConfigResult $ = new GetClientConfigResult();

        @CustomType.Setter("clientId")
        public Builder clientId(@Nullable String clientId) { $.clientId = clientId; return this; }
        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("objectId")
        public Builder objectId(@Nullable String objectId) { $.objectId = objectId; return this; }
        @CustomType.Setter("tenantId")
        public Builder tenantId(@Nullable String tenantId) { $.tenantId = tenantId; return this; }

        public GetClientConfigResult build() { return $; }
    }
}
