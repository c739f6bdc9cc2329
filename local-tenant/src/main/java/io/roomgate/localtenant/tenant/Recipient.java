package io.roomgate.localtenant.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mail recipient: a mailbox (user, shared, room, equipment) or a mail-enabled group (security group,
 * distribution group, room list). Mutable, and only ever touched under the {@link Tenant}'s lock.
 */
public final class Recipient {
    /** Exchange's object Guid. */
    public String guid;
    /** The Entra object id (user or group). */
    public String externalDirectoryObjectId;
    public RecipientKind kind;
    public String name;
    public String alias;
    public String displayName;
    public String primarySmtpAddress;
    /** Further SMTP addresses (not including the primary). */
    public List<String> secondaryAddresses = new ArrayList<>();
    public String userPrincipalName;
    public String office;
    public Integer resourceCapacity;
    public String whenCreated;
    public String sid;
    public boolean hiddenFromAddressListsEnabled;
    /**
     * Whether the mailbox's account is blocked from signing in; null means Exchange's default for the kind: room,
     * equipment and shared mailboxes get a logon-disabled account, user mailboxes an enabled one.
     */
    public Boolean accountDisabled;
    /** Rooms: the Places data Set-Place wrote (null until then). */
    public Place place;
    public boolean requireSenderAuthenticationEnabled = true;
    public String notes;
    /** Groups: owners and direct members, by Guid. */
    public List<String> managedBy = new ArrayList<>();
    public List<String> members = new ArrayList<>();
    /** Mailboxes: calendar processing settings that differ from the defaults (null until one is set). */
    public Map<String, Object> calendarProcessing;
    /** Mailboxes: explicit mailbox permissions (FullAccess etc.). */
    public List<MailboxPermissionEntry> mailboxPermissions;
    /** Mailboxes: the Calendar folder's permission entries (null until changed: Default and Anonymous). */
    public List<FolderPermissionEntry> calendarPermissions;
    /** Replication lag: the object is invisible to lookups until then (not persisted). */
    public transient Instant visibleAfter;

    public boolean accountDisabled() {
        return accountDisabled != null ? accountDisabled : kind != RecipientKind.UserMailbox;
    }

    /** The room's Places data, made empty on first write. */
    public Place placeData() {
        if (place == null) {
            place = new Place();
        }
        return place;
    }

    public boolean isVisibleAt(Instant now) {
        return visibleAfter == null || !now.isBefore(visibleAfter);
    }

    public Map<String, Object> calendarProcessingOverrides() {
        if (calendarProcessing == null) {
            calendarProcessing = new LinkedHashMap<>();
        }
        return calendarProcessing;
    }

    public List<MailboxPermissionEntry> mailboxPermissionEntries() {
        if (mailboxPermissions == null) {
            mailboxPermissions = new ArrayList<>();
        }
        return mailboxPermissions;
    }

    /** The Calendar folder's entries, materialised from the defaults on first change. */
    public List<FolderPermissionEntry> calendarPermissionEntries() {
        if (calendarPermissions == null) {
            calendarPermissions = new ArrayList<>(FolderPermissionEntry.calendarDefaults());
        }
        return calendarPermissions;
    }

    public List<FolderPermissionEntry> calendarPermissionsView() {
        return calendarPermissions == null ? FolderPermissionEntry.calendarDefaults() : calendarPermissions;
    }
}
