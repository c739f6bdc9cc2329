package io.roomgate.exchange;

import java.util.List;

/** One access control entry of Get-MailboxPermission. */
public record MailboxPermission(
        String identity,
        String user,
        List<String> accessRights,
        String inheritanceType,
        Boolean isInherited,
        Boolean deny) {
    public MailboxPermission {
        accessRights = accessRights == null ? List.of() : List.copyOf(accessRights);
    }
}
