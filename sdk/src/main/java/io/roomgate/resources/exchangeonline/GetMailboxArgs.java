package io.roomgate.resources.exchangeonline;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;
import javax.annotation.Nullable;

/** Arguments of the function `exchangeonline:index:getMailbox`. */
public final class GetMailboxArgs extends InvokeArgs {
    public static final GetMailboxArgs Empty = new GetMailboxArgs();

    @Import(name = "identity", required = true)
    private Output<String> identity;

    public Output<String> identity() { return this.identity; }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final GetMailboxArgs $ = new GetMailboxArgs();

        public Builder identity(Output<String> identity) { $.identity = identity; return this; }
        public Builder identity(String identity) { return identity(Output.of(identity)); }

        public GetMailboxArgs build() {
            if ($.identity == null) throw new IllegalArgumentException("GetMailboxArgs: identity is required");
            return $;
        }
    }
}
