package io.roomgate.localtenant.tenant;

import java.util.ArrayList;
import java.util.List;

/** One entry of a mailbox folder's permission table. */
public final class FolderPermissionEntry {
    /** "Default", "Anonymous", or a recipient Guid. */
    public String user;
    public List<String> accessRights = new ArrayList<>();
    public List<String> sharingPermissionFlags = new ArrayList<>();

    public FolderPermissionEntry() {
    }

    public FolderPermissionEntry(String user, List<String> accessRights, List<String> sharingPermissionFlags) {
        this.user = user;
        this.accessRights = new ArrayList<>(accessRights);
        this.sharingPermissionFlags = new ArrayList<>(sharingPermissionFlags);
    }

    public static final String DEFAULT_USER = "Default";
    public static final String ANONYMOUS_USER = "Anonymous";

    /** Exchange Online's calendar defaults: everyone sees free/busy, anonymous sees nothing. */
    public static List<FolderPermissionEntry> calendarDefaults() {
        return List.of(new FolderPermissionEntry(DEFAULT_USER, List.of("AvailabilityOnly"), List.of()),
                new FolderPermissionEntry(ANONYMOUS_USER, List.of("None"), List.of()));
    }
}
