package io.roomgate.exchange;

import java.util.List;

/**
 * Input of Add-/Set-MailboxFolderPermission. {@code folder} is {@code <mailbox>:\<folder path>};
 * {@code sharingPermissionFlags} may be null or empty (only with {@code Editor} on a calendar).
 */
public record FolderPermissionGrant(
        String folder,
        String user,
        List<String> accessRights,
        List<String> sharingPermissionFlags) {
    public FolderPermissionGrant {
        accessRights = List.copyOf(accessRights);
        sharingPermissionFlags = sharingPermissionFlags == null ? List.of() : List.copyOf(sharingPermissionFlags);
    }
}
