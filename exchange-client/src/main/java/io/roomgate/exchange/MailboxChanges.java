package io.roomgate.exchange;

/** Input of Set-Mailbox: only the non-null fields are sent. */
public record MailboxChanges(String displayName, Boolean accountDisabled, String name, String alias) {
    public boolean isEmpty() {
        return displayName == null && accountDisabled == null && name == null && alias == null;
    }
}
