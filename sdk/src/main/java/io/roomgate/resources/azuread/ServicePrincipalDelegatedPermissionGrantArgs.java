package io.roomgate.resources.azuread;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Inputs of `azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant`. */
public final class ServicePrincipalDelegatedPermissionGrantArgs extends ResourceArgs {
    public static final ServicePrincipalDelegatedPermissionGrantArgs Empty = new ServicePrincipalDelegatedPermissionGrantArgs();

    @Import(name = "claimValues", required = true)
    private Output<List<String>> claimValues;

    @Import(name = "resourceServicePrincipalObjectId", required = true)
    private Output<String> resourceServicePrincipalObjectId;

    @Import(name = "servicePrincipalObjectId", required = true)
    private Output<String> servicePrincipalObjectId;

    @Import(name = "userObjectId", required = false)
    private @Nullable Output<String> userObjectId;

    public Output<List<String>> claimValues() { return this.claimValues; }
    public Output<String> resourceServicePrincipalObjectId() { return this.resourceServicePrincipalObjectId; }
    public Output<String> servicePrincipalObjectId() { return this.servicePrincipalObjectId; }
    public Optional<Output<String>> userObjectId() { return Optional.ofNullable(this.userObjectId); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalDelegatedPermissionGrantArgs $ = new ServicePrincipalDelegatedPermissionGrantArgs();

        public Builder claimValues(Output<List<String>> claimValues) { $.claimValues = claimValues; return this; }
        public Builder claimValues(List<String> claimValues) { return claimValues(Output.of(claimValues)); }
        public Builder claimValues(String... claimValues) { return claimValues(List.of(claimValues)); }
        public Builder resourceServicePrincipalObjectId(Output<String> resourceServicePrincipalObjectId) { $.resourceServicePrincipalObjectId = resourceServicePrincipalObjectId; return this; }
        public Builder resourceServicePrincipalObjectId(String resourceServicePrincipalObjectId) { return resourceServicePrincipalObjectId(Output.of(resourceServicePrincipalObjectId)); }
        public Builder servicePrincipalObjectId(Output<String> servicePrincipalObjectId) { $.servicePrincipalObjectId = servicePrincipalObjectId; return this; }
        public Builder servicePrincipalObjectId(String servicePrincipalObjectId) { return servicePrincipalObjectId(Output.of(servicePrincipalObjectId)); }
        public Builder userObjectId(Output<String> userObjectId) { $.userObjectId = userObjectId; return this; }
        public Builder userObjectId(String userObjectId) { return userObjectId(Output.of(userObjectId)); }

        public ServicePrincipalDelegatedPermissionGrantArgs build() {
            if ($.claimValues == null) throw new IllegalArgumentException("ServicePrincipalDelegatedPermissionGrantArgs: claimValues is required");
            if ($.resourceServicePrincipalObjectId == null) throw new IllegalArgumentException("ServicePrincipalDelegatedPermissionGrantArgs: resourceServicePrincipalObjectId is required");
            if ($.servicePrincipalObjectId == null) throw new IllegalArgumentException("ServicePrincipalDelegatedPermissionGrantArgs: servicePrincipalObjectId is required");
            return $;
        }
    }
}
