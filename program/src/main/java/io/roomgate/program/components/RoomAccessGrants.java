package io.roomgate.program.components;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.roomgate.program.config.FolderRole;
import io.roomgate.resources.exchangeonline.MailboxFolderPermission;
import io.roomgate.resources.exchangeonline.MailboxFolderPermissionArgs;
import io.roomgate.resources.exchangeonline.MailboxPermission;
import io.roomgate.resources.exchangeonline.MailboxPermissionArgs;

import java.util.Locale;
import java.util.Optional;

/** A person's (or group's) access to one room: FullAccess to the mailbox, or a role on its calendar folder. */
final class RoomAccessGrants {
    private RoomAccessGrants() {}

    static String calendarFolder(String room) {
        return room + ":\\Calendar";
    }

    /**
     * @param folderRole empty for FullAccess (without auto-mapping, so a group's members do not all get the
     *                   room mailbox opened in Outlook)
     */
    static CustomResource declare(String name, String room, Output<String> user, Optional<FolderRole> folderRole,
                                  CustomResourceOptions options) {
        String resourceName = name + "-" + room.toLowerCase(Locale.ROOT);
        if (folderRole.isEmpty()) {
            return new MailboxPermission(resourceName, MailboxPermissionArgs.builder()
                    .identity(room)
                    .user(user)
                    .accessRights("FullAccess")
                    .inheritanceType("All")
                    .autoMapping(false)
                    .build(), options);
        }
        return new MailboxFolderPermission(resourceName, MailboxFolderPermissionArgs.builder()
                .identity(calendarFolder(room))
                .user(user)
                .accessRights(folderRole.get().name())
                .build(), options);
    }
}
