package io.roomgate.program.config;

import io.roomgate.program.config.StackConfig.AppRegistration;
import io.roomgate.program.config.StackConfig.ExistingApp;
import io.roomgate.program.config.StackConfig.SignInApp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The two app registrations a stack may ask for: the platform's app ({@code roomgate:app}) and the sign-in app. */
final class AppSettings {
    static final int MAX_SECRET_LIFETIME_MONTHS = 24;
    static final int DEFAULT_SECRET_LIFETIME_MONTHS = 12;

    private AppSettings() {}

    static Optional<AppRegistration> app(StackValues values, AccessModel accessModel) {
        Settings app = values.settings("app");
        app.allowOnly("enabled", "displayName", "permissions", "secretLifetimeMonths", "secretRotationDays",
                "existingClientId", "existingServicePrincipalObjectId", "grantConsent");
        boolean secretGiven = values.secretGiven("appClientSecret");
        if (!app.bool("enabled").orElse(true)) {
            if (secretGiven) {
                values.problem("appClientSecret", "is set but roomgate:app.enabled is false. Remove the secret from the stack.");
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
                values.problem("appClientSecret", "is missing. With roomgate:app.existingClientId, store the app's client secret as a secret: "
                        + "pulumi config set --secret roomgate:appClientSecret <value>.");
            }
            existing = Optional.of(new ExistingApp(clientId, spObjectId.orElse("")));
        } else if (secretGiven) {
            values.problem("appClientSecret", "is set but roomgate:app.existingClientId is not: roomgate creates the app and its secret itself. "
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
        int rotation = rotation(app, lifetime);
        boolean grantConsent = app.bool("grantConsent").orElse(true);
        if (accessModel == AccessModel.APPLICATION_ACCESS_POLICY && !grantConsent) {
            app.problem("grantConsent", "is false in applicationAccessPolicy mode: the policy only restricts a Calendars grant that roomgate makes after it. "
                    + "Write grantConsent: true, or use roomgate:accessModel: rbac.");
        }
        return Optional.of(new AppRegistration(displayName, List.copyOf(permissions), lifetime, rotation, existing, grantConsent));
    }

    static Optional<SignInApp> signIn(StackValues values, Profile profile) {
        Optional<Settings> maybe = values.object("signIn");
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
        int rotation = rotation(signIn, lifetime);
        return Optional.of(new SignInApp(displayName, web, spa, List.copyOf(scopes), signIn.bool("adminConsent").orElse(true), lifetime, rotation));
    }

    private static int rotation(Settings settings, int lifetimeMonths) {
        int lifetimeDays = lifetimeMonths * 30;
        int rotation = settings.integer("secretRotationDays").orElse(Math.max(1, lifetimeDays / 2));
        if (rotation < 1 || rotation >= lifetimeDays) {
            settings.problem("secretRotationDays", "is " + rotation + ", but the secret lives " + lifetimeMonths + " months (about " + lifetimeDays
                    + " days): a new secret must be made before the old one expires. Write a number of days from 1 to " + (lifetimeDays - 1)
                    + ", e.g. " + Math.max(1, lifetimeDays / 2) + ".");
        }
        return rotation;
    }
}
