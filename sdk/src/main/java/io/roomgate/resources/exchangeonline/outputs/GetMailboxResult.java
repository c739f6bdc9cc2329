package io.roomgate.resources.exchangeonline.outputs;

import com.pulumi.core.annotations.CustomType;
import java.util.Optional;
import javax.annotation.Nullable;

/** Result of the function `exchangeonline:index:getMailbox`. */
@CustomType
public final class GetMailboxResult {
    private String alias;
    private String displayName;
    private String distinguishedName;
    private String externalDirectoryObjectId;
    private String guid;
    private String primarySmtpAddress;
    private String recipientTypeDetails;

    private GetMailboxResult() {}

    public String alias() { return this.alias; }
    public String displayName() { return this.displayName; }
    public String distinguishedName() { return this.distinguishedName; }
    public String externalDirectoryObjectId() { return this.externalDirectoryObjectId; }
    public String guid() { return this.guid; }
    public String primarySmtpAddress() { return this.primarySmtpAddress; }
    public String recipientTypeDetails() { return this.recipientTypeDetails; }

    public static Builder builder() { return new Builder(); }

    @CustomType.Builder
    public static final class Builder {
        private final GetMailboxResult $ = new GetMailboxResult();

        @CustomType.Setter("alias")
        public Builder alias(@Nullable String alias) { $.alias = alias; return this; }
        @CustomType.Setter("displayName")
        public Builder displayName(@Nullable String displayName) { $.displayName = displayName; return this; }
        @CustomType.Setter("distinguishedName")
        public Builder distinguishedName(@Nullable String distinguishedName) { $.distinguishedName = distinguishedName; return this; }
        @CustomType.Setter("externalDirectoryObjectId")
        public Builder externalDirectoryObjectId(@Nullable String externalDirectoryObjectId) { $.externalDirectoryObjectId = externalDirectoryObjectId; return this; }
        @CustomType.Setter("guid")
        public Builder guid(@Nullable String guid) { $.guid = guid; return this; }
        @CustomType.Setter("primarySmtpAddress")
        public Builder primarySmtpAddress(@Nullable String primarySmtpAddress) { $.primarySmtpAddress = primarySmtpAddress; return this; }
        @CustomType.Setter("recipientTypeDetails")
        public Builder recipientTypeDetails(@Nullable String recipientTypeDetails) { $.recipientTypeDetails = recipientTypeDetails; return this; }

        public GetMailboxResult build() { return $; }
    }
}
