package io.roomgate.localtenant.tenant;

import java.util.ArrayList;
import java.util.List;

/** One explicit ACE on a mailbox (Add-MailboxPermission). */
public final class MailboxPermissionEntry {
    /** The trustee, by recipient Guid. */
    public String userGuid;
    public List<String> accessRights = new ArrayList<>();
    public String inheritanceType = "All";
    public boolean deny;
    public boolean autoMapping = true;

    public MailboxPermissionEntry() {
    }

    public MailboxPermissionEntry(String userGuid, List<String> accessRights, String inheritanceType, boolean deny,
                                  boolean autoMapping) {
        this.userGuid = userGuid;
        this.accessRights = new ArrayList<>(accessRights);
        this.inheritanceType = inheritanceType;
        this.deny = deny;
        this.autoMapping = autoMapping;
    }
}
