package io.roomgate.exchange;

import java.util.List;

/**
 * Input of Add-MailboxPermission. {@code inheritanceType} (default {@code All}) and {@code autoMapping} may be null
 * to leave Exchange's default.
 */
public record NewMailboxPermission(
        String mailbox,
        String user,
        List<String> accessRights,
        String inheritanceType,
        Boolean autoMapping) {
    public NewMailboxPermission {
        accessRights = List.copyOf(accessRights);
    }
}
