package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Arguments of the function `azuread:index/getServicePrincipal:getServicePrincipal`. */
public final class GetServicePrincipalArgs extends InvokeArgs {
    public static final GetServicePrincipalArgs Empty = new GetServicePrincipalArgs();

    @Import(name = "clientId", required = false)
    private @Nullable Output<String> clientId;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "objectId", required = false)
    private @Nullable Output<String> objectId;

    public Optional<Output<String>> clientId() { return Optional.ofNullable(this.clientId); }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Optional<Output<String>> objectId() { return Optional.ofNullable(this.objectId); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GetServicePrincipalArgs $ = new GetServicePrincipalArgs();

        public Builder clientId(Output<String> clientId) { $.clientId = clientId; return this; }
        public Builder clientId(String clientId) { return clientId(Output.of(clientId)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder objectId(Output<String> objectId) { $.objectId = objectId; return this; }
        public Builder objectId(String objectId) { return objectId(Output.of(objectId)); }

        public GetServicePrincipalArgs build() {
            return $;
        }
    }
}
