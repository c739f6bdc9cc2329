package io.roomgate.exchange;

import java.util.List;

/** One entry of Get-MailboxFolderPermission, e.g. on {@code room1@contoso.com:\Calendar}. */
public record MailboxFolderPermission(
        String identity,
        String folderName,
        String user,
        List<String> accessRights,
        List<String> sharingPermissionFlags) {
    public MailboxFolderPermission {
        accessRights = accessRights == null ? List.of() : List.copyOf(accessRights);
        sharingPermissionFlags = sharingPermissionFlags == null ? List.of() : List.copyOf(sharingPermissionFlags);
    }
}
