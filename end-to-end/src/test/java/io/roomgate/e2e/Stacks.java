package io.roomgate.e2e;

import com.google.gson.Gson;
import io.roomgate.localtenant.TenantSimulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stack configurations for the seeded simulated tenant (organization contoso, rooms {@code ams-room-0001}, …,
 * users {@code adelev}, …), one per profile, as {@code roomgate:*} values the way Pulumi hands them to the program
 * (structured values as JSON text).
 */
public final class Stacks {
    private static final Gson JSON = new Gson();

    private Stacks() {
    }

    public static String address(TenantSimulator simulator, String alias) {
        return alias + "@" + simulator.organization();
    }

    public static String room(TenantSimulator simulator, String building, int number) {
        return address(simulator, String.format("%s-room-%04d", building, number));
    }

    private static Map<String, String> base(TenantSimulator simulator, String profile) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("tenantId", simulator.tenantId());
        config.put("organization", simulator.organization());
        config.put("profile", profile);
        config.put("canaryMailbox", address(simulator, "ceo"));
        return config;
    }

    /** PlaceOS: its app over a room group of the given rooms, the sign-in app with consent, a concierge office. */
    public static Map<String, String> placeos(TenantSimulator simulator, String accessModel, List<String> rooms) {
        Map<String, String> config = base(simulator, "placeos");
        config.put("accessModel", accessModel);
        config.put("app", json(Map.of("secretLifetimeMonths", 12, "secretRotationDays", 90)));
        config.put("rooms", json(Map.of("addresses", rooms)));
        config.put("roomGroup", json(Map.of("primarySmtpAddress", address(simulator, "placeosroombooking"))));
        config.put("signIn", json(Map.of("webRedirectUris",
                List.of("https://placeos.example.com/auth/oauth2/callback?id=oauth_strat-1"))));
        config.put("concierge", json(List.of(Map.of("name", "PlaceOS Concierge Amsterdam",
                "primarySmtpAddress", address(simulator, "concierge-ams"),
                "members", List.of(address(simulator, "adelev")),
                "rooms", rooms.subList(0, Math.min(2, rooms.size())),
                "access", "Reviewer"))));
        return config;
    }

    /** ROOMZ: Calendars.ReadWrite over every room mailbox by RBAC, its calendar processing settings. */
    public static Map<String, String> roomz(TenantSimulator simulator) {
        return base(simulator, "roomz");
    }

    /** The service account the alexa-delegate stacks create (the profile makes its mailbox). */
    public static final String ALEXA_ACCOUNT = "alexaforbusiness";

    /** Alexa for Business, method 1: a service account roomgate creates, with Editor on every room calendar. */
    public static Map<String, String> alexaDelegate(TenantSimulator simulator) {
        Map<String, String> config = base(simulator, "alexa-delegate");
        config.put("serviceAccount", json(Map.of("address", address(simulator, ALEXA_ACCOUNT), "folderRole", "Editor")));
        return config;
    }

    /** Alexa for Business, method 2: the tenant-wide grant, explicitly accepted. */
    public static Map<String, String> alexaApplication(TenantSimulator simulator) {
        Map<String, String> config = base(simulator, "alexa-application");
        config.put("acceptUnrestrictedApp", "true");
        return config;
    }

    public static String json(Object value) {
        return JSON.toJson(value);
    }
}
