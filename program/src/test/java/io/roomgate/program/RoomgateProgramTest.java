package io.roomgate.program;

import io.roomgate.program.ProgramHarness.Registration;
import io.roomgate.program.ProgramHarness.Run;
import io.roomgate.program.components.RoomCalendarAccess;
import io.roomgate.resources.exchangeonline.ExchangeOnline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

import static io.roomgate.program.StackFixtures.EXISTING_CLIENT;
import static io.roomgate.program.StackFixtures.EXISTING_SP;
import static io.roomgate.program.StackFixtures.ROOMS;
import static io.roomgate.program.StackFixtures.TENANT;
import static io.roomgate.program.StackFixtures.TENANT_ROOMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program against the SDK's mocks: for every profile and access model, what it declares, how, and in which order. */
class RoomgateProgramTest {
    static final String APPLICATION = "azuread:index/application:Application";
    static final String SERVICE_PRINCIPAL = "azuread:index/servicePrincipal:ServicePrincipal";
    static final String PASSWORD = "azuread:index/applicationPassword:ApplicationPassword";
    static final String APP_ROLE_ASSIGNMENT = "azuread:index/appRoleAssignment:AppRoleAssignment";
    static final String DELEGATED_GRANT = "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant";
    static final String GROUP = "exchangeonline:index:MailEnabledSecurityGroup";
    static final String POLICY = "exchangeonline:index:ApplicationAccessPolicy";
    static final String EXO_SP = "exchangeonline:index:ServicePrincipal";
    static final String SCOPE = "exchangeonline:index:ManagementScope";
    static final String ROLE_ASSIGNMENT = "exchangeonline:index:ManagementRoleAssignment";
    static final String CALENDAR_PROCESSING = "exchangeonline:index:CalendarProcessing";
    static final String MAILBOX_PERMISSION = "exchangeonline:index:MailboxPermission";
    static final String FOLDER_PERMISSION = "exchangeonline:index:MailboxFolderPermission";
    static final String USER_MAILBOX = "exchangeonline:index:UserMailbox";
    static final String ROOM_MAILBOX = "exchangeonline:index:RoomMailbox";
    static final String ROOM_LIST = "exchangeonline:index:RoomList";
    static final String CALENDARS_READ_WRITE = "ef54d2bf-783f-4e0f-bca1-3210c0444d99";
    static final String CALENDARS_READ = "798ee544-9d2d-430c-a058-570e29e34338";
    static final Set<String> CALENDAR_ROLE_IDS = Set.of(CALENDARS_READ_WRITE, CALENDARS_READ);

    @AfterEach
    void cleanup() {
        ProgramHarness.cleanup();
    }

    private static Run run(Map<String, String> config) {
        Run run = ProgramHarness.run(config, TENANT_ROOMS);
        assertEquals(0, run.result().exitCode(), () -> "program failed: " + run.result().exceptions());
        return run;
    }

