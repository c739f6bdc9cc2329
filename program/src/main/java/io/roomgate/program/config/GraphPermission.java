package io.roomgate.program.config;

import java.util.Optional;

/**
 * A Microsoft Graph application permission (an app role of the Graph service principal).
 *
 * @param exchangeRole the RBAC for Applications role that grants the same access scoped to mailboxes, for the
 *                     permissions Exchange enforces per mailbox (calendars, mail, contacts); empty for directory
 *                     permissions, which no mailbox restriction can scope
 */
public record GraphPermission(String name, String appRoleId, Optional<String> exchangeRole) {
    /** A permission on mailbox content: the one rule 1 is about. */
    public boolean mailboxScoped() {
        return exchangeRole.isPresent();
    }

    public boolean calendarPermission() {
        return name.startsWith("Calendars.");
    }
}
