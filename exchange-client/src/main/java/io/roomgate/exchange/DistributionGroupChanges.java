package io.roomgate.exchange;

import java.util.List;

/** Input of Set-DistributionGroup: only the non-null fields are sent, everything else is left as it is. */
public record DistributionGroupChanges(
        String name,
        String displayName,
        String primarySmtpAddress,
        List<String> owners,
        Boolean hiddenFromAddressListsEnabled) {
    public DistributionGroupChanges {
        owners = owners == null ? null : List.copyOf(owners);
    }

    public boolean isEmpty() {
        return name == null && displayName == null && primarySmtpAddress == null && owners == null
                && hiddenFromAddressListsEnabled == null;
    }
}
