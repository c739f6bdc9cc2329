package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/getServicePrincipalSamlSingleSignOn:getServicePrincipalSamlSingleSignOn`. */
@CustomType
public final class GetServicePrincipalSamlSingleSignOn {
    private String relayState;

    private GetServicePrincipalSamlSingleSignOn() {}

    public String relayState() { return this.relayState; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetServicePrincipalSamlSingleSignOn $ = new GetServicePrincipalSamlSingleSignOn();

        @CustomType.Setter("relayState")
        public Builder relayState(@Nullable String relayState) { $.relayState = relayState; return this; }

        public GetServicePrincipalSamlSingleSignOn build() { return $; }
    }
}