    private static Map<String, Long> counts(Object... typeAndCount) {
        var counts = new TreeMap<String, Long>();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            counts.put((String) typeAndCount[i], ((Integer) typeAndCount[i + 1]).longValue());
        }
        return counts;
    }

    static Stream<Arguments> everyProfileAndAccessModel() {
        return Stream.of(
                Arguments.of("placeos/rbac", StackFixtures.placeos("rbac"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APPLICATION, 2, SERVICE_PRINCIPAL, 2, PASSWORD, 2, APP_ROLE_ASSIGNMENT, 3,
                        EXO_SP, 1, GROUP, 2, SCOPE, 1, ROLE_ASSIGNMENT, 1, "roomgate:index:ConciergeAccess", 1, FOLDER_PERMISSION, 2,
                        "roomgate:index:UserSignIn", 1, DELEGATED_GRANT, 1)),
                Arguments.of("placeos/applicationAccessPolicy", StackFixtures.placeos("applicationAccessPolicy"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APPLICATION, 2, SERVICE_PRINCIPAL, 2, PASSWORD, 2, APP_ROLE_ASSIGNMENT, 4,
                        GROUP, 2, POLICY, 1, "roomgate:index:ConciergeAccess", 1, FOLDER_PERMISSION, 2,
                        "roomgate:index:UserSignIn", 1, DELEGATED_GRANT, 1)),
                Arguments.of("roomz/rbac", StackFixtures.roomz("rbac"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APPLICATION, 1, SERVICE_PRINCIPAL, 1, PASSWORD, 1,
                        EXO_SP, 1, SCOPE, 1, ROLE_ASSIGNMENT, 1, "roomgate:index:CalendarSettings", 1, CALENDAR_PROCESSING, 4)),
                Arguments.of("roomz/applicationAccessPolicy", StackFixtures.roomz("applicationAccessPolicy"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APPLICATION, 1, SERVICE_PRINCIPAL, 1, PASSWORD, 1, APP_ROLE_ASSIGNMENT, 1,
                        GROUP, 1, POLICY, 1, "roomgate:index:CalendarSettings", 1, CALENDAR_PROCESSING, 4)),
                Arguments.of("custom/rbac", StackFixtures.custom("rbac"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APP_ROLE_ASSIGNMENT, 1, EXO_SP, 1, GROUP, 2, SCOPE, 1, ROLE_ASSIGNMENT, 1,
                        "roomgate:index:ConciergeAccess", 1, MAILBOX_PERMISSION, 4)),
                Arguments.of("custom/applicationAccessPolicy", StackFixtures.custom("applicationAccessPolicy"), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APP_ROLE_ASSIGNMENT, 2, GROUP, 2, POLICY, 1,
                        "roomgate:index:ConciergeAccess", 1, MAILBOX_PERMISSION, 4)),
                Arguments.of("alexa-delegate/serviceAccount", StackFixtures.alexaDelegate(), counts(
                        "roomgate:index:ServiceAccountAccess", 1, USER_MAILBOX, 1, FOLDER_PERMISSION, 4,
                        "roomgate:index:CalendarSettings", 1, CALENDAR_PROCESSING, 4)),
                Arguments.of("alexa-application/unrestricted", StackFixtures.alexaApplication(), counts(
                        "roomgate:index:RoomCalendarAccess", 1, APPLICATION, 1, SERVICE_PRINCIPAL, 1, PASSWORD, 1, APP_ROLE_ASSIGNMENT, 1,
                        "roomgate:index:CalendarSettings", 1, CALENDAR_PROCESSING, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProfileAndAccessModel")
    void eachProfileAndAccessModelDeclaresExactlyItsResourceGraph(String situation, Map<String, String> config, Map<String, Long> expected) {
        assertEquals(expected, run(config).countsByType(), situation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProfileAndAccessModel")
    void everyResourceIsDeclaredInsideAComponent(String situation, Map<String, String> config, Map<String, Long> ignored) {
        for (Registration r : run(config).registrations()) {
            if (r.type().startsWith("roomgate:index:")) {
                assertTrue(r.parent().endsWith("pulumi:pulumi:Stack::roomgate-test"), situation + ": " + r.name() + " under " + r.parent());
            } else {
                assertTrue(r.parent().contains("$roomgate:index:"), situation + ": " + r.name() + " has no component parent: " + r.parent());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProfileAndAccessModel")
    void everyResourceAsksTheEngineForItsProvidersPluginVersion(String situation, Map<String, String> config, Map<String, Long> ignored) {
        for (Registration r : run(config).registrations()) {
            String expected = r.type().startsWith("azuread:") ? "6.10.0" : r.type().startsWith("exchangeonline:") ? ExchangeOnline.VERSION : "";
            assertEquals(expected, r.version(), situation + ": " + r.type());
        }
    }

    @Test
    void theEngineIsAskedToKeepEveryClientSecretValueSecretInState() {
        List<Registration> passwords = run(StackFixtures.placeos("rbac")).ofType(PASSWORD);
        assertEquals(2, passwords.size());
        passwords.forEach(p -> assertEquals(List.of("value"), p.additionalSecretOutputs(), p.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProfileAndAccessModel")
    void rbacModeNeverGrantsOrRequestsACalendarPermissionInEntra(String situation, Map<String, String> config, Map<String, Long> ignored) {
        Run run = run(config);
        if (!"rbac".equals(config.get("accessModel"))) {
            return;
        }
        for (Registration grant : run.ofType(APP_ROLE_ASSIGNMENT)) {
            assertFalse(CALENDAR_ROLE_IDS.contains(grant.input("appRoleId")), situation + ": Entra calendar grant " + grant.name());
        }
        for (Registration app : run.ofType(APPLICATION)) {
            assertFalse(ProgramHarness.json(app.inputs()).contains(CALENDARS_READ_WRITE), situation + ": " + app.name() + " requests Calendars.ReadWrite");
        }
        Registration assignment = run.one(ROLE_ASSIGNMENT);
        Registration scope = run.one(SCOPE);
        Registration pointer = run.one(EXO_SP);
        assertEquals(scope.input("name"), assignment.input("customResourceScope"));
        assertEquals(pointer.input("appId"), assignment.input("app"));
        assertTrue(assignment.dependencies().containsAll(Set.of(scope.urn(), pointer.urn())),
                situation + ": the role assignment must wait for its scope and the Exchange service principal: " + assignment.dependencies());
    }

    @Test
    void rbacOverAllRoomsScopesByRecipientTypeAndNeedsNoGroup() {
        Run run = run(StackFixtures.roomz("rbac"));
        Registration scope = run.one(SCOPE);
        assertEquals("RecipientTypeDetails -eq 'RoomMailbox'", scope.input("recipientRestrictionFilter"));
        assertEquals("ROOMZGraph rooms", scope.input("name"));
        assertEquals(List.of(), run.ofType(GROUP));
        Registration assignment = run.one(ROLE_ASSIGNMENT);
        assertEquals("Application Calendars.ReadWrite", assignment.input("role"));
        assertEquals("ROOMZGraph Application Calendars.ReadWrite", assignment.input("name"));
        Registration pointer = run.one(EXO_SP);
        assertEquals("client-room-calendar-access-app", pointer.input("appId"));
        assertEquals("sp-room-calendar-access-sp", pointer.input("objectId"), "the Entra service principal's object id, not the app registration's");
    }

    @Test
    void rbacOverChosenRoomsScopesByTheRoomGroupsDistinguishedName() {
        Run run = run(StackFixtures.placeos("rbac"));
        Registration group = run.ofType(GROUP).stream().filter(g -> g.name().equals("room-calendar-access-room-group")).findFirst().orElseThrow();
        assertEquals(ROOMS, group.list("members"));
        assertEquals("PlaceOS Room Booking", group.input("name"));
        assertEquals("placeosroombooking", group.input("alias"));
        assertEquals("placeosroombooking@contoso.com", group.input("primarySmtpAddress"));
        assertEquals(List.of("exchange.admin@contoso.com"), group.list("owners"));
        Registration scope = run.one(SCOPE);
        assertEquals("MemberOfGroup -eq 'CN=placeosroombooking,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,"
                + "DC=EURPR01A001,DC=prod,DC=outlook,DC=com'", scope.input("recipientRestrictionFilter"));
        assertTrue(scope.dependencies().contains(group.urn()));
    }

    @Test
    void policyModeGrantsCalendarsOnlyAfterThePolicyRestrictsTheApp() {
        Run run = run(StackFixtures.placeos("applicationAccessPolicy"));
        Registration policy = run.one(POLICY);
        Registration group = run.ofType(GROUP).stream().filter(g -> g.name().equals("room-calendar-access-room-group")).findFirst().orElseThrow();
        assertEquals("RestrictAccess", policy.input("accessRight"));
        assertEquals("client-room-calendar-access-app", policy.input("appId"));
        assertEquals("placeosroombooking@contoso.com", policy.input("policyScopeGroupId"));
        assertTrue(policy.dependencies().contains(group.urn()));
        assertEquals(ROOMS, group.list("members"));

        Registration calendars = run.ofType(APP_ROLE_ASSIGNMENT).stream()
                .filter(g -> CALENDARS_READ_WRITE.equals(g.input("appRoleId"))).findFirst().orElseThrow();
        assertTrue(calendars.dependencies().contains(policy.urn()),
                "rule 1: the Calendars grant must depend on the policy, so it comes after it and goes before it; deps=" + calendars.dependencies());
        assertEquals("sp-room-calendar-access-sp", calendars.input("principalObjectId"));
        assertEquals(ProgramHarness.GRAPH_SP_OBJECT_ID, calendars.input("resourceObjectId"));
        assertEquals(List.of(), run.ofType(SCOPE), "no RBAC objects in policy mode");
    }

    @Test
    void directoryPermissionsAreConsentedOnMicrosoftGraphWithTheirAppRoleIds() {
        Run run = run(StackFixtures.placeos("rbac"));
        var grants = new TreeMap<String, String>();
        run.ofType(APP_ROLE_ASSIGNMENT).forEach(g -> grants.put(g.name(), g.input("appRoleId") + " on " + g.input("resourceObjectId")));
        assertEquals(Map.of(
                "room-calendar-access-grant-GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6 on " + ProgramHarness.GRAPH_SP_OBJECT_ID,
                "room-calendar-access-grant-Place.Read.All", "913b9306-0ce1-42b8-9137-6a7df690a760 on " + ProgramHarness.GRAPH_SP_OBJECT_ID,
                "room-calendar-access-grant-User.Read.All", "df021288-bdef-4463-88db-98f22de89214 on " + ProgramHarness.GRAPH_SP_OBJECT_ID), grants);
        var lookup = run.mocks().calls.stream().filter(c -> c.token.equals("azuread:index/getServicePrincipal:getServicePrincipal")).toList();
        assertEquals(1, lookup.size(), "Microsoft Graph's service principal is looked up once");
        assertEquals("00000003-0000-0000-c000-000000000000", lookup.get(0).args.get("clientId"));
    }

    @Test
    void clientSecretsAreSecretEvenWhenTheProviderReturnsThemPlain() {
        Run run = run(StackFixtures.placeos("rbac"));
        var secret = run.output("clientSecret", String.class);
        assertTrue(secret.isSecret());
        assertEquals("secret-value-room-calendar-access-secret", secret.getValueNullable());
        var connector = run.output("connectorSettings", Map.class);
        assertTrue(connector.isSecret(), "connector settings carry the client secret");
        assertFalse(run.output("tenantId", String.class).isSecret());
        assertFalse(run.output("roomAddresses", List.class).isSecret());

        Registration password = run.ofType(PASSWORD).stream().filter(p -> p.name().equals("room-calendar-access-secret")).findFirst().orElseThrow();
        assertEquals("/applications/obj-room-calendar-access-app", password.input("applicationId"));
        assertEquals("2027-09-04T00:00:00Z", password.input("endDate"), "12 months after the rotation window began");
        assertEquals(Map.of("rotationWindowStart", "2026-09-04"), password.inputs().get("rotateWhenChanged"));
    }

    @Test
    void anExistingAppsSecretComesFromTheStackAsASecret() {
        Run run = run(StackFixtures.custom("rbac"));
        var secret = run.output("clientSecret", String.class);
        assertTrue(secret.isSecret());
        assertEquals("existing-app-secret-value", secret.getValueNullable());
        assertEquals(EXISTING_CLIENT, run.output("clientId", String.class).getValueNullable());
        Registration pointer = run.one(EXO_SP);
        assertEquals(EXISTING_CLIENT, pointer.input("appId"));
        assertEquals(EXISTING_SP, pointer.input("objectId"));
        assertEquals("Application Calendars.Read", run.one(ROLE_ASSIGNMENT).input("role"));
        assertEquals(List.of(), run.ofType(APPLICATION));
    }

    @Test
    void placeosOutputsTheCalendarDriverSettings() {
        Run run = run(StackFixtures.placeos("rbac"));
        assertEquals(TENANT, run.output("tenantId", String.class).getValueNullable());
        assertEquals(ROOMS, run.output("roomAddresses", List.class).getValueNullable());
        assertEquals("rbac", run.output("accessModel", String.class).getValueNullable());
        assertEquals("client-room-calendar-access-app", run.output("clientId", String.class).getValueNullable());
        Map<?, ?> connector = run.output("connectorSettings", Map.class).getValueNullable();
        assertEquals(Map.of("tenant", TENANT, "client_id", "client-room-calendar-access-app",
                "client_secret", "secret-value-room-calendar-access-secret", "conference_type", "teamsForBusiness"), connector.get("calendar_config"));
        Map<?, ?> auth = (Map<?, ?>) connector.get("user_authentication");
        assertEquals("client-user-sign-in-app", auth.get("client_id"));
        assertEquals("calendars.readwrite calendars.readwrite.shared group.read.all user.read.all offline_access openid profile", auth.get("scope"));
        assertEquals("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token", auth.get("token_url"));
    }

    @Test
    void roomzOutputsWhatItsConnectorPageAsksFor() {
        Run run = run(StackFixtures.roomz("rbac"));
        assertEquals(Map.of("tenantId", TENANT, "applicationId", "client-room-calendar-access-app",
                "clientSecret", "secret-value-room-calendar-access-secret"), run.output("connectorSettings", Map.class).getValueNullable());
        assertEquals(TENANT_ROOMS, run.output("roomAddresses", List.class).getValueNullable());
    }

    @Test
    void verificationSummaryTellsVerifyWhatToExpect() {
        Map<?, ?> verification = run(StackFixtures.placeos("rbac")).output("verification", Map.class).getValueNullable();
        assertEquals(ROOMS, verification.get("rooms"));
        assertEquals("ceo@contoso.com", verification.get("canaryMailbox"));
        assertEquals("rbac", verification.get("accessModel"));
        assertEquals(Boolean.TRUE, verification.get("write"));
        assertEquals("managementScope: MemberOfGroup PlaceOS Room Booking", verification.get("restriction"));
        assertEquals("client-room-calendar-access-app", verification.get("clientId"));

        Map<?, ?> readOnly = run(StackFixtures.custom("applicationAccessPolicy")).output("verification", Map.class).getValueNullable();
        assertEquals(Boolean.FALSE, readOnly.get("write"), "Calendars.Read only");
        assertEquals("applicationAccessPolicy: RestrictAccess to roomgate Rooms", readOnly.get("restriction"));
    }

    @Test
    void roomzKeepsMeetingTitlesAndThePrivateFlagOnEveryRoomAndManagesNothingElse() {
        Run run = run(StackFixtures.roomz("rbac"));
        List<Registration> rooms = run.ofType(CALENDAR_PROCESSING);
        assertEquals(TENANT_ROOMS, rooms.stream().map(r -> r.input("identity")).toList());
        for (Registration room : rooms) {
            assertEquals(Map.of("identity", room.input("identity"), "addOrganizerToSubject", false, "deleteSubject", false,
                    "removePrivateProperty", false), room.inputs());
        }
    }

    @Test
    void alexaDelegateGivesItsServiceAccountEditorOnEveryRoomCalendarAndNeedsNoEntra() {
        Run run = run(StackFixtures.alexaDelegate());
        List<Registration> grants = run.ofType(FOLDER_PERMISSION);
        assertEquals(TENANT_ROOMS.stream().map(r -> r + ":\\Calendar").toList(), grants.stream().map(g -> g.input("identity")).toList());
        for (Registration grant : grants) {
            assertEquals("alexaforbusiness@contoso.com", grant.input("user"));
            assertEquals(List.of("Editor"), grant.list("accessRights"));
        }
        run.ofType(CALENDAR_PROCESSING).forEach(room -> assertEquals(false, room.inputs().get("deleteComments")));
        assertTrue(run.registrations().stream().noneMatch(r -> r.type().startsWith("azuread:")));
        assertTrue(run.mocks().calls.stream().noneMatch(c -> c.token.startsWith("azuread:")));
        assertFalse(run.hasOutput("clientSecret"));
        assertEquals("serviceAccount", run.output("accessModel", String.class).getValueNullable());
        Registration account = run.one(USER_MAILBOX);
        assertEquals("alexaforbusiness@contoso.com", account.input("primarySmtpAddress"));
        assertEquals(List.of("password"), account.additionalSecretOutputs(), "the account's password stays a secret");
        grants.forEach(grant -> assertTrue(grant.dependencies().contains(account.urn()),
                "a grant waits for the account it names"));
        var settings = run.output("connectorSettings", Map.class);
        assertEquals(Map.of("service_account", "alexaforbusiness@contoso.com", "rooms", TENANT_ROOMS,
                "service_account_password", "generated-password-service-account-mailbox"), settings.getValueNullable());
        assertTrue(settings.isSecret(), "the settings carry the password, so they are a secret");
        assertTrue(run.output("serviceAccountPassword", String.class).isSecret());
    }

    @Test
    void conciergeOfficesGetTheirGroupAndTheirRightsOnTheirRoomsOnly() {
        Run placeos = run(StackFixtures.placeos("rbac"));
        Registration group = placeos.ofType(GROUP).stream().filter(g -> g.name().startsWith("concierge-")).findFirst().orElseThrow();
        assertEquals("PlaceOS Concierge Sydney", group.input("name"));
        assertEquals(List.of("reception@contoso.com"), group.list("members"));
        List<Registration> viewAll = placeos.ofType(FOLDER_PERMISSION);
        assertEquals(List.of("room1@contoso.com:\\Calendar", "room2@contoso.com:\\Calendar"), viewAll.stream().map(g -> g.input("identity")).toList());
        viewAll.forEach(g -> {
            assertEquals("placeosconciergesydney@contoso.onmicrosoft.com", g.input("user"));
            assertEquals(List.of("Reviewer"), g.list("accessRights"));
            assertTrue(g.dependencies().contains(group.urn()));
        });

        Run custom = run(StackFixtures.custom("rbac"));
        List<Registration> fullAccess = custom.ofType(MAILBOX_PERMISSION);
        assertEquals(TENANT_ROOMS, fullAccess.stream().map(g -> g.input("identity")).toList(), "an office without rooms covers every room");
        fullAccess.forEach(g -> {
            assertEquals(List.of("FullAccess"), g.list("accessRights"));
            assertEquals(false, g.inputs().get("autoMapping"));
            assertEquals("frontdesk@contoso.onmicrosoft.com", g.input("user"));
        });
        Registration frontDesk = custom.ofType(GROUP).stream().filter(g -> g.name().startsWith("concierge-")).findFirst().orElseThrow();
        assertFalse(frontDesk.inputs().containsKey("members"), "membership left to the admins when the stack lists no members");
    }

    @Test
    void signInAppGetsRedirectsScopesAndAdminConsentForAllUsers() {
        Run run = run(StackFixtures.placeos("rbac"));
        Registration app = run.ofType(APPLICATION).stream().filter(a -> a.name().equals("user-sign-in-app")).findFirst().orElseThrow();
        assertEquals("PlaceOS User Authentication", app.input("displayName"));
        assertEquals(Map.of("redirectUris", List.of("https://placeos.contoso.com/auth/oauth2/callback?id=oauth_strat-1")), app.inputs().get("web"));
        assertEquals(List.of(Map.of("resourceAppId", "00000003-0000-0000-c000-000000000000", "resourceAccesses", List.of(
                Map.of("id", "scope-Calendars.ReadWrite", "type", "Scope"), Map.of("id", "scope-Calendars.ReadWrite.Shared", "type", "Scope"),
                Map.of("id", "scope-Group.Read.All", "type", "Scope"), Map.of("id", "scope-User.Read.All", "type", "Scope"),
                Map.of("id", "scope-offline_access", "type", "Scope"), Map.of("id", "scope-openid", "type", "Scope"),
                Map.of("id", "scope-profile", "type", "Scope")))), app.list("requiredResourceAccesses"));
        Registration consent = run.one(DELEGATED_GRANT);
        assertEquals(List.of("Calendars.ReadWrite", "Calendars.ReadWrite.Shared", "Group.Read.All", "User.Read.All", "offline_access", "openid", "profile"),
                consent.list("claimValues"));
        assertEquals("sp-user-sign-in-sp", consent.input("servicePrincipalObjectId"));
        assertEquals(ProgramHarness.GRAPH_SP_OBJECT_ID, consent.input("resourceServicePrincipalObjectId"));
        assertFalse(consent.inputs().containsKey("userObjectId"), "consent for all users");
    }

    @Test
    void discoveryAsksTheProviderWithTheStacksRoomListAndFilter() {
        Run run = run(StackFixtures.custom("rbac"));
        var discovery = run.mocks().calls.stream().filter(c -> c.token.equals("exchangeonline:index:getRoomMailboxes")).toList();
        assertEquals(1, discovery.size());
        assertEquals(Map.of("roomList", "HQ Rooms", "filter", "ResourceCapacity -gt 4"), discovery.get(0).args);
        assertEquals(TENANT_ROOMS, run.ofType(GROUP).stream().filter(g -> g.name().equals("room-calendar-access-room-group"))
                .findFirst().orElseThrow().list("members"));
    }

    @Test
    void discoveryThatFindsNoRoomStopsBeforeAnythingIsDeclared() {
        Run run = ProgramHarness.run(StackFixtures.roomz("rbac"), List.of());
        assertNotEquals(0, run.result().exitCode());
        assertEquals(List.of(), run.mocks().resources);
        assertTrue(run.result().exceptions().get(0).getMessage().contains("roomgate:rooms: found no room mailbox in the tenant (all room mailboxes)"),
                run.result().exceptions().toString());
    }

    @Test
    void badConfigurationDeclaresNothing() {
        var config = StackFixtures.placeos("rbac");
        config.remove("tenantId");
        config.put("app", "{\"secretLifetimeMonths\": 36}");
        Run run = ProgramHarness.run(config, TENANT_ROOMS);
        assertNotEquals(0, run.result().exitCode());
        assertEquals(List.of(), run.mocks().resources);
        assertEquals(List.of(), run.mocks().calls, "not even a lookup");
        String message = run.result().exceptions().get(0).getMessage();
        assertTrue(message.contains("roomgate:tenantId: is missing"), message);
        assertTrue(message.contains("roomgate:app.secretLifetimeMonths: is 36"), message);
    }

    @Test
    void anUnrestrictedAppIsDeclaredOnlyWithAWarningThatSaysWhatItMeans() {
        var warnings = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var logger = engineLog(record -> {
            if (record.getLevel() == java.util.logging.Level.WARNING) warnings.add(record.getMessage());
        });
        Run run = ProgramHarness.runWithLogger(StackFixtures.alexaApplication(), TENANT_ROOMS, logger);
        assertEquals(0, run.result().exitCode(), () -> run.result().exceptions().toString());
        Registration grant = run.one(APP_ROLE_ASSIGNMENT);
        assertEquals(CALENDARS_READ_WRITE, grant.input("appRoleId"));
        assertTrue(run.registrations().stream().noneMatch(r -> r.type().equals(POLICY) || r.type().equals(SCOPE)));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("can read and write every mailbox calendar in tenant " + TENANT)), warnings.toString());
        assertEquals("unrestricted", run.output("accessModel", String.class).getValueNullable());

        var refused = StackFixtures.alexaApplication();
        refused.remove("acceptUnrestrictedApp");
        Run refusedRun = ProgramHarness.run(refused, TENANT_ROOMS);
        assertNotEquals(0, refusedRun.result().exitCode());
        assertEquals(List.of(), refusedRun.mocks().resources);
    }

    @Test
    void aConfigurationErrorIsReportedOnceWithoutAJavaStackTrace() {
        var errors = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var logger = engineLog(record -> {
            if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                errors.add(record.getMessage() + (record.getThrown() == null ? "" : " [thrown]"));
            }
        });
        var stack = StackFixtures.alexaApplication();
        stack.remove("acceptUnrestrictedApp");

        Run run = ProgramHarness.runWithLogger(stack, TENANT_ROOMS, logger);

        assertNotEquals(0, run.result().exitCode());
        assertEquals(1, errors.stream().filter(e -> e.contains("roomgate:acceptUnrestrictedApp")).count(), errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.contains("\tat ") || e.contains("[thrown]")
                || e.contains("StackConfigException")), errors.toString());
    }

    /** A logger for the engine's log that hands each record to {@code records}, and prints nothing. */
    private static java.util.logging.Logger engineLog(java.util.function.Consumer<LogRecord> records) {
        var logger = java.util.logging.Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override public void publish(LogRecord record) {
                records.accept(record);
            }
            @Override public void flush() { }
            @Override public void close() { }
        });
        return logger;
    }

    @Test
    void previewDeclaresTheSameGraph() {
        Map<String, Long> update = run(StackFixtures.placeos("applicationAccessPolicy")).countsByType();
        ProgramHarness.cleanup();
        Run preview = ProgramHarness.run(StackFixtures.placeos("applicationAccessPolicy"), TENANT_ROOMS, true);
        assertEquals(0, preview.result().exitCode());
        assertEquals(update, preview.countsByType());
    }

    @Test
    void memberOfGroupFilterEscapesQuotesInTheDistinguishedName() {
        assertEquals("MemberOfGroup -eq 'CN=O''Brien Rooms,DC=x'", RoomCalendarAccess.memberOfGroup("CN=O'Brien Rooms,DC=x"));
    }
}
