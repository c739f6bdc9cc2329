package io.roomgate.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stack configurations the program tests run, one per profile, with the access model as a parameter. */
final class StackFixtures {
    static final String TENANT = "8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f";
    static final String EXISTING_CLIENT = "3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    static final String EXISTING_SP = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    static final List<String> ROOMS = List.of("room1@contoso.com", "room2@contoso.com", "room3@contoso.com");
    static final List<String> TENANT_ROOMS = List.of("boardroom@contoso.com", "huddle1@contoso.com", "huddle2@contoso.com", "training@contoso.com");

    private StackFixtures() {}

    private static Map<String, String> base(String profile) {
        var config = new HashMap<String, String>();
        config.put("tenantId", TENANT);
        config.put("organization", "contoso.onmicrosoft.com");
        config.put("profile", profile);
        return config;
    }

    /** PlaceOS with three explicit rooms, its sign-in app, and a Sydney concierge office with "can view all details". */
    static Map<String, String> placeos(String accessModel) {
        var config = base("placeos");
        config.put("accessModel", accessModel);
        config.put("rooms", "{\"addresses\": " + ProgramHarness.json(ROOMS) + "}");
        config.put("roomGroup", "{\"primarySmtpAddress\": \"placeosroombooking@contoso.com\", \"owners\": [\"exchange.admin@contoso.com\"]}");
        config.put("signIn", "{\"webRedirectUris\": [\"https://placeos.contoso.com/auth/oauth2/callback?id=oauth_strat-1\"]}");
        config.put("concierge", "[{\"name\": \"PlaceOS Concierge Sydney\", \"members\": [\"reception@contoso.com\"], "
                + "\"rooms\": [\"room1@contoso.com\", \"room2@contoso.com\"], \"access\": \"Reviewer\"}]");
        config.put("canaryMailbox", "ceo@contoso.com");
        return config;
    }

    /** ROOMZ over every room mailbox of the tenant (discovered). */
    static Map<String, String> roomz(String accessModel) {
        var config = base("roomz");
        config.put("accessModel", accessModel);
        return config;
    }

    /** A custom platform bringing its own app, rooms found by a room list and a filter, one FullAccess concierge office. */
    static Map<String, String> custom(String accessModel) {
        var config = base("custom");
        config.put("accessModel", accessModel);
        config.put("app", "{\"existingClientId\": \"" + EXISTING_CLIENT + "\", \"existingServicePrincipalObjectId\": \"" + EXISTING_SP + "\", "
                + "\"displayName\": \"Joan Rooms\", \"permissions\": [\"Calendars.Read\", \"User.Read.All\"]}");
        config.put("appClientSecret", "existing-app-secret-value");
        config.put("rooms", "{\"roomList\": \"HQ Rooms\", \"filter\": \"ResourceCapacity -gt 4\"}");
        config.put("concierge", "[{\"name\": \"Front Desk\", \"access\": \"fullAccess\"}]");
        return config;
    }

    static Map<String, String> alexaDelegate() {
        var config = base("alexa-delegate");
        config.put("serviceAccount", "{\"address\": \"alexaforbusiness@contoso.com\"}");
        return config;
    }

    static Map<String, String> alexaApplication() {
        var config = base("alexa-application");
        config.put("acceptUnrestrictedApp", "true");
        return config;
    }
}
