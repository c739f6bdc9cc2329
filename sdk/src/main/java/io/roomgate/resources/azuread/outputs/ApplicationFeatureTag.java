package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/ApplicationFeatureTag:ApplicationFeatureTag`. */
@CustomType
public final class ApplicationFeatureTag {
    private @Nullable Boolean customSingleSignOn;
    private @Nullable Boolean enterprise;
    private @Nullable Boolean gallery;
    private @Nullable Boolean hide;

    private ApplicationFeatureTag() {}

    public Optional<Boolean> customSingleSignOn() { return Optional.ofNullable(this.customSingleSignOn); }
    public Optional<Boolean> enterprise() { return Optional.ofNullable(this.enterprise); }
    public Optional<Boolean> gallery() { return Optional.ofNullable(this.gallery); }
    public Optional<Boolean> hide() { return Optional.ofNullable(this.hide); }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final ApplicationFeatureTag $ = new ApplicationFeatureTag();

        @CustomType.Setter("customSingleSignOn")
        public Builder customSingleSignOn(@Nullable Boolean customSingleSignOn) { $.customSingleSignOn = customSingleSignOn; return this; }
        @CustomType.Setter("enterprise")
        public Builder enterprise(@Nullable Boolean enterprise) { $.enterprise = enterprise; return this; }
        @CustomType.Setter("gallery")
        public Builder gallery(@Nullable Boolean gallery) { $.gallery = gallery; return this; }
        @CustomType.Setter("hide")
        public Builder hide(@Nullable Boolean hide) { $.hide = hide; return this; }

        public ApplicationFeatureTag build() { return $; }
    }
}
