package io.roomgate.resources.azuread.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Input shape of `azuread:index/ApplicationRequiredResourceAccessResourceAccess:ApplicationRequiredResourceAccessResourceAccess`. */
public final class ApplicationRequiredResourceAccessResourceAccessArgs extends ResourceArgs {
    public static final ApplicationRequiredResourceAccessResourceAccessArgs Empty = new ApplicationRequiredResourceAccessResourceAccessArgs();

    @Import(name = "id", required = true)
    private Output<String> id;

    @Import(name = "type", required = true)
    private Output<String> type;

    public Output<String> id() { return this.id; }
    public Output<String> type() { return this.type; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final ApplicationRequiredResourceAccessResourceAccessArgs $ = new ApplicationRequiredResourceAccessResourceAccessArgs();

        public Builder id(Output<String> id) { $.id = id; return this; }
        public Builder id(String id) { return id(Output.of(id)); }
        public Builder type(Output<String> type) { $.type = type; return this; }
        public Builder type(String type) { return type(Output.of(type)); }

        public ApplicationRequiredResourceAccessResourceAccessArgs build() {
            if ($.id == null) throw new IllegalArgumentException("ApplicationRequiredResourceAccessResourceAccessArgs: id is required");
            if ($.type == null) throw new IllegalArgumentException("ApplicationRequiredResourceAccessResourceAccessArgs: type is required");
            return $;
        }
    }
}
