package io.roomgate.exchange;

/** A recipient as Get-DistributionGroupMember lists it. */
public record Recipient(
        String guid,
        String identity,
        String name,
        String displayName,
        String primarySmtpAddress,
        String recipientTypeDetails) {
}
