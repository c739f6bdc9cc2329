package io.roomgate.program.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Microsoft Graph permissions roomgate knows by name. Application permission ids are Graph's app role ids
 * (the same in every tenant); a name not listed here is a configuration error rather than a guess.
 */
public final class GraphPermissions {
    /** Microsoft Graph's application (client) id, the same in every tenant. */
    public static final String MICROSOFT_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

    private static final Map<String, GraphPermission> APPLICATION = new LinkedHashMap<>();
    private static final Map<String, String> DELEGATED = new LinkedHashMap<>();

    static {
        mailbox("Calendars.Read", "798ee544-9d2d-430c-a058-570e29e34338");
        mailbox("Calendars.ReadWrite", "ef54d2bf-783f-4e0f-bca1-3210c0444d99");
        mailbox("Mail.ReadWrite", "e2a3a72e-5f79-4c64-b1b1-878b674786c9");
        mailbox("Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96");
        mailbox("Contacts.Read", "089fe4d0-434a-44c5-8827-41ba8a0b17f5");
        directory("Place.Read.All", "913b9306-0ce1-42b8-9137-6a7df690a760");
        directory("User.Read.All", "df021288-bdef-4463-88db-98f22de89214");
        directory("Group.Read.All", "5b567255-7703-4780-807c-7be8301ae99b");
        directory("GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6");

        for (String scope : List.of("openid", "profile", "email", "offline_access", "User.Read", "User.Read.All",
                "User.ReadBasic.All", "Calendars.Read", "Calendars.ReadWrite", "Calendars.Read.Shared",
                "Calendars.ReadWrite.Shared", "Group.Read.All", "GroupMember.Read.All", "Place.Read.All",
                "Contacts.Read")) {
            DELEGATED.put(scope.toLowerCase(Locale.ROOT), scope);
        }
    }

    private GraphPermissions() {}

    private static void mailbox(String name, String id) {
        APPLICATION.put(name.toLowerCase(Locale.ROOT), new GraphPermission(name, id, Optional.of("Application " + name)));
    }

    private static void directory(String name, String id) {
        APPLICATION.put(name.toLowerCase(Locale.ROOT), new GraphPermission(name, id, Optional.empty()));
    }

    /** An application permission by name, case-insensitively (Graph's own spelling comes back). */
    public static Optional<GraphPermission> application(String name) {
        return Optional.ofNullable(APPLICATION.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A delegated scope by name, case-insensitively (PlaceOS writes them in lower case). */
    public static Optional<String> delegated(String name) {
        return Optional.ofNullable(DELEGATED.get(name.toLowerCase(Locale.ROOT)));
    }

    public static Set<String> applicationNames() {
        var names = new TreeSet<String>();
        APPLICATION.values().forEach(p -> names.add(p.name()));
        return names;
    }

    public static Set<String> delegatedNames() {
        return new TreeSet<>(DELEGATED.values());
    }
}
