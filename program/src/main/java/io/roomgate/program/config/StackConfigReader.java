package io.roomgate.program.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.roomgate.program.config.StackConfig.AppRegistration;
import io.roomgate.program.config.StackConfig.CalendarProcessingSettings;
import io.roomgate.program.config.StackConfig.ConciergeOffice;
import io.roomgate.program.config.StackConfig.ExistingApp;
import io.roomgate.program.config.StackConfig.RoomGroup;
import io.roomgate.program.config.StackConfig.RoomSelection;
import io.roomgate.program.config.StackConfig.ServiceAccount;
import io.roomgate.program.config.StackConfig.SignInApp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code roomgate:*} keys of a stack into a {@link StackConfig}: the profile's presets first, the
 * stack's values over them, then every check. All problems are collected and thrown together as a
 * {@link StackConfigException} before the program declares anything.
 */
public final class StackConfigReader {
    public static final String NAMESPACE = "roomgate";

    /** The top-level keys; structured ones hold JSON objects (or a list, for concierge). */
    static final List<String> KEYS = List.of("tenantId", "organization", "profile", "accessModel",
            "acceptUnrestrictedApp", "app", "appClientSecret", "rooms", "roomGroup", "calendarProcessing",
            "concierge", "serviceAccount", "signIn", "canaryMailbox", "connector");

    /**
     * Keys whose stack value is merged into the profile's preset setting by setting. Every other key is replaced
     * whole; {@code rooms} above all, since a selection is one choice (explicit rooms replace "all rooms").
     */
    static final Set<String> MERGED_KEYS = Set.of("app", "roomGroup", "calendarProcessing", "serviceAccount", "signIn", "connector");

    static final int MAX_SECRET_LIFETIME_MONTHS = 24;
    static final int DEFAULT_SECRET_LIFETIME_MONTHS = 12;
    static final String DEFAULT_ROOM_GROUP_NAME = "roomgate Rooms";
    static final Set<String> AUTOMATE_PROCESSING = Set.of("None", "AutoUpdate", "AutoAccept");

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final ConfigSource source;
    private JsonObject values;

    private StackConfigReader(ConfigSource source) {
        this.source = source;
    }

    public static StackConfig read(ConfigSource source) {
        return new StackConfigReader(source).read();
    }

    private static String key(String name) {
        return NAMESPACE + ":" + name;
    }

    private void problem(String name, String message) {
        problems.add(new ConfigProblem(key(name), message));
    }

    private StackConfig read() {
        Profile profile = source.get("profile").map(String::trim).map(value -> Profile.fromConfig(value).orElseGet(() -> {
            problem("profile", "'" + value + "' is not a profile roomgate knows. Write one of: "
                    + String.join(", ", Profile.configValues()) + " (custom presets nothing).");
            return Profile.CUSTOM;
        })).orElse(Profile.CUSTOM);
        values = withStackValues(profile.presets());

        String tenantId = requiredString("tenantId", "your tenant's id (Entra admin center > Overview > Tenant ID), e.g. roomgate:tenantId: 8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f")
                .filter(id -> {
                    boolean ok = Names.isGuid(id);
                    if (!ok) problem("tenantId", "'" + id + "' is not a tenant id. Write the Directory (tenant) ID GUID, e.g. 8d3f6f0e-1c2b-4a5d-9e8f-0a1b2c3d4e5f.");
                    return ok;
                }).orElse("");
        String organization = requiredString("organization", "the tenant's initial domain, e.g. roomgate:organization: contoso.onmicrosoft.com")
                .filter(org -> {
                    boolean ok = Names.isInitialDomain(org);
                    if (!ok) problem("organization", "'" + org + "' is not an initial domain. Write the tenant's *.onmicrosoft.com domain, e.g. contoso.onmicrosoft.com (not a vanity domain such as contoso.com).");
                    return ok;
                }).map(org -> org.toLowerCase(Locale.ROOT)).orElse("");

        AccessModel accessModel = readAccessModel();
        RoomSelection rooms = readRooms();
        Optional<AppRegistration> app = readApp(accessModel);
        RoomGroup roomGroup = readRoomGroup();
        Optional<CalendarProcessingSettings> calendarProcessing = readCalendarProcessing();
        List<ConciergeOffice> concierge = readConcierge(rooms, roomGroup);
        Optional<ServiceAccount> serviceAccount = readServiceAccount();
        Optional<SignInApp> signIn = readSignIn(profile);
        Optional<String> canary = readCanary(rooms);
        String conferenceType = object("connector").map(connector -> {
            connector.allowOnly("conferenceType");
            return connector.string("conferenceType").orElse("teamsForBusiness");
        }).orElse("teamsForBusiness");

        if (app.isEmpty() && serviceAccount.isEmpty() && objectIsDisabled("app")) {
            problem("app.enabled", "is false and no roomgate:serviceAccount is set, so the platform would have no way to reach the room calendars. "
                    + "Remove roomgate:app.enabled: false, or set roomgate:serviceAccount: {address: svc@contoso.com, folderRole: Editor}.");
        }
        if (!problems.isEmpty()) {
            throw new StackConfigException(problems);
        }
        return new StackConfig(tenantId, organization, profile, accessModel, app, rooms, roomGroup, calendarProcessing,
                concierge, serviceAccount, signIn, canary, conferenceType);
    }

