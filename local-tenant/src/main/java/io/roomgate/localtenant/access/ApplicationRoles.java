package io.roomgate.localtenant.access;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Exchange application roles of RBAC for Applications and the Microsoft Graph permissions each grants (what
 * {@code Test-ServicePrincipalAuthorization} lists as GrantedPermissions). Names compare ignoring case.
 */
public final class ApplicationRoles {
    private static final Map<String, List<String>> PERMISSIONS = permissions();

    private ApplicationRoles() {
    }

    /** Every role we know, in its canonical spelling. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(PERMISSIONS.keySet());
    }

    /** The Graph permissions {@code role} grants, or empty if Exchange has no such application role. */
    public static Optional<List<String>> permissionsOf(String role) {
        return Optional.ofNullable(PERMISSIONS.get(role));
    }

    /** The canonical spelling of {@code role}, or empty if Exchange has no such application role. */
    public static Optional<String> canonical(String role) {
        return PERMISSIONS.keySet().stream().filter(role::equalsIgnoreCase).findFirst();
    }

    private static Map<String, List<String>> permissions() {
        var map = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (String permission : List.of("Calendars.Read", "Calendars.ReadWrite", "Contacts.Read",
                "Contacts.ReadWrite", "Mail.Read", "Mail.ReadBasic", "Mail.ReadWrite", "Mail.Send",
                "MailboxSettings.Read", "MailboxSettings.ReadWrite", "EWS.AccessAsApp", "SMTP.SendAsApp")) {
            map.put("Application " + permission, List.of(permission));
        }
        map.put("Application Mail Full Access", List.of("Mail.ReadWrite", "Mail.Send"));
        map.put("Application Exchange Full Access", List.of("Mail.ReadWrite", "Mail.Send", "MailboxSettings.ReadWrite",
                "Calendars.ReadWrite", "Contacts.ReadWrite"));
        return Collections.unmodifiableMap(map);
    }
}
