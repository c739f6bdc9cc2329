package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/getServicePrincipalFeatureTag:getServicePrincipalFeatureTag`. */
@CustomType
public final class GetServicePrincipalFeatureTag {
    private Boolean customSingleSignOn;
    private Boolean enterprise;
    private Boolean gallery;
    private Boolean hide;

    private GetServicePrincipalFeatureTag() {}

    public Boolean customSingleSignOn() { return this.customSingleSignOn; }
    public Boolean enterprise() { return this.enterprise; }
    public Boolean gallery() { return this.gallery; }
    public Boolean hide() { return this.hide; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetServicePrincipalFeatureTag $ = new GetServicePrincipalFeatureTag();

        @CustomType.Setter("customSingleSignOn")
        public Builder customSingleSignOn(@Nullable Boolean customSingleSignOn) { $.customSingleSignOn = customSingleSignOn; return this; }
        @CustomType.Setter("enterprise")
        public Builder enterprise(@Nullable Boolean enterprise) { $.enterprise = enterprise; return this; }
        @CustomType.Setter("gallery")
        public Builder gallery(@Nullable Boolean gallery) { $.gallery = gallery; return this; }
        @CustomType.Setter("hide")
        public Builder hide(@Nullable Boolean hide) { $.hide = hide; return this; }

        public GetServicePrincipalFeatureTag build() { return $; }
    }
}
