package io.roomgate.exchange;

/** A mailbox as Get-Mailbox returns it (the properties roomgate uses). */
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
        Integer resourceCapacity) {

    public boolean isRoom() {
        return "RoomMailbox".equalsIgnoreCase(recipientTypeDetails);
    }
}
