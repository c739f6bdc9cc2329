package io.roomgate.exchange;

import java.util.List;

/** A distribution group or mail-enabled security group as Get-/New-DistributionGroup return it. */
public record DistributionGroup(
        String guid,
        String identity,
        String name,
        String alias,
        String displayName,
        String primarySmtpAddress,
        String distinguishedName,
        String externalDirectoryObjectId,
        List<String> managedBy,
        Boolean hiddenFromAddressListsEnabled,
        String recipientTypeDetails,
        String groupType) {
    public DistributionGroup {
        managedBy = managedBy == null ? List.of() : List.copyOf(managedBy);
    }

    /** True for a mail-enabled security group ({@code MailUniversalSecurityGroup}). */
    public boolean isSecurityGroup() {
        return "MailUniversalSecurityGroup".equalsIgnoreCase(recipientTypeDetails)
                || (groupType != null && groupType.contains("SecurityEnabled"));
    }
}
