package io.roomgate.program.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackConfigReaderTest {
    private static final String TENANT = "8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f";
    private static final String CLIENT = "11111111-2222-3333-4444-555555555555";
    private static final String SP = "66666666-7777-8888-9999-000000000000";

    /** A complete custom stack that reads without problems; each case below breaks one thing. */
    private static Map<String, String> customStack() {
        var values = new HashMap<String, String>();
        values.put("tenantId", TENANT);
        values.put("organization", "contoso.onmicrosoft.com");
        values.put("app", "{\"displayName\": \"Room Booking\", \"permissions\": [\"Calendars.ReadWrite\", \"User.Read.All\"]}");
        values.put("rooms", "{\"addresses\": [\"room1@contoso.com\", \"room2@contoso.com\"]}");
        return values;
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        var copy = new HashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    private static StackConfig read(Map<String, String> values) {
        return StackConfigReader.read(ConfigSource.of(values));
    }

    private static List<ConfigProblem> problemsOf(Map<String, String> values) {
        return assertThrows(StackConfigException.class, () -> read(values)).problems();
    }

    static Stream<Arguments> badConfigurations() {
        var stack = customStack();
        return Stream.of(
                Arguments.of("missing tenant", with(stack, "tenantId", null), "roomgate:tenantId", "is missing"),
                Arguments.of("tenant id that is a domain", with(stack, "tenantId", "contoso.com"), "roomgate:tenantId", "is not a tenant id"),
                Arguments.of("missing organization", with(stack, "organization", null), "roomgate:organization", "contoso.onmicrosoft.com"),
                Arguments.of("vanity domain as organization", with(stack, "organization", "contoso.com"), "roomgate:organization", "*.onmicrosoft.com"),
                Arguments.of("unknown profile", with(stack, "profile", "placeOS-v2"), "roomgate:profile", "placeos, roomz, alexa-delegate"),
                Arguments.of("unknown access model", with(stack, "accessModel", "policy"), "roomgate:accessModel", "applicationAccessPolicy"),
                Arguments.of("malformed room address", with(stack, "rooms", "{\"addresses\": [\"room1@contoso.com\", \"room 2@contoso\"]}"),
                        "roomgate:rooms.addresses", "'room 2@contoso' is not an email address"),
                Arguments.of("duplicate room in another case", with(stack, "rooms", "{\"addresses\": [\"room1@contoso.com\", \"Room1@Contoso.com\"]}"),
                        "roomgate:rooms.addresses", "more than once"),
                Arguments.of("no rooms at all", with(stack, "rooms", null), "roomgate:rooms", "rooms: {all: true}"),
                Arguments.of("explicit rooms mixed with discovery", with(stack, "rooms", "{\"addresses\": [\"room1@contoso.com\"], \"all\": true}"),
                        "roomgate:rooms.addresses", "cannot be combined with discovery"),
                Arguments.of("all rooms narrowed by a filter", with(stack, "rooms", "{\"all\": true, \"filter\": \"Office -eq 'B1'\"}"),
                        "roomgate:rooms.all", "already means every room"),
                Arguments.of("secret lifetime over 24 months", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"], \"secretLifetimeMonths\": 36}"),
                        "roomgate:app.secretLifetimeMonths", "at most 24 months"),
                Arguments.of("rotation after expiry", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"], \"secretLifetimeMonths\": 6, \"secretRotationDays\": 200}"),
                        "roomgate:app.secretRotationDays", "before the old one expires"),
                Arguments.of("unknown permission name", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendar.ReadWrite\"]}"),
                        "roomgate:app.permissions", "'Calendar.ReadWrite' is not a Microsoft Graph application permission"),
                Arguments.of("no calendar permission", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"User.Read.All\"]}"),
                        "roomgate:app.permissions", "Add Calendars.ReadWrite"),
                Arguments.of("app without a name", with(stack, "app", "{\"permissions\": [\"Calendars.ReadWrite\"]}"), "roomgate:app.displayName", "is missing"),
                Arguments.of("typo in an app setting", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"], \"secretLifetime\": 12}"),
                        "roomgate:app.secretLifetime", "secretLifetimeMonths"),
                Arguments.of("lifetime that is not a number", with(stack, "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"], \"secretLifetimeMonths\": \"two years\"}"),
                        "roomgate:app.secretLifetimeMonths", "whole number"),
                Arguments.of("existing app without its service principal", with(with(stack, "app", "{\"existingClientId\": \"" + CLIENT + "\", \"permissions\": [\"Calendars.ReadWrite\"]}"), "appClientSecret", "s3cret"),
                        "roomgate:app.existingServicePrincipalObjectId", "Enterprise applications"),
                Arguments.of("existing app without its secret", with(stack, "app", "{\"existingClientId\": \"" + CLIENT + "\", \"existingServicePrincipalObjectId\": \"" + SP + "\", \"permissions\": [\"Calendars.ReadWrite\"]}"),
                        "roomgate:appClientSecret", "pulumi config set --secret roomgate:appClientSecret"),
                Arguments.of("existing client id that is not a GUID", with(with(stack, "app", "{\"existingClientId\": \"roomz\", \"existingServicePrincipalObjectId\": \"" + SP + "\", \"permissions\": [\"Calendars.ReadWrite\"]}"), "appClientSecret", "s3cret"),
                        "roomgate:app.existingClientId", "is not an application (client) id"),
                Arguments.of("a secret for an app roomgate creates", with(stack, "appClientSecret", "s3cret"), "roomgate:appClientSecret", "Remove roomgate:appClientSecret"),
                Arguments.of("folder role that does not exist", with(stack, "serviceAccount", "{\"address\": \"svc@contoso.com\", \"folderRole\": \"Editer\"}"),
                        "roomgate:serviceAccount.folderRole", "'Editer' is not a calendar folder role"),
                Arguments.of("service account without address", with(stack, "serviceAccount", "{\"folderRole\": \"Editor\"}"), "roomgate:serviceAccount.address", "is missing"),
                Arguments.of("group name over 64 characters", with(stack, "roomGroup", "{\"name\": \"" + "Room Booking Group For The Head Office Of Contoso In Sydney Australia" + "\"}"),
                        "roomgate:roomGroup.name", "Exchange allows 64"),
                Arguments.of("group alias with a space", with(stack, "roomGroup", "{\"name\": \"Rooms\", \"alias\": \"room booking\"}"),
                        "roomgate:roomGroup.alias", "roombooking"),
                Arguments.of("unrestricted grant requested in RBAC mode", with(with(stack, "accessModel", "rbac"), "acceptUnrestrictedApp", "true"),
                        "roomgate:acceptUnrestrictedApp", "RBAC grants add to Entra grants"),
                Arguments.of("alexa-application without accepting an unrestricted app", with(with(stack, "profile", "alexa-application"), "app", null),
                        "roomgate:acceptUnrestrictedApp", "EVERY mailbox calendar"),
                Arguments.of("unknown calendar processing mode", with(stack, "calendarProcessing", "{\"automateProcessing\": \"AcceptAll\"}"),
                        "roomgate:calendarProcessing.automateProcessing", "AutoAccept"),
                Arguments.of("booking window over 1080 days", with(stack, "calendarProcessing", "{\"bookingWindowInDays\": 2000}"),
                        "roomgate:calendarProcessing.bookingWindowInDays", "0 to 1080"),
                Arguments.of("calendar flag that is not a boolean", with(stack, "calendarProcessing", "{\"deleteSubject\": \"no\"}"),
                        "roomgate:calendarProcessing.deleteSubject", "true or false"),
                Arguments.of("concierge office without access kind", with(stack, "concierge", "[{\"name\": \"Concierge Sydney\", \"members\": [\"reception@contoso.com\"]}]"),
                        "roomgate:concierge[0].access", "fullAccess"),
                Arguments.of("concierge access that is no role", with(stack, "concierge", "[{\"name\": \"Concierge Sydney\", \"access\": \"CanViewAll\"}]"),
                        "roomgate:concierge[0].access", "Reviewer"),
                Arguments.of("concierge room outside the stack", with(stack, "concierge", "[{\"name\": \"Concierge Sydney\", \"access\": \"Reviewer\", \"rooms\": [\"room9@contoso.com\"]}]"),
                        "roomgate:concierge[0].rooms", "room9@contoso.com is not one of the stack's rooms"),
                Arguments.of("two concierge offices with one name", with(stack, "concierge", "[{\"name\": \"Concierge\", \"access\": \"Reviewer\"}, {\"name\": \"concierge\", \"access\": \"Editor\"}]"),
                        "roomgate:concierge[1].name", "used by another concierge office"),
                Arguments.of("two offices whose groups would share an alias", with(stack, "concierge", "[{\"name\": \"Concierge HQ\", \"access\": \"Reviewer\"}, {\"name\": \"ConciergeHQ\", \"access\": \"Editor\"}]"),
                        "roomgate:concierge[1].alias", "already the alias"),
                Arguments.of("app switched on or off with something else than a boolean", with(stack, "app", "{\"enabled\": {}, \"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"]}"),
                        "roomgate:app.enabled", "true or false"),
                Arguments.of("sign-in redirect over plain http", with(stack, "signIn", "{\"displayName\": \"Sign-in\", \"webRedirectUris\": [\"http://booking.contoso.com/cb\"], \"delegatedScopes\": [\"openid\"]}"),
                        "roomgate:signIn.webRedirectUris", "https://"),
                Arguments.of("unknown delegated scope", with(stack, "signIn", "{\"displayName\": \"Sign-in\", \"webRedirectUris\": [\"https://booking.contoso.com/cb\"], \"delegatedScopes\": [\"Calendars.ReadWriteAll\"]}"),
                        "roomgate:signIn.delegatedScopes", "'Calendars.ReadWriteAll' is not a Microsoft Graph delegated permission"),
                Arguments.of("canary that is a room", with(stack, "canaryMailbox", "room1@contoso.com"), "roomgate:canaryMailbox", "never see it denied"),
                Arguments.of("broken structured value", with(stack, "rooms", "{\"addresses\": [\"room1@contoso.com\""), "roomgate:rooms", "not valid structured"),
                Arguments.of("access policy without the consent it restricts", with(with(stack, "accessModel", "applicationAccessPolicy"),
                        "app", "{\"displayName\": \"X\", \"permissions\": [\"Calendars.ReadWrite\"], \"grantConsent\": false}"),
                        "roomgate:app.grantConsent", "use roomgate:accessModel: rbac"),
                Arguments.of("no app and no service account", with(stack, "app", "{\"enabled\": false}"), "roomgate:app.enabled", "roomgate:serviceAccount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void badConfigurationIsRefusedNamingTheKeyAndTheFix(String situation, Map<String, String> values, String key, String advice) {
        List<ConfigProblem> problems = problemsOf(values);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals(key) && p.message().contains(advice)),
                () -> situation + ": expected a problem at " + key + " containing '" + advice + "', got " + problems);
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        var values = with(with(customStack(), "tenantId", null), "rooms", "{\"addresses\": [\"not-an-address\"]}");
        values.put("roomGroup", "{\"name\": \"" + "x".repeat(70) + "\"}");
        var exception = assertThrows(StackConfigException.class, () -> read(values));
        assertEquals(List.of("roomgate:tenantId", "roomgate:rooms.addresses", "roomgate:roomGroup.name"),
                exception.problems().stream().map(ConfigProblem::key).toList());
        assertTrue(exception.getMessage().startsWith("The stack configuration has 3 problems; nothing was declared."), exception.getMessage());
    }

    @Test
    void theAppSecretNeverAppearsInAProblem() {
        String secret = "Xy7~verySecretValue";
        var values = with(customStack(), "appClientSecret", secret);
        var exception = assertThrows(StackConfigException.class, () -> read(values));
        assertFalse(exception.getMessage().contains(secret), exception.getMessage());
    }

    @Test
    void placeosProfileFillsTheVendorGuide() {
        var values = customStack();
        values.put("profile", "placeos");
        values.remove("app");
        values.put("signIn", "{\"webRedirectUris\": [\"https://placeos.contoso.com/auth/oauth2/callback?id=oauth_strat-1\"]}");
        StackConfig config = read(values);

        var app = config.app().orElseThrow();
        assertEquals("PlaceOS Bookings Visualiser", app.displayName());
        assertEquals(List.of("Calendars.ReadWrite", "User.Read.All", "GroupMember.Read.All", "Place.Read.All"),
                app.permissions().stream().map(GraphPermission::name).toList());
        assertEquals(List.of("ef54d2bf-783f-4e0f-bca1-3210c0444d99", "df021288-bdef-4463-88db-98f22de89214",
                "98830695-27a2-44f7-8c18-0c3ebc9698f6", "913b9306-0ce1-42b8-9137-6a7df690a760"),
                app.permissions().stream().map(GraphPermission::appRoleId).toList());
        assertEquals("PlaceOS Room Booking", config.roomGroup().name());
        assertEquals("placeosroombooking", config.roomGroup().alias());
        var signIn = config.signIn().orElseThrow();
        assertEquals("PlaceOS User Authentication", signIn.displayName());
        assertEquals(List.of("Calendars.ReadWrite", "Calendars.ReadWrite.Shared", "Group.Read.All", "User.Read.All",
                "offline_access", "openid", "profile"), signIn.delegatedScopes());
        assertTrue(signIn.adminConsent());
        assertTrue(signIn.needsSecret());
        assertEquals("teamsForBusiness", config.conferenceType());
        assertEquals(AccessModel.RBAC, config.accessModel());
    }

    @Test
    void roomzProfileCoversAllRoomsAndKeepsTitlesAndPrivateFlag() {
        var values = customStack();
        values.put("profile", "roomz");
        values.remove("app");
        values.remove("rooms");
        StackConfig config = read(values);

        assertTrue(config.rooms().allRooms());
        assertEquals(List.of("Calendars.ReadWrite"), config.app().orElseThrow().permissions().stream().map(GraphPermission::name).toList());
        assertEquals(24, config.app().orElseThrow().secretLifetimeMonths());
        var cp = config.calendarProcessing().orElseThrow();
        assertEquals(Boolean.FALSE, cp.addOrganizerToSubject());
        assertEquals(Boolean.FALSE, cp.deleteSubject());
        assertEquals(Boolean.FALSE, cp.removePrivateProperty());
        assertNull(cp.deleteComments(), "a setting the guide does not name stays unmanaged");
    }

    @Test
    void alexaDelegateProfileUsesAServiceAccountWithEditorAndNoApp() {
        var values = customStack();
        values.put("profile", "alexa-delegate");
        values.remove("app");
        values.put("serviceAccount", "{\"address\": \"alexaforbusiness@contoso.com\"}");
        StackConfig config = read(values);

        assertEquals(Optional.empty(), config.app());
        assertEquals(new StackConfig.ServiceAccount("alexaforbusiness@contoso.com", FolderRole.Editor, Optional.of(
                new StackConfig.NewServiceAccount("alexaforbusiness", Optional.empty(), false))),
                config.serviceAccount().orElseThrow(), "the profile creates its service account");
        assertEquals(Boolean.FALSE, config.calendarProcessing().orElseThrow().deleteComments());
    }

    @Test
    void alexaDelegateProfileUsesAnAccountTheStackSaysExists() {
        var values = customStack();
        values.put("profile", "alexa-delegate");
        values.remove("app");
        values.put("serviceAccount", "{\"address\": \"alexaforbusiness@contoso.com\", \"existing\": true}");

        assertEquals(Optional.empty(), read(values).serviceAccount().orElseThrow().create());
    }

    @Test
    void alexaApplicationProfileIsAcceptedOnlyWhenTheStackSaysSo() {
        var values = customStack();
        values.put("profile", "alexa-application");
        values.remove("app");
        values.remove("rooms");
        values.put("acceptUnrestrictedApp", "true");
        StackConfig config = read(values);

        assertEquals(AccessModel.UNRESTRICTED, config.accessModel());
        assertEquals("Alexa for Business", config.app().orElseThrow().displayName());
    }

    @Test
    void anythingAProfileSetsCanBeOverridden() {
        var values = customStack();
        values.put("profile", "roomz");
        values.put("accessModel", "applicationAccessPolicy");
        values.put("app", "{\"displayName\": \"ROOMZ Contoso\", \"secretLifetimeMonths\": 6, \"secretRotationDays\": 90}");
        values.put("calendarProcessing", "{\"deleteSubject\": true, \"automateProcessing\": \"autoaccept\"}");
        StackConfig config = read(values);

        var app = config.app().orElseThrow();
        assertEquals("ROOMZ Contoso", app.displayName());
        assertEquals(List.of("Calendars.ReadWrite"), app.permissions().stream().map(GraphPermission::name).toList(), "preset kept where not overridden");
        assertEquals(6, app.secretLifetimeMonths());
        assertEquals(90, app.secretRotationDays());
        assertEquals(AccessModel.APPLICATION_ACCESS_POLICY, config.accessModel());
        assertEquals(List.of("room1@contoso.com", "room2@contoso.com"), config.rooms().addresses(), "explicit rooms replace the profile's all rooms");
        assertFalse(config.rooms().allRooms());
        assertEquals(Boolean.TRUE, config.calendarProcessing().orElseThrow().deleteSubject());
        assertEquals(Boolean.FALSE, config.calendarProcessing().orElseThrow().removePrivateProperty());
        assertEquals("AutoAccept", config.calendarProcessing().orElseThrow().automateProcessing());
    }

    @Test
    void existingAppIsReadWithoutItsSecretValue() {
        var values = customStack();
        values.put("app", "{\"existingClientId\": \"" + CLIENT + "\", \"existingServicePrincipalObjectId\": \"" + SP + "\", "
                + "\"permissions\": [\"calendars.readwrite\"], \"grantConsent\": false}");
        values.put("appClientSecret", "s3cret");
        var app = read(values).app().orElseThrow();
        assertEquals(Optional.of(new StackConfig.ExistingApp(CLIENT, SP)), app.existing());
        assertFalse(app.grantConsent());
        assertEquals("Calendars.ReadWrite", app.permissions().get(0).name(), "names are matched without case and come back in Graph's spelling");
        assertEquals(Optional.of("Application Calendars.ReadWrite"), app.permissions().get(0).exchangeRole());
    }

    @Test
    void roomGroupDefaultsAndConciergeOfficesAreRead() {
        var values = customStack();
        values.put("concierge", "[{\"name\": \"PlaceOS Concierge Sydney\", \"members\": [\"reception@contoso.com\"], "
                + "\"rooms\": [\"ROOM1@contoso.com\"], \"access\": \"reviewer\"}, {\"name\": \"Concierge HQ\", \"access\": \"fullAccess\"}]");
        StackConfig config = read(values);

        assertEquals(new StackConfig.RoomGroup("roomgate Rooms", "roomgateRooms", Optional.empty(), List.of()), config.roomGroup());
        var sydney = config.concierge().get(0);
        assertEquals("PlaceOSConciergeSydney", sydney.alias());
        assertEquals(Optional.of(FolderRole.Reviewer), sydney.folderRole());
        assertEquals(List.of("reception@contoso.com"), sydney.members());
        assertEquals(Optional.empty(), config.concierge().get(1).folderRole(), "fullAccess is the mailbox right, not a folder role");
    }
}
