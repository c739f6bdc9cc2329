package io.roomgate.exchange;

import java.util.List;

/**
 * Input of New-DistributionGroup -Type Security. {@code displayName}, {@code primarySmtpAddress} may be null
 * (Exchange derives them); {@code owners} and {@code members} may be empty.
 */
public record NewSecurityGroup(
        String name,
        String alias,
        String displayName,
        String primarySmtpAddress,
        List<String> owners,
        List<String> members) {
    public NewSecurityGroup {
        owners = owners == null ? List.of() : List.copyOf(owners);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
