package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ServicePrincipalFeature:ServicePrincipalFeature`. */
@CustomType
public final class ServicePrincipalFeature {
    private @Nullable Boolean customSingleSignOnApp;
    private @Nullable Boolean enterpriseApplication;
    private @Nullable Boolean galleryApplication;
    private @Nullable Boolean visibleToUsers;

    private ServicePrincipalFeature() {}

    public Optional<Boolean> customSingleSignOnApp() { return Optional.ofNullable(this.customSingleSignOnApp); }
    public Optional<Boolean> enterpriseApplication() { return Optional.ofNullable(this.enterpriseApplication); }
    public Optional<Boolean> galleryApplication() { return Optional.ofNullable(this.galleryApplication); }
    public Optional<Boolean> visibleToUsers() { return Optional.ofNullable(this.visibleToUsers); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ServicePrincipalFeature $ = new ServicePrincipalFeature();

        @CustomType.Setter("customSingleSignOnApp")
        public Builder customSingleSignOnApp(@Nullable Boolean customSingleSignOnApp) { $.customSingleSignOnApp = customSingleSignOnApp; return this; }
        @CustomType.Setter("enterpriseApplication")
        public Builder enterpriseApplication(@Nullable Boolean enterpriseApplication) { $.enterpriseApplication = enterpriseApplication; return this; }
        @CustomType.Setter("galleryApplication")
        public Builder galleryApplication(@Nullable Boolean galleryApplication) { $.galleryApplication = galleryApplication; return this; }
        @CustomType.Setter("visibleToUsers")
        public Builder visibleToUsers(@Nullable Boolean visibleToUsers) { $.visibleToUsers = visibleToUsers; return this; }

        public ServicePrincipalFeature build() { return $; }
    }
}
