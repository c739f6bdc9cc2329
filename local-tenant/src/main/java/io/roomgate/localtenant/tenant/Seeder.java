package io.roomgate.localtenant.tenant;

import io.roomgate.localtenant.tls.ClientCertificate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a fresh tenant: an organization with users, a CEO mailbox (the canary that must stay out of reach),
 * room mailboxes spread over buildings with one room list per building, the first-party resource service
 * principals, the deploying admin app and the platform's existing app. Cheap enough for 10,000 rooms.
 */
public final class Seeder {
    /** Buildings rooms are spread over, round robin: (Office, code). */
    private static final String[][] BUILDINGS = {
            {"Amsterdam HQ", "ams"}, {"Berlin Mitte", "ber"}, {"Chicago Loop", "chi"}, {"Denver Tech Center", "den"}};
    private static final int[] CAPACITIES = {4, 6, 8, 10, 12, 20};
    private static final String[][] USERS = {
            {"Adele Vance", "adelev"}, {"Alex Wilber", "alexw"}, {"Diego Siciliani", "diegos"},
            {"Grady Archie", "gradya"}, {"Isaiah Langer", "isaiahl"}, {"Johanna Lorenz", "johannal"},
            {"Lee Gu", "leeg"}, {"Lidia Holloway", "lidiah"}, {"Lynne Robbins", "lynner"},
            {"Miriam Graham", "miriamg"}, {"Nestor Wilke", "nestorw"}, {"Patti Fernandez", "pattif"}};

    public static final String CEO_ALIAS = "ceo";
    public static final String DEPLOYER_NAME = "roomgate deployer";
    public static final String PLATFORM_NAME = "Room booking platform";

    private final Random random;
    private final SecureRandom secrets = new SecureRandom();
    private final String organizationName;
    private final int rooms;
    private final Instant now = Instant.now();
    private TenantState state;

    public Seeder(long seed, String organizationName, int rooms) {
        if (rooms < 0 || rooms > 10_000) {
            throw new IllegalArgumentException("rooms must be between 0 and 10000, was " + rooms);
        }
        this.random = new Random(seed);
        this.organizationName = organizationName.toLowerCase(Locale.ROOT);
        this.rooms = rooms;
    }

    public TenantState seed() {
        state = new TenantState();
        TenantState.Organization organization = new TenantState.Organization();
        organization.tenantId = nextGuid();
        organization.initialDomain = organizationName + ".onmicrosoft.com";
        organization.displayName = Character.toUpperCase(organizationName.charAt(0)) + organizationName.substring(1);
        state.organization = organization;

        seedResourceServicePrincipals();
        for (String[] user : USERS) {
            mailbox(RecipientKind.UserMailbox, user[0], user[1], null, null);
        }
        mailbox(RecipientKind.UserMailbox, "Chief Executive Officer", CEO_ALIAS, null, null);
        mailbox(RecipientKind.SharedMailbox, "Reception", "reception", null, null);
        seedRooms();
        seedApps();
        return state;
    }

    private void seedRooms() {
        List<List<String>> roomsPerBuilding = new ArrayList<>();
        for (int b = 0; b < BUILDINGS.length; b++) {
            roomsPerBuilding.add(new ArrayList<>());
        }
        for (int i = 0; i < rooms; i++) {
            int building = i % BUILDINGS.length;
            int number = i / BUILDINGS.length + 1;
            String code = BUILDINGS[building][1];
            // Plain concatenation: String.format is the dominant cost when seeding thousands of rooms.
            String alias = code + "-room-" + padded(number, 4);
            String displayName = code.toUpperCase(Locale.ROOT) + " " + (number / 100 + 1) + "." + padded(number % 100, 2);
            Recipient room = mailbox(RecipientKind.RoomMailbox, displayName, alias, BUILDINGS[building][0],
                    CAPACITIES[i % CAPACITIES.length]);
            roomsPerBuilding.get(building).add(room.guid);
        }
        for (int b = 0; b < BUILDINGS.length; b++) {
            if (roomsPerBuilding.get(b).isEmpty()) {
                continue;
            }
            Recipient list = recipient(RecipientKind.RoomList, "Rooms " + BUILDINGS[b][0],
                    "rooms-" + BUILDINGS[b][1]);
            list.members.addAll(roomsPerBuilding.get(b));
        }
    }

    private static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private Recipient mailbox(RecipientKind kind, String displayName, String alias, String office, Integer capacity) {
        Recipient mailbox = recipient(kind, displayName, alias);
        mailbox.userPrincipalName = mailbox.primarySmtpAddress;
        mailbox.office = office;
        mailbox.resourceCapacity = capacity;
        return mailbox;
    }

