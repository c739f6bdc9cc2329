package io.roomgate.localtenant.tenant;

/** Exchange's RecipientTypeDetails for the recipients the simulator holds, with their RecipientType. */
public enum RecipientKind {
    UserMailbox("UserMailbox"),
    SharedMailbox("UserMailbox"),
    RoomMailbox("UserMailbox"),
    EquipmentMailbox("UserMailbox"),
    MailUniversalSecurityGroup("MailUniversalSecurityGroup"),
    MailUniversalDistributionGroup("MailUniversalDistributionGroup"),
    RoomList("MailUniversalDistributionGroup");

    private final String recipientType;

    RecipientKind(String recipientType) {
        this.recipientType = recipientType;
    }

    public String recipientType() {
        return recipientType;
    }

    public boolean isMailbox() {
        return recipientType.equals("UserMailbox");
    }

    public boolean isGroup() {
        return !isMailbox();
    }

    /** Security principals: what an application access policy may be scoped to (rooms and shared mailboxes not). */
    public boolean isSecurityPrincipal() {
        return this == UserMailbox || this == MailUniversalSecurityGroup;
    }
}
