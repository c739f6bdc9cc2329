package io.roomgate.exchange;

/**
 * Input of New-Mailbox -Room. {@code displayName} and {@code primarySmtpAddress} may be null (Exchange derives them
 * from the name and the alias); {@code resourceCapacity} may be null.
 */
public record NewRoomMailbox(String name, String alias, String displayName, String primarySmtpAddress,
                             Integer resourceCapacity) {
}
