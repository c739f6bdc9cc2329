package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Output shape of `azuread:index/getServicePrincipalAppRole:getServicePrincipalAppRole`. */
@CustomType
public final class GetServicePrincipalAppRole {
    private List<String> allowedMemberTypes;
    private String description;
    private String displayName;
    private Boolean enabled;
    private String id;
    private String value;

    private GetServicePrincipalAppRole() {}

    public List<String> allowedMemberTypes() { return this.allowedMemberTypes; }
    public String description() { return this.description; }
    public String displayName() { return this.displayName; }
    public Boolean enabled() { return this.enabled; }
    public String id() { return this.id; }
    public String value() { return this.value; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetServicePrincipalAppRole $ = new GetServicePrincipalAppRole();

        @CustomType.Setter("allowedMemberTypes")
        public Builder allowedMemberTypes(@Nullable List<String> allowedMemberTypes) { $.allowedMemberTypes = allowedMemberTypes; return this; }
        @CustomType.Setter("description")
        public Builder description(@Nullable String description) { $.description = description; return this; }
        @CustomType.Setter("displayName")
        public Builder displayName(@Nullable String displayName) { $.displayName = displayName; return this; }
        @CustomType.Setter("enabled")
        public Builder enabled(@Nullable Boolean enabled) { $.enabled = enabled; return this; }
        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("value")
        public Builder value(@Nullable String value) { $.value = value; return this; }

        public GetServicePrincipalAppRole build() { return $; }
    }
}
