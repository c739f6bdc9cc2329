package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ServicePrincipalSamlSingleSignOn:ServicePrincipalSamlSingleSignOn`. */
@CustomType
public final class ServicePrincipalSamlSingleSignOn {
    private @Nullable String relayState;

    private ServicePrincipalSamlSingleSignOn() {}

    public Optional<String> relayState() { return Optional.ofNullable(this.relayState); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ServicePrincipalSamlSingleSignOn $ = new ServicePrincipalSamlSingleSignOn();

        @CustomType.Setter("relayState")
        public Builder relayState(@Nullable String relayState) { $.relayState = relayState; return this; }

        public ServicePrincipalSamlSingleSignOn build() { return $; }
    }
}