    private Recipient recipient(RecipientKind kind, String displayName, String alias) {
        Recipient recipient = new Recipient();
        recipient.guid = nextGuid();
        recipient.externalDirectoryObjectId = nextGuid();
        recipient.kind = kind;
        recipient.name = kind.isMailbox() ? alias : displayName;
        recipient.alias = alias;
        recipient.displayName = displayName;
        recipient.primarySmtpAddress = alias + "@" + state.organization.initialDomain;
        recipient.whenCreated = now.toString();
        recipient.sid = nextSid();
        recipient.requireSenderAuthenticationEnabled = kind.isGroup();
        state.recipients.add(recipient);
        return recipient;
    }

    private void seedResourceServicePrincipals() {
        Entra.ServicePrincipal graph = servicePrincipal(Entra.GRAPH_APP_ID, "Microsoft Graph");
        graph.servicePrincipalNames.add("https://graph.microsoft.com");
        graph.appRoles.add(new Entra.AppRole(Entra.GRAPH_CALENDARS_READ_WRITE, "Calendars.ReadWrite"));
        graph.appRoles.add(new Entra.AppRole("798ee544-9d2d-430c-a058-570e29e34338", "Calendars.Read"));
        graph.appRoles.add(new Entra.AppRole("913b9306-0ce1-42b8-9137-6a7df690a760", "Place.Read.All"));
        graph.appRoles.add(new Entra.AppRole("df021288-bdef-4463-88db-98f22de89214", "User.Read.All"));
        graph.appRoles.add(new Entra.AppRole("b633e1c5-b582-4048-a93e-9f11b44c7e96", "Mail.Send"));
        graph.appRoles.add(new Entra.AppRole("e2a3a72e-5f79-4c64-b1b1-878b674786c9", "Mail.ReadWrite"));
        graph.appRoles.add(new Entra.AppRole("089fe4d0-434a-44c5-8827-41ba8a0b17f5", "Contacts.Read"));
        graph.appRoles.add(new Entra.AppRole("5b567255-7703-4780-807c-7be8301ae99b", "Group.Read.All"));
        graph.appRoles.add(new Entra.AppRole("62a82d76-70ea-41e2-9197-370581804d09", "Group.ReadWrite.All"));
        graph.appRoles.add(new Entra.AppRole("1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9", "Application.ReadWrite.All"));
        graph.appRoles.add(new Entra.AppRole("06b708a9-e830-4db3-a914-8e69da51d44f",
                "AppRoleAssignment.ReadWrite.All"));
        graph.appRoles.add(new Entra.AppRole("98830695-27a2-44f7-8c18-0c3ebc9698f6", "GroupMember.Read.All"));
        graph.appRoles.add(new Entra.AppRole(Entra.GRAPH_DELEGATED_PERMISSION_GRANT_READ_WRITE_ALL,
                "DelegatedPermissionGrant.ReadWrite.All"));
        // Graph's delegated scopes, by their ids (the same in every tenant), for sign-in apps and their consent.
        for (String[] scope : new String[][] {
                {"37f7f235-527c-4136-accd-4a02d197296e", "openid"},
                {"14dad69e-099b-42c9-810b-d002981feec1", "profile"},
                {"64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0", "email"},
                {"7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "offline_access"},
                {"e1fe6dd8-ba31-4d61-89e7-88639da4683d", "User.Read"},
                {"a154be20-db9c-4678-8ab7-66f6cc099a59", "User.Read.All"},
                {"b340eb25-3456-403f-be2f-af7a0d370277", "User.ReadBasic.All"},
                {"465a38f9-76ea-45b9-9f34-9e8b0d4b0b42", "Calendars.Read"},
                {"1ec239c2-d7c9-4623-a91a-a9775856bb36", "Calendars.ReadWrite"},
                {"2b9c4092-424d-4249-948d-b43879977640", "Calendars.Read.Shared"},
                {"12466101-c9b8-439a-8589-dd09ee67e8e9", "Calendars.ReadWrite.Shared"},
                {"5f8c59db-677d-491f-a6b8-5f174b11ec1d", "Group.Read.All"},
                {"bc024368-1153-4739-b217-4326f2e966d0", "GroupMember.Read.All"},
                {"cb8f45a0-5c2e-4ea1-b803-84b870a7d7ec", "Place.Read.All"},
                {"ff74d97f-43af-4b68-9f2a-b77ee6968c5d", "Contacts.Read"}}) {
            graph.oauth2PermissionScopes.add(new Entra.PermissionScope(scope[0], scope[1]));
        }
        Entra.ServicePrincipal exchange = servicePrincipal(Entra.EXCHANGE_APP_ID, "Office 365 Exchange Online");
        exchange.servicePrincipalNames.add("https://outlook.office365.com");
        exchange.servicePrincipalNames.add("https://outlook.office.com");
        exchange.appRoles.add(new Entra.AppRole(Entra.EXCHANGE_MANAGE_AS_APP, "Exchange.ManageAsApp"));
        exchange.appRoles.add(new Entra.AppRole("dc890d15-9560-4a4c-9b7f-a736ec74ec40", "full_access_as_app"));
    }

    private void seedApps() {
        TenantState.SeededApps seeded = new TenantState.SeededApps();
        Entra.Application deployer = application(DEPLOYER_NAME);
        seeded.deployerAppId = deployer.appId;
        seeded.deployerSecret = addSecret(deployer);
        ClientCertificate certificate = ClientCertificate.generate(DEPLOYER_NAME, Duration.ofDays(365));
        Entra.KeyCredential key = new Entra.KeyCredential();
        key.keyId = nextGuid();
        key.displayName = "CN=" + DEPLOYER_NAME;
        key.certificate = ClientCertificate.base64Der(certificate.certificate());
        key.thumbprint = ClientCertificate.thumbprint(certificate.certificate());
        key.startDateTime = certificate.certificate().getNotBefore().toInstant().toString();
        key.endDateTime = certificate.certificate().getNotAfter().toInstant().toString();
        deployer.keyCredentials.add(key);
        seeded.deployerCertificatePem = certificate.toPem();
        Entra.ServicePrincipal deployerSp = servicePrincipal(deployer.appId, deployer.displayName);
        grant(deployerSp, Entra.EXCHANGE_APP_ID, Entra.EXCHANGE_MANAGE_AS_APP);
        grant(deployerSp, Entra.GRAPH_APP_ID, "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9");
        grant(deployerSp, Entra.GRAPH_APP_ID, "06b708a9-e830-4db3-a914-8e69da51d44f");
        grant(deployerSp, Entra.GRAPH_APP_ID, "62a82d76-70ea-41e2-9197-370581804d09");
        Entra.DirectoryRoleAssignment admin = new Entra.DirectoryRoleAssignment();
        admin.id = nextGuid();
        admin.principalId = deployerSp.objectId;
        admin.roleDefinitionId = Entra.EXCHANGE_ADMINISTRATOR_ROLE;
        state.directoryRoleAssignments.add(admin);

        Entra.Application platform = application(PLATFORM_NAME);
        seeded.platformAppId = platform.appId;
        seeded.platformSecret = addSecret(platform);
        servicePrincipal(platform.appId, platform.displayName);
        // Granted last so that the ids seeded before it stay what they were.
        grant(deployerSp, Entra.GRAPH_APP_ID, Entra.GRAPH_DELEGATED_PERMISSION_GRANT_READ_WRITE_ALL);
        state.seededApps = seeded;
    }

    private Entra.Application application(String displayName) {
        Entra.Application application = new Entra.Application();
        application.appId = nextGuid();
        application.objectId = nextGuid();
        application.displayName = displayName;
        application.createdDateTime = now.toString();
        state.applications.add(application);
        return application;
    }

    private String addSecret(Entra.Application application) {
        byte[] bytes = new byte[30];
        secrets.nextBytes(bytes);
        Entra.PasswordCredential secret = new Entra.PasswordCredential();
        secret.keyId = nextGuid();
        secret.displayName = "seeded";
        secret.secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secret.startDateTime = now.toString();
        secret.endDateTime = now.plus(Duration.ofDays(365)).toString();
        application.passwordCredentials.add(secret);
        return secret.secretText;
    }

    private Entra.ServicePrincipal servicePrincipal(String appId, String displayName) {
        Entra.ServicePrincipal sp = new Entra.ServicePrincipal();
        sp.objectId = nextGuid();
        sp.appId = appId;
        sp.displayName = displayName;
        sp.servicePrincipalNames.add(appId);
        state.servicePrincipals.add(sp);
        return sp;
    }

    private void grant(Entra.ServicePrincipal client, String resourceAppId, String appRoleId) {
        Entra.ServicePrincipal resource = state.servicePrincipals.stream()
                .filter(sp -> sp.appId.equals(resourceAppId)).findFirst().orElseThrow();
        Entra.AppRoleAssignment assignment = new Entra.AppRoleAssignment();
        assignment.id = nextGuid();
        assignment.principalId = client.objectId;
        assignment.resourceId = resource.objectId;
        assignment.appRoleId = appRoleId;
        assignment.createdDateTime = now.toString();
        state.appRoleAssignments.add(assignment);
    }

    private String nextGuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    private String nextSid() {
        return "S-1-5-21-" + (1000000000 + random.nextInt(1000000000)) + "-" + (1000000000 + random.nextInt(1000000000))
                + "-" + (1000000000 + random.nextInt(1000000000)) + "-" + (1000 + random.nextInt(9_000_000));
    }

    /** A fresh GUID for objects created at run time (not seeded). */
    public static String newGuid() {
        return UUID.randomUUID().toString();
    }
}
