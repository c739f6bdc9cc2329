package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ServicePrincipalFeature:ServicePrincipalFeature`. */
public final class ServicePrincipalFeatureArgs extends ResourceArgs {
    public static final ServicePrincipalFeatureArgs Empty = new ServicePrincipalFeatureArgs();

    @Import(name = "customSingleSignOnApp", required = false)
    private @Nullable Output<Boolean> customSingleSignOnApp;

    @Import(name = "enterpriseApplication", required = false)
    private @Nullable Output<Boolean> enterpriseApplication;

    @Import(name = "galleryApplication", required = false)
    private @Nullable Output<Boolean> galleryApplication;

    @Import(name = "visibleToUsers", required = false)
    private @Nullable Output<Boolean> visibleToUsers;

    public Optional<Output<Boolean>> customSingleSignOnApp() { return Optional.ofNullable(this.customSingleSignOnApp); }
    public Optional<Output<Boolean>> enterpriseApplication() { return Optional.ofNullable(this.enterpriseApplication); }
    public Optional<Output<Boolean>> galleryApplication() { return Optional.ofNullable(this.galleryApplication); }
    public Optional<Output<Boolean>> visibleToUsers() { return Optional.ofNullable(this.visibleToUsers); }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ServicePrincipalFeatureArgs $ = new ServicePrincipalFeatureArgs();

        public Builder customSingleSignOnApp(Output<Boolean> customSingleSignOnApp) { $.customSingleSignOnApp = customSingleSignOnApp; return this; }
        public Builder customSingleSignOnApp(Boolean customSingleSignOnApp) { return customSingleSignOnApp(Output.of(customSingleSignOnApp)); }
        public Builder enterpriseApplication(Output<Boolean> enterpriseApplication) { $.enterpriseApplication = enterpriseApplication; return this; }
        public Builder enterpriseApplication(Boolean enterpriseApplication) { return enterpriseApplication(Output.of(enterpriseApplication)); }
        public Builder galleryApplication(Output<Boolean> galleryApplication) { $.galleryApplication = galleryApplication; return this; }
        public Builder galleryApplication(Boolean galleryApplication) { return galleryApplication(Output.of(galleryApplication)); }
        public Builder visibleToUsers(Output<Boolean> visibleToUsers) { $.visibleToUsers = visibleToUsers; return this; }
        public Builder visibleToUsers(Boolean visibleToUsers) { return visibleToUsers(Output.of(visibleToUsers)); }

        public ServicePrincipalFeatureArgs build() {
            return $;
        }
    }
}
