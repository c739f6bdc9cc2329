package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/getServicePrincipalFeature:getServicePrincipalFeature`. */
@CustomType
public final class GetServicePrincipalFeature {
    private Boolean customSingleSignOnApp;
    private Boolean enterpriseApplication;
    private Boolean galleryApplication;
    private Boolean visibleToUsers;

    private GetServicePrincipalFeature() {}

    public Boolean customSingleSignOnApp() { return this.customSingleSignOnApp; }
    public Boolean enterpriseApplication() { return this.enterpriseApplication; }
    public Boolean galleryApplication() { return this.galleryApplication; }
    public Boolean visibleToUsers() { return this.visibleToUsers; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetServicePrincipalFeature $ = new GetServicePrincipalFeature();

        @CustomType.Setter("customSingleSignOnApp")
        public Builder customSingleSignOnApp(@Nullable Boolean customSingleSignOnApp) { $.customSingleSignOnApp = customSingleSignOnApp; return this; }
        @CustomType.Setter("enterpriseApplication")
        public Builder enterpriseApplication(@Nullable Boolean enterpriseApplication) { $.enterpriseApplication = enterpriseApplication; return this; }
        @CustomType.Setter("galleryApplication")
        public Builder galleryApplication(@Nullable Boolean galleryApplication) { $.galleryApplication = galleryApplication; return this; }
        @CustomType.Setter("visibleToUsers")
        public Builder visibleToUsers(@Nullable Boolean visibleToUsers) { $.visibleToUsers = visibleToUsers; return this; }

        public GetServicePrincipalFeature build() { return $; }
    }
}
