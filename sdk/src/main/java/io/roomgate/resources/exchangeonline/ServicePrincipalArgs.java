package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `exchangeonline:index:ServicePrincipal`. */
public final class ServicePrincipalArgs extends ResourceArgs {
    public static final ServicePrincipalArgs Empty = new ServicePrincipalArgs();

    @Import(name = "appId", required = true)
    private Output<String> appId;

    @Import(name = "displayName", required = false)
    private @Nullable Output<String> displayName;

    @Import(name = "objectId", required = true)
    private Output<String> objectId;

    public Output<String> appId() { return this.appId; }
    public Optional<Output<String>> displayName() { return Optional.ofNullable(this.displayName); }
    public Output<String> objectId() { return this.objectId; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalArgs $ = new ServicePrincipalArgs();

        public Builder appId(Output<String> appId) { $.appId = appId; return this; }
        public Builder appId(String appId) { return appId(Output.of(appId)); }
        public Builder displayName(Output<String> displayName) { $.displayName = displayName; return this; }
        public Builder displayName(String displayName) { return displayName(Output.of(displayName)); }
        public Builder objectId(Output<String> objectId) { $.objectId = objectId; return this; }
        public Builder objectId(String objectId) { return objectId(Output.of(objectId)); }

        public ServicePrincipalArgs build() {
            if ($.appId == null) throw new IllegalArgumentException("ServicePrincipalArgs: appId is required");
            if ($.objectId == null) throw new IllegalArgumentException("ServicePrincipalArgs: objectId is required");
            return $;
        }
    }
}