    /** Presets overlaid by the stack: {@link #MERGED_KEYS} merge setting by setting, anything else is replaced. */
    private JsonObject withStackValues(JsonObject presets) {
        JsonObject merged = presets.deepCopy();
        for (String name : KEYS) {
            if (name.equals("appClientSecret")) {
                continue; // a secret: never parsed or echoed, only its presence matters (see readApp)
            }
            Optional<String> raw = source.get(name);
            if (raw.isEmpty()) {
                continue;
            }
            JsonElement value = parse(name, raw.get());
            if (value == null) {
                continue;
            }
            JsonElement preset = merged.get(name);
            if (MERGED_KEYS.contains(name) && preset != null && preset.isJsonObject() && value.isJsonObject()) {
                JsonObject combined = preset.getAsJsonObject().deepCopy();
                value.getAsJsonObject().entrySet().forEach(e -> combined.add(e.getKey(), e.getValue()));
                merged.add(name, combined);
            } else {
                merged.add(name, value);
            }
        }
        return merged;
    }

    private JsonElement parse(String name, String raw) {
        String text = raw.trim();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return JsonParser.parseString(text);
            } catch (JsonParseException malformed) {
                problem(name, "is not valid structured YAML/JSON (" + malformed.getMessage() + "). Check its indentation and brackets.");
                return null;
            }
        }
        return new JsonPrimitive(text);
    }

    private Optional<String> requiredString(String name, String example) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull() || (value.isJsonPrimitive() && value.getAsString().isBlank())) {
            problem(name, "is missing. Write " + example + ".");
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            problem(name, "must be text. Write " + example + ".");
            return Optional.empty();
        }
        return Optional.of(value.getAsString().trim());
    }

    private Optional<String> optionalString(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            problem(name, "must be text, not " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.getAsString().trim()).filter(s -> !s.isEmpty());
    }

    private Optional<Settings> object(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            problem(name, "must be an object with named settings (indented keys under " + key(name) + "), not " + value + ".");
            return Optional.empty();
        }
        return Optional.of(new Settings(key(name), value.getAsJsonObject(), problems));
    }

    private boolean objectIsDisabled(String name) {
        JsonElement value = values.get(name);
        if (value == null || !value.isJsonObject()) {
            return false;
        }
        JsonElement enabled = value.getAsJsonObject().get("enabled");
        return enabled != null && enabled.isJsonPrimitive() && "false".equals(enabled.getAsString());
    }

    private AccessModel readAccessModel() {
        AccessModel model = optionalString("accessModel").map(value -> AccessModel.fromConfig(value).orElseGet(() -> {
            problem("accessModel", "'" + value + "' is not an access model. Write rbac (RBAC for Applications, the default and what Microsoft recommends) "
                    + "or applicationAccessPolicy (the legacy access policy).");
            return AccessModel.RBAC;
        })).orElse(AccessModel.RBAC);
        boolean accepted = optionalString("acceptUnrestrictedApp").map(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                problem("acceptUnrestrictedApp", "must be true or false, not '" + value + "'.");
            }
            return value.equals("true");
        }).orElse(false);
        if (model == AccessModel.UNRESTRICTED && !accepted) {
            problem("acceptUnrestrictedApp", "is not true, but this stack asks for a tenant-wide calendar grant (roomgate:accessModel: unrestricted"
                    + (values.has("accessModel") && source.get("accessModel").isEmpty() ? ", set by the profile" : "") + "). "
                    + "That lets the app read and write EVERY mailbox calendar in the tenant, executives' included, not only rooms. "
                    + "roomgate refuses this unless the stack says roomgate:acceptUnrestrictedApp: true. "
                    + "Prefer roomgate:accessModel: rbac, which limits the app to room mailboxes.");
        }
        if (accepted && model == AccessModel.RBAC) {
            problem("acceptUnrestrictedApp", "is true while roomgate:accessModel is rbac: an unrestricted Entra calendar grant cannot be combined with RBAC, "
                    + "because RBAC grants add to Entra grants and one tenant-wide grant undoes the room scope. "
                    + "Remove roomgate:acceptUnrestrictedApp to keep the app to rooms, or write roomgate:accessModel: unrestricted if a tenant-wide grant is really meant.");
        }
        if (accepted && model == AccessModel.APPLICATION_ACCESS_POLICY) {
            problem("acceptUnrestrictedApp", "is true while roomgate:accessModel is applicationAccessPolicy, which restricts the grant to the room group. "
                    + "Remove roomgate:acceptUnrestrictedApp, or write roomgate:accessModel: unrestricted if a tenant-wide grant is really meant.");
        }
        return model;
    }

    private Optional<AppRegistration> readApp(AccessModel accessModel) {
        Settings app = object("app").orElseGet(() -> new Settings(key("app"), new JsonObject(), problems));
        app.allowOnly("enabled", "displayName", "permissions", "secretLifetimeMonths", "secretRotationDays",
                "existingClientId", "existingServicePrincipalObjectId", "grantConsent");
        boolean secretGiven = source.get("appClientSecret").filter(s -> !s.isBlank()).isPresent();
        if (!app.bool("enabled").orElse(true)) {
            if (secretGiven) {
                problem("appClientSecret", "is set but roomgate:app.enabled is false. Remove the secret from the stack.");
            }
            return Optional.empty();
        }

        Optional<ExistingApp> existing = Optional.empty();
        Optional<String> existingClientId = app.string("existingClientId");
        if (existingClientId.isPresent()) {
            String clientId = existingClientId.get();
            if (!Names.isGuid(clientId)) {
                app.problem("existingClientId", "'" + clientId + "' is not an application (client) id. Write the GUID from the app's Overview page.");
            }
            Optional<String> spObjectId = app.string("existingServicePrincipalObjectId");
            if (spObjectId.isEmpty()) {
                app.problem("existingServicePrincipalObjectId", "is missing. With existingClientId, also write the object id of the app's service principal "
                        + "(Enterprise applications > the app > Object ID; not the id on the App registrations page).");
            } else if (!Names.isGuid(spObjectId.get())) {
                app.problem("existingServicePrincipalObjectId", "'" + spObjectId.get() + "' is not an object id. Write the service principal's Object ID GUID.");
            }
            if (!secretGiven) {
                problem("appClientSecret", "is missing. With roomgate:app.existingClientId, store the app's client secret as a secret: "
                        + "pulumi config set --secret roomgate:appClientSecret <value>.");
            }
            existing = Optional.of(new ExistingApp(clientId, spObjectId.orElse("")));
        } else if (secretGiven) {
            problem("appClientSecret", "is set but roomgate:app.existingClientId is not: roomgate creates the app and its secret itself. "
                    + "Remove roomgate:appClientSecret, or bring your own app with roomgate:app.existingClientId.");
        }

        String displayName = app.string("displayName").orElse("");
        if (existing.isEmpty() && displayName.isEmpty()) {
            app.problem("displayName", "is missing. Name the app registration, e.g. roomgate:app: {displayName: \"Room Booking\"}, or pick a roomgate:profile that names it.");
        }
        if (displayName.length() > 120) {
            app.problem("displayName", "is " + displayName.length() + " characters; Entra allows 120. Shorten it.");
        }

        var permissions = new ArrayList<GraphPermission>();
        List<String> permissionNames = app.strings("permissions");
        boolean allKnown = true;
        for (String name : permissionNames) {
            Optional<GraphPermission> permission = GraphPermissions.application(name);
            if (permission.isEmpty()) {
                allKnown = false;
                app.problem("permissions", "'" + name + "' is not a Microsoft Graph application permission roomgate knows. Write one of: "
                        + String.join(", ", GraphPermissions.applicationNames()) + ".");
            } else if (permissions.stream().noneMatch(p -> p.name().equals(permission.get().name()))) {
                permissions.add(permission.get());
            }
        }
        if (permissionNames.isEmpty()) {
            app.problem("permissions", "is missing. List the Microsoft Graph application permissions, e.g. permissions: [Calendars.ReadWrite].");
        } else if (allKnown && permissions.stream().noneMatch(GraphPermission::calendarPermission)) {
            app.problem("permissions", "has no calendar permission, so the platform could not reach any room calendar. Add Calendars.ReadWrite (or Calendars.Read).");
        }

        int lifetime = app.integer("secretLifetimeMonths").orElse(DEFAULT_SECRET_LIFETIME_MONTHS);
        if (lifetime < 1 || lifetime > MAX_SECRET_LIFETIME_MONTHS) {
            app.problem("secretLifetimeMonths", "is " + lifetime + ", but Entra lets a client secret live at most 24 months. Write a number from 1 to 24.");
        }
        int rotation = readRotation(app, lifetime);
        boolean grantConsent = app.bool("grantConsent").orElse(true);
        if (accessModel == AccessModel.APPLICATION_ACCESS_POLICY && !grantConsent) {
            app.problem("grantConsent", "is false in applicationAccessPolicy mode: the policy only restricts a Calendars grant that roomgate makes after it. "
                    + "Write grantConsent: true, or use roomgate:accessModel: rbac.");
        }
        return Optional.of(new AppRegistration(displayName, List.copyOf(permissions), lifetime, rotation, existing, grantConsent));
    }

    private static int readRotation(Settings settings, int lifetimeMonths) {
        int lifetimeDays = lifetimeMonths * 30;
        int rotation = settings.integer("secretRotationDays").orElse(Math.max(1, lifetimeDays / 2));
        if (rotation < 1 || rotation >= lifetimeDays) {
            settings.problem("secretRotationDays", "is " + rotation + ", but the secret lives " + lifetimeMonths + " months (about " + lifetimeDays
                    + " days): a new secret must be made before the old one expires. Write a number of days from 1 to " + (lifetimeDays - 1)
                    + ", e.g. " + Math.max(1, lifetimeDays / 2) + ".");
        }
        return rotation;
    }

    private RoomSelection readRooms() {
        Optional<Settings> maybeRooms = object("rooms");
        if (maybeRooms.isEmpty()) {
            if (!values.has("rooms")) {
                problem("rooms", "is missing. Write the room addresses (rooms: {addresses: [room1@contoso.com]}), or discover them: "
                        + "rooms: {all: true}, rooms: {roomList: \"Building 1 Rooms\"} or rooms: {filter: \"Office -eq 'Building 1'\"}.");
            }
            return new RoomSelection(List.of(), false, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Settings rooms = maybeRooms.get();
        rooms.allowOnly("addresses", "all", "roomList", "filter", "building");
        List<String> addresses = rooms.strings("addresses");
        boolean all = rooms.bool("all").orElse(false);
        Optional<String> roomList = rooms.string("roomList");
        Optional<String> filter = rooms.string("filter");
        Optional<String> building = rooms.string("building");
        boolean discovery = all || roomList.isPresent() || filter.isPresent() || building.isPresent();
        if (!addresses.isEmpty() && discovery) {
            rooms.problem("addresses", "cannot be combined with discovery (all, roomList, filter, building). Keep either the explicit list or the discovery settings.");
        } else if (addresses.isEmpty() && !discovery) {
            problem("rooms", "selects no rooms. Write addresses: [room1@contoso.com, ...], or all: true, or a roomList, filter or building.");
        }
        if (all && (roomList.isPresent() || filter.isPresent() || building.isPresent())) {
            rooms.problem("all", "is true, which already means every room mailbox; remove roomList, filter and building, or remove all: true to narrow the rooms.");
        }
        var lowerCase = new HashSet<String>();
        for (String address : addresses) {
            if (!Names.isSmtpAddress(address)) {
                rooms.problem("addresses", "'" + address + "' is not an email address. Write the room mailbox's primary address, e.g. room1@contoso.com.");
            } else if (!lowerCase.add(address.toLowerCase(Locale.ROOT))) {
                rooms.problem("addresses", "lists " + address + " more than once (addresses are compared without case). Remove the duplicate.");
            }
        }
        return new RoomSelection(addresses, all, roomList, filter, building);
    }

    private RoomGroup readRoomGroup() {
        Settings group = object("roomGroup").orElseGet(() -> new Settings(key("roomGroup"), new JsonObject(), problems));
        group.allowOnly("name", "alias", "primarySmtpAddress", "owners");
        String name = group.string("name").orElse(DEFAULT_ROOM_GROUP_NAME);
        String alias = group.string("alias").orElse(Names.aliasFrom(name));
        checkGroupNames(group, name, alias);
        Optional<String> primary = group.string("primarySmtpAddress");
        primary.filter(address -> !Names.isSmtpAddress(address)).ifPresent(address ->
                group.problem("primarySmtpAddress", "'" + address + "' is not an email address. Write e.g. roombooking@contoso.com, or leave it out to let Exchange derive it from the alias."));
        return new RoomGroup(name, alias, primary, addresses(group, "owners", "a mailbox of an Exchange admin or service user, e.g. admin@contoso.com"));
    }

    private static void checkGroupNames(Settings group, String name, String alias) {
        if (name.length() > Names.EXCHANGE_NAME_LIMIT) {
            group.problem("name", "is " + name.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT
                    + " for a group name. Shorten it, e.g. to '" + name.substring(0, 40).trim() + "'.");
        }
        if (alias.length() > Names.EXCHANGE_NAME_LIMIT) {
            group.problem("alias", "is " + alias.length() + " characters; Exchange allows " + Names.EXCHANGE_NAME_LIMIT + ". Shorten it.");
        } else if (!alias.isEmpty() && !Names.isAlias(alias)) {
            group.problem("alias", "'" + alias + "' has characters an Exchange alias cannot hold. Use letters, digits and !#$%&'*+-/=?^_`{|}~. only "
                    + "(no spaces), e.g. '" + Names.aliasFrom(alias) + "'.");
        } else if (alias.isEmpty()) {
            group.problem("alias", "is missing and cannot be made from the name '" + name + "'. Write an alias of letters and digits.");
        }
    }

    private List<String> addresses(Settings settings, String setting, String example) {
        List<String> addresses = settings.strings(setting);
        for (String address : addresses) {
            if (!Names.isSmtpAddress(address)) {
                settings.problem(setting, "'" + address + "' is not an email address. Write " + example + ".");
            }
        }
        return addresses;
    }

    private Optional<CalendarProcessingSettings> readCalendarProcessing() {
        Optional<Settings> maybe = object("calendarProcessing");
        if (maybe.isEmpty() || maybe.get().isEmpty()) {
            return Optional.empty();
        }
        Settings cp = maybe.get();
        cp.allowOnly("automateProcessing", "addOrganizerToSubject", "deleteSubject", "deleteComments", "removePrivateProperty",
                "deleteAttachments", "deleteNonCalendarItems", "processExternalMeetingMessages", "allowConflicts",
                "allowRecurringMeetings", "bookingWindowInDays", "maximumDurationInMinutes", "resourceDelegates");
        String automate = cp.string("automateProcessing").map(value -> AUTOMATE_PROCESSING.stream()
                .filter(v -> v.equalsIgnoreCase(value)).findFirst().orElseGet(() -> {
                    cp.problem("automateProcessing", "'" + value + "' is not a processing mode. Write AutoAccept (rooms book themselves), AutoUpdate or None.");
                    return null;
                })).orElse(null);
        Integer window = cp.integer("bookingWindowInDays").orElse(null);
        if (window != null && (window < 0 || window > 1080)) {
            cp.problem("bookingWindowInDays", "is " + window + "; Exchange accepts 0 to 1080 days. Write e.g. 180 (Exchange's default).");
        }
        Integer maxDuration = cp.integer("maximumDurationInMinutes").orElse(null);
        if (maxDuration != null && maxDuration < 0) {
            cp.problem("maximumDurationInMinutes", "is " + maxDuration + "; write 0 or more minutes, e.g. 1440 (Exchange's default).");
        }
        return Optional.of(new CalendarProcessingSettings(automate,
                cp.bool("addOrganizerToSubject").orElse(null), cp.bool("deleteSubject").orElse(null),
                cp.bool("deleteComments").orElse(null), cp.bool("removePrivateProperty").orElse(null),
                cp.bool("deleteAttachments").orElse(null), cp.bool("deleteNonCalendarItems").orElse(null),
                cp.bool("processExternalMeetingMessages").orElse(null), cp.bool("allowConflicts").orElse(null),
                cp.bool("allowRecurringMeetings").orElse(null), window, maxDuration,
                addresses(cp, "resourceDelegates", "the delegate's mailbox address, e.g. facilities@contoso.com")));
    }

    private List<ConciergeOffice> readConcierge(RoomSelection stackRooms, RoomGroup roomGroup) {
        var offices = new ArrayList<ConciergeOffice>();
        var names = new HashSet<String>();
        var aliases = new HashSet<String>(Set.of(roomGroup.alias().toLowerCase(Locale.ROOT)));
        Set<String> known = stackRooms.addresses().stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (Settings office : Settings.objects(key("concierge"), values.get("concierge"), problems)) {
            office.allowOnly("name", "alias", "primarySmtpAddress", "owners", "members", "rooms", "access");
            Optional<String> name = office.string("name");
            if (name.isEmpty()) {
                office.problem("name", "is missing. Name the office's concierge group, e.g. name: \"PlaceOS Concierge Sydney\".");
            } else if (!names.add(name.get().toLowerCase(Locale.ROOT))) {
                office.problem("name", "'" + name.get() + "' is used by another concierge office. Give each office its own group name.");
            }
            String alias = office.string("alias").orElse(Names.aliasFrom(name.orElse("")));
            if (name.isPresent()) {
                checkGroupNames(office, name.get(), alias);
                if (!alias.isEmpty() && !aliases.add(alias.toLowerCase(Locale.ROOT))) {
                    office.problem("alias", "'" + alias + "' is already the alias of the room group or of another office's group; "
                            + "every group needs its own. Write a distinct alias, e.g. alias: " + alias + "-" + (offices.size() + 1) + ".");
                }
            }
            Optional<String> primary = office.string("primarySmtpAddress");
            primary.filter(address -> !Names.isSmtpAddress(address)).ifPresent(address ->
                    office.problem("primarySmtpAddress", "'" + address + "' is not an email address. Write e.g. concierge-sydney@contoso.com."));
            List<String> rooms = addresses(office, "rooms", "a room address of this stack");
            if (stackRooms.explicit()) {
                rooms.stream().filter(r -> Names.isSmtpAddress(r) && !known.contains(r.toLowerCase(Locale.ROOT))).forEach(r ->
                        office.problem("rooms", r + " is not one of the stack's rooms (roomgate:rooms.addresses). Add it there, or remove it here."));
            }
            Optional<FolderRole> folderRole = Optional.empty();
            Optional<String> access = office.string("access");
            if (access.isEmpty()) {
                office.problem("access", "is missing. Write fullAccess (read and manage the room mailbox) or a calendar folder role, "
                        + "e.g. Reviewer (\"can view all details\") or Editor (\"can edit\").");
            } else if (!access.get().equalsIgnoreCase("fullAccess")) {
                folderRole = FolderRole.parse(access.get());
                if (folderRole.isEmpty()) {
                    office.problem("access", "'" + access.get() + "' is neither fullAccess nor a calendar folder role. Write fullAccess or one of: "
                            + String.join(", ", FolderRole.names()) + ".");
                }
            }
            offices.add(new ConciergeOffice(name.orElse(""), alias, primary,
                    addresses(office, "owners", "an owner's mailbox address, e.g. admin@contoso.com"),
                    addresses(office, "members", "a concierge user's address, e.g. reception@contoso.com"),
                    rooms, folderRole));
        }
        return List.copyOf(offices);
    }

    private Optional<ServiceAccount> readServiceAccount() {
        return object("serviceAccount").map(account -> {
            account.allowOnly("address", "folderRole");
            Optional<String> address = account.string("address");
            if (address.isEmpty()) {
                account.problem("address", "is missing. Write the service account's mailbox address, e.g. alexaforbusiness@contoso.com.");
            } else if (!Names.isSmtpAddress(address.get())) {
                account.problem("address", "'" + address.get() + "' is not an email address. Write e.g. alexaforbusiness@contoso.com.");
            }
            String roleName = account.string("folderRole").orElse("Editor");
            Optional<FolderRole> role = FolderRole.parse(roleName);
            if (role.isEmpty()) {
                account.problem("folderRole", "'" + roleName + "' is not a calendar folder role. Write one of: " + String.join(", ", FolderRole.names())
                        + " (Alexa for Business needs Editor).");
            }
            return new ServiceAccount(address.orElse(""), role.orElse(FolderRole.Editor));
        });
    }

    private Optional<SignInApp> readSignIn(Profile profile) {
        Optional<Settings> maybe = object("signIn");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Settings signIn = maybe.get();
        signIn.allowOnly("enabled", "displayName", "webRedirectUris", "spaRedirectUris", "delegatedScopes", "adminConsent",
                "secretLifetimeMonths", "secretRotationDays");
        if (!signIn.bool("enabled").orElse(true)) {
            return Optional.empty();
        }
        String displayName = signIn.string("displayName").orElse("");
        if (displayName.isEmpty()) {
            signIn.problem("displayName", "is missing. Name the sign-in app registration, e.g. displayName: \"Room Booking Sign-in\".");
        }
        List<String> web = signIn.strings("webRedirectUris");
        List<String> spa = signIn.strings("spaRedirectUris");
        if (web.isEmpty() && spa.isEmpty()) {
            signIn.problem("webRedirectUris", "is missing (and so is spaRedirectUris): users could not sign in. Write the platform's callback, e.g. "
                    + (profile == Profile.PLACEOS ? "webRedirectUris: [\"https://placeos.contoso.com/auth/oauth2/callback?id=<auth source id>\"]"
                    : "webRedirectUris: [\"https://booking.contoso.com/callback\"]")
                    + ", or turn the sign-in app off with signIn: {enabled: false}.");
        }
        for (String setting : List.of("webRedirectUris", "spaRedirectUris")) {
            for (String uri : setting.equals("webRedirectUris") ? web : spa) {
                if (!Names.isRedirectUri(uri)) {
                    signIn.problem(setting, "'" + uri + "' is not a redirect URI Entra accepts. Write an https:// URL without a #fragment "
                            + "(http:// only for localhost).");
                }
            }
        }
        var scopes = new LinkedHashSet<String>();
        for (String name : signIn.strings("delegatedScopes")) {
            GraphPermissions.delegated(name).ifPresentOrElse(scopes::add, () -> signIn.problem("delegatedScopes",
                    "'" + name + "' is not a Microsoft Graph delegated permission roomgate knows. Write one of: "
                            + String.join(", ", GraphPermissions.delegatedNames()) + "."));
        }
        if (!signIn.has("delegatedScopes")) {
            signIn.problem("delegatedScopes", "is missing. List the delegated scopes users consent to, e.g. [openid, profile, offline_access, User.Read].");
        }
        int lifetime = signIn.integer("secretLifetimeMonths").orElse(DEFAULT_SECRET_LIFETIME_MONTHS);
        if (lifetime < 1 || lifetime > MAX_SECRET_LIFETIME_MONTHS) {
            signIn.problem("secretLifetimeMonths", "is " + lifetime + ", but Entra lets a client secret live at most 24 months. Write a number from 1 to 24.");
        }
        int rotation = readRotation(signIn, lifetime);
        return Optional.of(new SignInApp(displayName, web, spa, List.copyOf(scopes), signIn.bool("adminConsent").orElse(true), lifetime, rotation));
    }

    private Optional<String> readCanary(RoomSelection rooms) {
        Optional<String> canary = optionalString("canaryMailbox");
        canary.ifPresent(address -> {
            if (!Names.isSmtpAddress(address)) {
                problem("canaryMailbox", "'" + address + "' is not an email address. Write a user mailbox that is not a room, e.g. canary@contoso.com.");
            } else if (rooms.addresses().stream().anyMatch(r -> r.equalsIgnoreCase(address))) {
                problem("canaryMailbox", address + " is one of the stack's rooms, so verify could never see it denied. Write a user mailbox that is not a room.");
            }
        });
        return canary;
    }
}
