package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ServicePrincipalSamlSingleSignOn:ServicePrincipalSamlSingleSignOn`. */
public final class ServicePrincipalSamlSingleSignOnArgs extends ResourceArgs {
    public static final ServicePrincipalSamlSingleSignOnArgs Empty = new ServicePrincipalSamlSingleSignOnArgs();

    @Import(name = "relayState", required = false)
    private @Nullable Output<String> relayState;

    public Optional<Output<String>> relayState() { return Optional.ofNullable(this.relayState); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalSamlSingleSignOnArgs $ = new ServicePrincipalSamlSingleSignOnArgs();

        public Builder relayState(Output<String> relayState) { $.relayState = relayState; return this; }
        public Builder relayState(String relayState) { return relayState(Output.of(relayState)); }

        public ServicePrincipalSamlSingleSignOnArgs build() {
            return $;
        }
    }
}
