package io.roomgate.exchange;

/**
 * A mailbox as Get-Mailbox returns it (the properties roomgate uses). {@code accountDisabled} says whether the
 * mailbox's account is blocked from signing in (null when Exchange did not say).
 */
public record Mailbox(
        String guid,
        String identity,
        String alias,
        String displayName,
        String primarySmtpAddress,
        String recipientTypeDetails,
        String distinguishedName,
        String externalDirectoryObjectId,
        String office,
        Integer resourceCapacity,
        String name,
        Boolean accountDisabled) {

    public boolean isRoom() {
        return "RoomMailbox".equalsIgnoreCase(recipientTypeDetails);
    }

    public boolean isUserMailbox() {
        return "UserMailbox".equalsIgnoreCase(recipientTypeDetails);
    }
}
