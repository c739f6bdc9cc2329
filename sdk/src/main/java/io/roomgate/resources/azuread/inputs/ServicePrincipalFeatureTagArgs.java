package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ServicePrincipalFeatureTag:ServicePrincipalFeatureTag`. */
public final class ServicePrincipalFeatureTagArgs extends ResourceArgs {
    public static final ServicePrincipalFeatureTagArgs Empty = new ServicePrincipalFeatureTagArgs();

    @Import(name = "customSingleSignOn", required = false)
    private @Nullable Output<Boolean> customSingleSignOn;

    @Import(name = "enterprise", required = false)
    private @Nullable Output<Boolean> enterprise;

    @Import(name = "gallery", required = false)
    private @Nullable Output<Boolean> gallery;

    @Import(name = "hide", required = false)
    private @Nullable Output<Boolean> hide;

    public Optional<Output<Boolean>> customSingleSignOn() { return Optional.ofNullable(this.customSingleSignOn); }
    public Optional<Output<Boolean>> enterprise() { return Optional.ofNullable(this.enterprise); }
    public Optional<Output<Boolean>> gallery() { return Optional.ofNullable(this.gallery); }
    public Optional<Output<Boolean>> hide() { return Optional.ofNullable(this.hide); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalFeatureTagArgs $ = new ServicePrincipalFeatureTagArgs();

        public Builder customSingleSignOn(Output<Boolean> customSingleSignOn) { $.customSingleSignOn = customSingleSignOn; return this; }
        public Builder customSingleSignOn(Boolean customSingleSignOn) { return customSingleSignOn(Output.of(customSingleSignOn)); }
        public Builder enterprise(Output<Boolean> enterprise) { $.enterprise = enterprise; return this; }
        public Builder enterprise(Boolean enterprise) { return enterprise(Output.of(enterprise)); }
        public Builder gallery(Output<Boolean> gallery) { $.gallery = gallery; return this; }
        public Builder gallery(Boolean gallery) { return gallery(Output.of(gallery)); }
        public Builder hide(Output<Boolean> hide) { $.hide = hide; return this; }
        public Builder hide(Boolean hide) { return hide(Output.of(hide)); }

        public ServicePrincipalFeatureTagArgs build() {
            return $;
        }
    }
}
