package io.roomgate.program.config;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Platform profiles: the vendor set-up guides as presets of {@code roomgate:*} keys. A stack value replaces the
 * preset's value of the same setting (object keys are merged setting by setting), so anything a profile sets can
 * be overridden.
 */
public enum Profile {
    /** PlaceOS "Configure PlaceOS for Microsoft 365": calendar app, room group, user sign-in app. */
    PLACEOS("placeos", """
            {
              "app": {
                "displayName": "PlaceOS Bookings Visualiser",
                "permissions": ["Calendars.ReadWrite", "User.Read.All", "GroupMember.Read.All", "Place.Read.All"]
              },
              "roomGroup": {"name": "PlaceOS Room Booking", "alias": "placeosroombooking"},
              "signIn": {
                "displayName": "PlaceOS User Authentication",
                "delegatedScopes": ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared", "Group.Read.All",
                                    "User.Read.All", "offline_access", "openid", "profile"],
                "adminConsent": true
              },
              "connector": {"conferenceType": "teamsForBusiness"}
            }"""),
    /** ROOMZ "Application Permission RBAC": Calendars.ReadWrite over all room mailboxes, titles and private flag kept. */
    ROOMZ("roomz", """
            {
              "app": {"displayName": "ROOMZGraph", "permissions": ["Calendars.ReadWrite"], "secretLifetimeMonths": 24},
              "rooms": {"all": true},
              "roomGroup": {"name": "RoomzResources", "alias": "RoomzResources"},
              "calendarProcessing": {"addOrganizerToSubject": false, "deleteSubject": false, "removePrivateProperty": false}
            }"""),
    /**
     * Alexa for Business, method 1: a service account with Editor on every room calendar, no app in the tenant.
     * roomgate creates the account (its password a secret output) unless the stack says it exists.
     */
    ALEXA_DELEGATE("alexa-delegate", """
            {
              "app": {"enabled": false},
              "rooms": {"all": true},
              "serviceAccount": {"folderRole": "Editor", "existing": false},
              "calendarProcessing": {"deleteComments": false}
            }"""),
    /** Alexa for Business, method 2: a tenant-wide calendar grant, refused unless the stack accepts it. */
    ALEXA_APPLICATION("alexa-application", """
            {
              "accessModel": "unrestricted",
              "app": {"displayName": "Alexa for Business", "permissions": ["Calendars.ReadWrite"]},
              "rooms": {"all": true},
              "calendarProcessing": {"deleteComments": false}
            }"""),
    /** Nothing preset: the stack says everything. */
    CUSTOM("custom", "{}");

    private final String configValue;
    private final String presets;

    Profile(String configValue, String presets) {
        this.configValue = configValue;
        this.presets = presets;
    }

    public String configValue() {
        return configValue;
    }

    /** The preset values of this profile, keyed like the stack's {@code roomgate:*} keys (a fresh copy). */
    public JsonObject presets() {
        return JsonParser.parseString(presets).getAsJsonObject();
    }

    public static Optional<Profile> fromConfig(String value) {
        return Arrays.stream(values()).filter(p -> p.configValue.equals(value)).findFirst();
    }

    public static List<String> configValues() {
        return Arrays.stream(values()).map(Profile::configValue).toList();
    }
}
