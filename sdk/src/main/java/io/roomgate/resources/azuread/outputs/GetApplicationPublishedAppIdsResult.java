package io.roomgate.resources.azuread.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/** Result of the function `azuread:index/getApplicationPublishedAppIds:getApplicationPublishedAppIds`. */
@CustomType
public final class GetApplicationPublishedAppIdsResult {
    private String id;
    private Map<String, String> result;

    private GetApplicationPublishedAppIdsResult() {}

    public String id() { return this.id; }
    public Map<String, String> result() { return this.result; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetApplicationPublishedAppIdsResult $ = new GetApplicationPublishedAppIdsResult();

        @CustomType.Setter("id")
        public Builder id(@Nullable String id) { $.id = id; return this; }
        @CustomType.Setter("result")
        public Builder result(@Nullable Map<String, String> result) { $.result = result; return this; }

        public GetApplicationPublishedAppIdsResult build() { return $; }
    }
}
