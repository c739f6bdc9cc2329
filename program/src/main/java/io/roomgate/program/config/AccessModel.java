package io.roomgate.program.config;

import java.util.Arrays;
import java.util.Optional;

/** How the platform's app is kept to room mailboxes (DESIGN.md, rule 1). */
public enum AccessModel {
    /** RBAC for Applications: a management scope over the rooms and no Entra Calendars grant at all (the default). */
    RBAC("rbac"),
    /** Legacy application access policy: Entra Calendars grant, restricted to a mail-enabled group of rooms. */
    APPLICATION_ACCESS_POLICY("applicationAccessPolicy"),
    /** Tenant-wide calendar grant without restriction; only when the stack sets roomgate:acceptUnrestrictedApp. */
    UNRESTRICTED("unrestricted");

    private final String configValue;

    AccessModel(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public static Optional<AccessModel> fromConfig(String value) {
        return Arrays.stream(values()).filter(m -> m.configValue.equals(value)).findFirst();
    }
}
