package io.roomgate.localtenant.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.graph.GraphCaller;
import io.roomgate.localtenant.graph.GraphError;
import io.roomgate.localtenant.http.HttpIo;
import io.roomgate.localtenant.identity.TokenService;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory part of Microsoft Graph v1.0 that deploying an app needs, the way the azuread provider calls it:
 * {@code /applications} (with {@code addPassword}/{@code removePassword}), {@code /servicePrincipals} (also by
 * {@code (appId='…')}) with {@code appRoleAssignedTo} and {@code appRoleAssignments}, and
 * {@code /oauth2PermissionGrants}. Callers need a Graph token holding the application permission each call needs
 * ({@code Application.ReadWrite.All}, {@code AppRoleAssignment.ReadWrite.All},
 * {@code DelegatedPermissionGrant.ReadWrite.All}); every write lands in the tenant's change log under a
 * {@link DirectoryOperations} name.
 */
public final class GraphDirectory implements HttpHandler {
    private static final Set<String> APP_READ = Set.of("Application.Read.All", "Application.ReadWrite.All",
            "Directory.Read.All", "Directory.ReadWrite.All");
    private static final Set<String> APP_WRITE = Set.of("Application.ReadWrite.All");
    private static final Set<String> ROLE_WRITE = Set.of("AppRoleAssignment.ReadWrite.All");
    private static final Set<String> GRANT_READ = Set.of("DelegatedPermissionGrant.ReadWrite.All",
            "Directory.Read.All", "Directory.ReadWrite.All", "Application.ReadWrite.All");
    private static final Set<String> GRANT_WRITE = Set.of("DelegatedPermissionGrant.ReadWrite.All");
    private static final Set<String> AUDIENCES_OF_APPS = Set.of("AzureADMyOrg", "AzureADMultipleOrgs",
            "AzureADandPersonalMicrosoftAccount", "PersonalMicrosoftAccount");
    private static final Pattern PATH = Pattern.compile(
            "^/v1\\.0/(applications|servicePrincipals|oauth2PermissionGrants)"
                    + "(?:\\(appId='([^']+)'\\)|/([^/]+))?(?:/([^/]+))?(?:/([^/]+))?/?$");
    private static final Pattern FILTER_TERM = Pattern.compile("^\\s*(\\w+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tenant tenant;
    private final TokenService tokens;

    public GraphDirectory(Tenant tenant, TokenService tokens) {
        this.tenant = tenant;
        this.tokens = tokens;
    }

    /** Serves the directory paths on the simulator's listener, next to whatever else Graph it serves. */
    public static GraphDirectory mountOn(TenantSimulator simulator) {
        GraphDirectory directory = new GraphDirectory(simulator.tenant(), simulator.tokens());
        for (String collection : List.of("applications", "servicePrincipals", "oauth2PermissionGrants")) {
            simulator.mount("/v1.0/" + collection, directory);
        }
        return directory;
    }

    /** One call, parsed: the collection, the addressed object (by object id or app id), and a navigation below it. */
    private record Call(String method, String collection, String objectId, String appId, String navigation,
                        String navigationId, Map<String, String> query, JsonObject body,
                        TokenService.AccessToken caller) {
        boolean addressesObject() {
            return objectId != null || appId != null;
        }

        String reference() {
            return objectId != null ? objectId : "appId='" + appId + "'";
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Object answer = serve(exchange);
            if (answer instanceof Created created) {
                HttpIo.sendJson(exchange, 201, created.body());
            } else if (answer == null) {
                HttpIo.send(exchange, 204, null, new byte[0]);
            } else {
                HttpIo.sendJson(exchange, 200, answer);
            }
        } catch (GraphError error) {
            error.send(exchange, tenant.now());
        }
    }

    private record Created(Map<String, Object> body) {}

    private Object serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw GraphError.noRoute(method, path);
        }
        TokenService.AccessToken caller = GraphCaller.authenticate(exchange, tokens, tenant);
        String text = HttpIo.body(exchange);
        JsonObject body = new JsonObject();
        if (!text.isBlank()) {
            try {
                JsonElement parsed = JsonParser.parseString(text);
                if (!parsed.isJsonObject()) {
                    throw GraphError.badRequest("The request body must be a JSON object.");
                }
                body = parsed.getAsJsonObject();
            } catch (RuntimeException malformed) {
                if (malformed instanceof GraphError error) {
                    throw error;
                }
                throw GraphError.badRequest("Unable to read JSON request payload. Please ensure Content-Type header "
                        + "is set and payload is of valid JSON format.");
            }
        }
        Call call = new Call(method, matcher.group(1), matcher.group(3), matcher.group(2), matcher.group(4),
                matcher.group(5), HttpIo.query(exchange), body, caller);
        String context = HttpIo.origin(exchange) + "/v1.0/$metadata#" + call.collection();
        return switch (call.collection()) {
            case "applications" -> applications(call, context);
            case "servicePrincipals" -> servicePrincipals(call, context);
            default -> permissionGrants(call, context);
        };
    }

    private static void require(Call call, Set<String> anyOf) {
        if (call.caller().roles().stream().noneMatch(anyOf::contains)) {
            throw GraphError.denied();
        }
    }

    // ---- /applications

    private Object applications(Call call, String context) {
        if (call.navigation() != null && call.navigationId() != null) {
            throw GraphError.noRoute(call.method(), "/applications/" + call.reference() + "/" + call.navigation()
                    + "/" + call.navigationId());
        }
        boolean reading = call.method().equals("GET");
        require(call, reading ? APP_READ : APP_WRITE);
        if (!call.addressesObject()) {
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> list(context, tenant.state().applications,
                        filter(call, Map.of("appId", a -> a.appId, "displayName", a -> a.displayName)),
                        a -> DirectoryViews.application(a, publisherDomain())));
                case "POST" -> tenant.write(() -> createApplication(call, context));
                default -> throw GraphError.noRoute(call.method(), "/applications");
            };
        }
        if (call.navigation() == null) {
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> entity(context, DirectoryViews.application(application(call),
                        publisherDomain())));
                case "PATCH" -> tenant.write(() -> {
                    Entra.Application app = application(call);
                    applyApplication(app, call.body());
                    record(call, DirectoryOperations.UPDATE_APPLICATION, Map.of("id", app.objectId,
                            "appId", app.appId, "changed", List.copyOf(call.body().keySet())));
                    return null;
                });
                case "DELETE" -> tenant.write(() -> {
                    Entra.Application app = application(call);
                    tenant.state().applications.remove(app);
                    record(call, DirectoryOperations.DELETE_APPLICATION, Map.of("id", app.objectId,
                            "appId", app.appId, "displayName", app.displayName));
                    return null;
                });
                default -> throw GraphError.noRoute(call.method(), "/applications/" + call.reference());
            };
        }
        if (call.method().equals("POST") && call.navigation().equals("addPassword")) {
            return tenant.write(() -> addPassword(call));
        }
        if (call.method().equals("POST") && call.navigation().equals("removePassword")) {
            return tenant.write(() -> removePassword(call));
        }
        throw GraphError.noRoute(call.method(), "/applications/" + call.reference() + "/" + call.navigation());
    }

    private Object createApplication(Call call, String context) {
        if (!call.body().has("displayName") || call.body().get("displayName").isJsonNull()) {
            throw GraphError.badRequest("Property 'displayName' is required when creating an application.");
        }
        Entra.Application app = new Entra.Application();
        app.objectId = UUID.randomUUID().toString();
        app.appId = UUID.randomUUID().toString();
        app.createdDateTime = tenant.now().toString();
        applyApplication(app, call.body());
        tenant.state().applications.add(app);
        record(call, DirectoryOperations.CREATE_APPLICATION, Map.of("id", app.objectId, "appId", app.appId,
                "displayName", app.displayName));
        return new Created(entity(context, DirectoryViews.application(app, publisherDomain())));
    }

    /** Sets the properties the body names, validating them all before changing anything. */
    private static void applyApplication(Entra.Application app, JsonObject body) {
        String audience = string(body, "signInAudience").orElse(app.signInAudience);
        if (!AUDIENCES_OF_APPS.contains(audience)) {
            throw GraphError.badRequest("Invalid value specified for property 'signInAudience' of resource "
                    + "'Application'.");
        }
        JsonObject web = object(body, "web");
        JsonObject spa = object(body, "spa");
        JsonObject publicClient = object(body, "publicClient");
        List<String> webUris = web == null ? null : strings(web, "redirectUris");
        List<String> spaUris = spa == null ? null : strings(spa, "redirectUris");
        List<String> publicUris = publicClient == null ? null : strings(publicClient, "redirectUris");
        checkRedirectUris(webUris);
        checkRedirectUris(spaUris);
        string(body, "displayName").ifPresent(name -> app.displayName = name);
        app.signInAudience = audience;
        if (body.has("description")) {
            app.description = string(body, "description").orElse(null);
        }
        if (body.has("notes")) {
            app.notes = string(body, "notes").orElse(null);
        }
        if (body.has("tags")) {
            app.tags = strings(body, "tags");
        }
        if (body.has("identifierUris")) {
            app.identifierUris = strings(body, "identifierUris");
        }
        if (web != null) {
            if (webUris != null) {
                app.webRedirectUris = webUris;
            }
            if (web.has("homePageUrl")) {
                app.webHomePageUrl = string(web, "homePageUrl").orElse(null);
            }
            if (web.has("logoutUrl")) {
                app.webLogoutUrl = string(web, "logoutUrl").orElse(null);
            }
            JsonObject implicit = object(web, "implicitGrantSettings");
            if (implicit != null) {
                app.webAccessTokenIssuance = bool(implicit, "enableAccessTokenIssuance", app.webAccessTokenIssuance);
                app.webIdTokenIssuance = bool(implicit, "enableIdTokenIssuance", app.webIdTokenIssuance);
            }
        }
        if (spaUris != null) {
            app.spaRedirectUris = spaUris;
        }
        if (publicUris != null) {
            app.publicClientRedirectUris = publicUris;
        }
        if (body.has("requiredResourceAccess")) {
            List<Entra.RequiredResourceAccess> accesses = new ArrayList<>();
            for (JsonElement element : array(body, "requiredResourceAccess")) {
                JsonObject access = element.getAsJsonObject();
                Entra.RequiredResourceAccess required = new Entra.RequiredResourceAccess();
                required.resourceAppId = string(access, "resourceAppId").orElseThrow(() -> GraphError.badRequest(
                        "requiredResourceAccess entries need a resourceAppId."));
                for (JsonElement one : array(access, "resourceAccess")) {
                    Entra.ResourceAccess resourceAccess = new Entra.ResourceAccess();
                    resourceAccess.id = string(one.getAsJsonObject(), "id").orElse(null);
                    resourceAccess.type = string(one.getAsJsonObject(), "type").orElse(null);
                    if (!"Role".equals(resourceAccess.type) && !"Scope".equals(resourceAccess.type)) {
                        throw GraphError.badRequest("Invalid value specified for property 'type' of resource "
                                + "'ResourceAccess': it is 'Role' or 'Scope'.");
                    }
                    required.resourceAccess.add(resourceAccess);
                }
                accesses.add(required);
            }
            app.requiredResourceAccess = accesses;
        }
    }

    /** Entra accepts https redirect URIs, and plain http only on localhost. */
    private static void checkRedirectUris(List<String> uris) {
        if (uris == null) {
            return;
        }
        for (String uri : uris) {
            URI parsed;
            try {
                parsed = URI.create(uri);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            boolean valid = parsed != null && parsed.isAbsolute() && parsed.getHost() != null
                    && ("https".equalsIgnoreCase(parsed.getScheme())
                    || ("http".equalsIgnoreCase(parsed.getScheme()) && (parsed.getHost().equals("localhost")
                    || parsed.getHost().equals("127.0.0.1"))));
            if (!valid) {
                throw GraphError.badRequest("Invalid value specified for property 'redirectUris' of resource "
                        + "'Application': '" + uri + "' must be an absolute https URI (http only for localhost).");
            }
        }
    }

    private Map<String, Object> addPassword(Call call) {
        Entra.Application app = application(call);
        JsonObject requested = object(call.body(), "passwordCredential");
        Entra.PasswordCredential secret = new Entra.PasswordCredential();
        secret.keyId = UUID.randomUUID().toString();
        secret.displayName = requested == null ? null : string(requested, "displayName").orElse(null);
        secret.startDateTime = (requested == null ? Optional.<String>empty() : string(requested, "startDateTime"))
                .map(GraphDirectory::instant).orElse(tenant.now().toString());
        secret.endDateTime = (requested == null ? Optional.<String>empty() : string(requested, "endDateTime"))
                .map(GraphDirectory::instant).orElse(tenant.now().plus(java.time.Duration.ofDays(730)).toString());
        secret.secretText = newSecretText();
        app.passwordCredentials.add(secret);
        Map<String, Object> logged = new LinkedHashMap<>();
        logged.put("id", app.objectId);
        logged.put("appId", app.appId);
        logged.put("keyId", secret.keyId);
        logged.put("displayName", secret.displayName);
        logged.put("endDateTime", secret.endDateTime);
        record(call, DirectoryOperations.ADD_PASSWORD, logged);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential");
        answer.putAll(DirectoryViews.passwordCredential(secret, true));
        return answer;
    }

    private Object removePassword(Call call) {
        Entra.Application app = application(call);
        String keyId = string(call.body(), "keyId").orElseThrow(() -> GraphError.badRequest(
                "Property 'keyId' is required."));
        boolean removed = app.passwordCredentials.removeIf(secret -> secret.keyId.equalsIgnoreCase(keyId));
        if (!removed) {
            throw new GraphError(400, "CannotDeleteOrUpdateNonExistentKey", "No credentials found to be removed "
                    + "with keyId '" + keyId + "'.");
        }
        record(call, DirectoryOperations.REMOVE_PASSWORD, Map.of("id", app.objectId, "appId", app.appId,
                "keyId", keyId));
        return null;
    }

    /** Graph takes any ISO 8601 date-time with an offset; the tenant keeps instants. */
    private static String instant(String dateTime) {
        try {
            return java.time.OffsetDateTime.parse(dateTime).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw GraphError.badRequest("Invalid value '" + dateTime + "' for a date-time property: use ISO 8601, "
                    + "e.g. 2027-01-31T00:00:00Z.");
        }
    }

    /** Secrets look like Entra's: 40 characters, the fourth to sixth being {@code 8Q~}. */
    private static String newSecretText() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', '~');
        return text.substring(0, 3) + "8Q~" + text.substring(3, 37);
    }

    private Entra.Application application(Call call) {
        Predicate<Entra.Application> match = call.objectId() != null
                ? app -> app.objectId.equalsIgnoreCase(call.objectId())
                : app -> app.appId.equalsIgnoreCase(call.appId());
        return tenant.state().applications.stream().filter(match).findFirst()
                .orElseThrow(() -> GraphError.notFound(call.objectId() != null ? call.objectId() : call.appId()));
    }

    // ---- /servicePrincipals

    private Object servicePrincipals(Call call, String context) {
        if (!call.addressesObject()) {
            require(call, call.method().equals("GET") ? APP_READ : APP_WRITE);
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> list(context, tenant.state().servicePrincipals,
                        filter(call, Map.of("appId", sp -> sp.appId, "displayName", sp -> sp.displayName)),
                        sp -> DirectoryViews.servicePrincipal(sp, tenantId())));
                case "POST" -> tenant.write(() -> createServicePrincipal(call, context));
                default -> throw GraphError.noRoute(call.method(), "/servicePrincipals");
            };
        }
        if (call.navigation() == null) {
            require(call, call.method().equals("GET") ? APP_READ : APP_WRITE);
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> entity(context, DirectoryViews.servicePrincipal(servicePrincipal(call),
                        tenantId())));
                case "PATCH" -> tenant.write(() -> {
                    Entra.ServicePrincipal sp = servicePrincipal(call);
                    applyServicePrincipal(sp, call.body());
                    record(call, DirectoryOperations.UPDATE_SERVICE_PRINCIPAL, Map.of("id", sp.objectId,
                            "appId", sp.appId, "changed", List.copyOf(call.body().keySet())));
                    return null;
                });
                case "DELETE" -> tenant.write(() -> deleteServicePrincipal(call));
                default -> throw GraphError.noRoute(call.method(), "/servicePrincipals/" + call.reference());
            };
        }
        boolean assignedTo = call.navigation().equals("appRoleAssignedTo");
        if (!assignedTo && !call.navigation().equals("appRoleAssignments")) {
            throw GraphError.noRoute(call.method(), "/servicePrincipals/" + call.reference() + "/"
                    + call.navigation());
        }
        require(call, call.method().equals("GET") ? APP_READ : ROLE_WRITE);
        if (call.navigationId() == null) {
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> {
                    Entra.ServicePrincipal sp = servicePrincipal(call);
                    return list(context, tenant.state().appRoleAssignments, a -> assignedTo
                            ? a.resourceId.equalsIgnoreCase(sp.objectId)
                            : a.principalId.equalsIgnoreCase(sp.objectId), this::assignmentView);
                });
                case "POST" -> tenant.write(() -> grantAppRole(call, assignedTo, context));
                default -> throw GraphError.noRoute(call.method(), "/servicePrincipals/" + call.reference() + "/"
                        + call.navigation());
            };
        }
        return switch (call.method()) {
            case "GET" -> tenant.read(() -> entity(context, assignmentView(assignment(call, assignedTo))));
            case "DELETE" -> tenant.write(() -> {
                Entra.AppRoleAssignment assignment = assignment(call, assignedTo);
                tenant.state().appRoleAssignments.remove(assignment);
                record(call, DirectoryOperations.REVOKE_APP_ROLE, assignmentParameters(assignment));
                return null;
            });
            default -> throw GraphError.noRoute(call.method(), "/servicePrincipals/" + call.reference() + "/"
                    + call.navigation() + "/" + call.navigationId());
        };
    }

    private Object createServicePrincipal(Call call, String context) {
        String appId = string(call.body(), "appId").orElseThrow(() -> GraphError.badRequest(
                "Property 'appId' is required when creating a service principal."));
        Entra.Application app = tenant.state().applications.stream().filter(a -> a.appId.equalsIgnoreCase(appId))
                .findFirst().orElseThrow(() -> GraphError.badRequest("The appId '" + appId + "' of the service "
                        + "principal does not reference a valid application object."));
        if (tenant.servicePrincipalByAppId(appId).isPresent()) {
            throw new GraphError(409, "Request_MultipleObjectsWithSameKeyValue", "Another object with the same value "
                    + "for property servicePrincipalNames already exists.");
        }
        Entra.ServicePrincipal sp = new Entra.ServicePrincipal();
        sp.objectId = UUID.randomUUID().toString();
        sp.appId = app.appId;
        sp.displayName = app.displayName;
        sp.servicePrincipalNames.add(app.appId);
        sp.servicePrincipalNames.addAll(app.identifierUris);
        applyServicePrincipal(sp, call.body());
        tenant.state().servicePrincipals.add(sp);
        record(call, DirectoryOperations.CREATE_SERVICE_PRINCIPAL, Map.of("id", sp.objectId, "appId", sp.appId,
                "displayName", sp.displayName));
        return new Created(entity(context, DirectoryViews.servicePrincipal(sp, tenantId())));
    }

    private static void applyServicePrincipal(Entra.ServicePrincipal sp, JsonObject body) {
        sp.accountEnabled = bool(body, "accountEnabled", sp.accountEnabled);
        sp.appRoleAssignmentRequired = bool(body, "appRoleAssignmentRequired", sp.appRoleAssignmentRequired);
        if (body.has("description")) {
            sp.description = string(body, "description").orElse(null);
        }
        if (body.has("notes")) {
            sp.notes = string(body, "notes").orElse(null);
        }
        if (body.has("tags")) {
            sp.tags = strings(body, "tags");
        }
    }

    /** As in Entra, the principal's app role assignments and delegated grants go with it. */
    private Object deleteServicePrincipal(Call call) {
        Entra.ServicePrincipal sp = servicePrincipal(call);
        List<Entra.AppRoleAssignment> assignments = tenant.state().appRoleAssignments.stream()
                .filter(a -> a.principalId.equalsIgnoreCase(sp.objectId) || a.resourceId.equalsIgnoreCase(sp.objectId))
                .toList();
        List<Entra.OAuth2PermissionGrant> grants = tenant.state().oauth2PermissionGrants.stream()
                .filter(g -> g.clientId.equalsIgnoreCase(sp.objectId) || g.resourceId.equalsIgnoreCase(sp.objectId))
                .toList();
        tenant.state().appRoleAssignments.removeAll(assignments);
        tenant.state().oauth2PermissionGrants.removeAll(grants);
        tenant.state().servicePrincipals.remove(sp);
        record(call, DirectoryOperations.DELETE_SERVICE_PRINCIPAL, Map.of("id", sp.objectId, "appId", sp.appId,
                "revokedAppRoleAssignments", assignments.stream().map(this::assignmentParameters).toList(),
                "revokedPermissionGrants", grants.stream().map(g -> g.id).toList()));
        return null;
    }

    private Object grantAppRole(Call call, boolean assignedTo, String context) {
        Entra.ServicePrincipal addressed = servicePrincipal(call);
        String principalId = string(call.body(), "principalId").orElseThrow(() -> GraphError.badRequest(
                "Property 'principalId' is required."));
        String resourceId = string(call.body(), "resourceId").orElseThrow(() -> GraphError.badRequest(
                "Property 'resourceId' is required."));
        String appRoleId = string(call.body(), "appRoleId").orElseThrow(() -> GraphError.badRequest(
                "Property 'appRoleId' is required."));
        if (!(assignedTo ? resourceId : principalId).equalsIgnoreCase(addressed.objectId)) {
            throw GraphError.badRequest("The " + (assignedTo ? "resourceId" : "principalId") + " in the body must be "
                    + "the service principal the request is addressed to.");
        }
        Entra.ServicePrincipal principal = tenant.servicePrincipalByObjectId(principalId)
                .orElseThrow(() -> GraphError.notFound(principalId));
        Entra.ServicePrincipal resource = tenant.servicePrincipalByObjectId(resourceId)
                .orElseThrow(() -> GraphError.notFound(resourceId));
        Entra.AppRole role = resource.appRoles.stream().filter(r -> r.id.equalsIgnoreCase(appRoleId)).findFirst()
                .orElseThrow(() -> GraphError.badRequest("Permission being assigned was not found on application '"
                        + resource.appId + "'."));
        boolean exists = tenant.state().appRoleAssignments.stream().anyMatch(a ->
                a.principalId.equalsIgnoreCase(principalId) && a.resourceId.equalsIgnoreCase(resourceId)
                        && a.appRoleId.equalsIgnoreCase(role.id));
        if (exists) {
            throw GraphError.badRequest("Permission being assigned already exists on the object.");
        }
        Entra.AppRoleAssignment assignment = new Entra.AppRoleAssignment();
        assignment.id = newOpaqueId();
        assignment.principalId = principal.objectId;
        assignment.resourceId = resource.objectId;
        assignment.appRoleId = role.id;
        assignment.createdDateTime = tenant.now().toString();
        tenant.state().appRoleAssignments.add(assignment);
        record(call, DirectoryOperations.GRANT_APP_ROLE, assignmentParameters(assignment));
        return new Created(entity(context, DirectoryViews.appRoleAssignment(assignment, principal, resource)));
    }

    private Entra.AppRoleAssignment assignment(Call call, boolean assignedTo) {
        Entra.ServicePrincipal sp = servicePrincipal(call);
        return tenant.state().appRoleAssignments.stream()
                .filter(a -> a.id.equals(call.navigationId()))
                .filter(a -> (assignedTo ? a.resourceId : a.principalId).equalsIgnoreCase(sp.objectId))
                .findFirst().orElseThrow(() -> GraphError.notFound(call.navigationId()));
    }

    private Map<String, Object> assignmentView(Entra.AppRoleAssignment assignment) {
        return DirectoryViews.appRoleAssignment(assignment,
                tenant.servicePrincipalByObjectId(assignment.principalId).orElse(null),
                tenant.servicePrincipalByObjectId(assignment.resourceId).orElse(null));
    }

    private Map<String, Object> assignmentParameters(Entra.AppRoleAssignment assignment) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", assignment.id);
        parameters.put("principalId", assignment.principalId);
        parameters.put("resourceId", assignment.resourceId);
        parameters.put("appRoleId", assignment.appRoleId);
        parameters.put("appRoleValue", tenant.servicePrincipalByObjectId(assignment.resourceId)
                .flatMap(resource -> resource.appRoles.stream()
                        .filter(role -> role.id.equalsIgnoreCase(assignment.appRoleId)).findFirst())
                .map(role -> role.value).orElse(null));
        parameters.put("principalAppId", tenant.servicePrincipalByObjectId(assignment.principalId)
                .map(sp -> sp.appId).orElse(null));
        return parameters;
    }

    private Entra.ServicePrincipal servicePrincipal(Call call) {
        Optional<Entra.ServicePrincipal> found = call.objectId() != null
                ? tenant.servicePrincipalByObjectId(call.objectId())
                : tenant.servicePrincipalByAppId(call.appId());
        return found.orElseThrow(() -> GraphError.notFound(call.objectId() != null ? call.objectId()
                : call.appId()));
    }

    // ---- /oauth2PermissionGrants

    private Object permissionGrants(Call call, String context) {
        if (call.appId() != null || call.navigation() != null) {
            throw GraphError.noRoute(call.method(), "/oauth2PermissionGrants/" + call.reference());
        }
        require(call, call.method().equals("GET") ? GRANT_READ : GRANT_WRITE);
        if (call.objectId() == null) {
            return switch (call.method()) {
                case "GET" -> tenant.read(() -> list(context, tenant.state().oauth2PermissionGrants,
                        filter(call, Map.of("clientId", g -> g.clientId, "resourceId", g -> g.resourceId,
                                "consentType", g -> g.consentType, "principalId", g -> g.principalId)),
                        DirectoryViews::permissionGrant));
                case "POST" -> tenant.write(() -> createPermissionGrant(call, context));
                default -> throw GraphError.noRoute(call.method(), "/oauth2PermissionGrants");
            };
        }
        return switch (call.method()) {
            case "GET" -> tenant.read(() -> entity(context, DirectoryViews.permissionGrant(permissionGrant(call))));
            case "PATCH" -> tenant.write(() -> {
                Entra.OAuth2PermissionGrant grant = permissionGrant(call);
                String scope = string(call.body(), "scope").orElseThrow(() -> GraphError.badRequest(
                        "Only 'scope' can be changed on a delegated permission grant."));
                checkScopes(grant.resourceId, scope);
                grant.scope = scope;
                record(call, DirectoryOperations.UPDATE_PERMISSION_GRANT, grantParameters(grant));
                return null;
            });
            case "DELETE" -> tenant.write(() -> {
                Entra.OAuth2PermissionGrant grant = permissionGrant(call);
                tenant.state().oauth2PermissionGrants.remove(grant);
                record(call, DirectoryOperations.DELETE_PERMISSION_GRANT, grantParameters(grant));
                return null;
            });
            default -> throw GraphError.noRoute(call.method(), "/oauth2PermissionGrants/" + call.objectId());
        };
    }

    private Object createPermissionGrant(Call call, String context) {
        JsonObject body = call.body();
        String clientId = string(body, "clientId").orElseThrow(() -> GraphError.badRequest(
                "Property 'clientId' is required."));
        String resourceId = string(body, "resourceId").orElseThrow(() -> GraphError.badRequest(
                "Property 'resourceId' is required."));
        String consentType = string(body, "consentType").orElseThrow(() -> GraphError.badRequest(
                "Property 'consentType' is required."));
        String principalId = string(body, "principalId").orElse(null);
        String scope = string(body, "scope").orElse("");
        if (!consentType.equals("AllPrincipals") && !consentType.equals("Principal")) {
            throw GraphError.badRequest("Invalid value specified for property 'consentType' of resource "
                    + "'OAuth2PermissionGrant'.");
        }
        if (consentType.equals("Principal") == (principalId == null)) {
            throw GraphError.badRequest("principalId is required for consentType 'Principal' and must be absent "
                    + "for 'AllPrincipals'.");
        }
        tenant.servicePrincipalByObjectId(clientId).orElseThrow(() -> GraphError.notFound(clientId));
        tenant.servicePrincipalByObjectId(resourceId).orElseThrow(() -> GraphError.notFound(resourceId));
        checkScopes(resourceId, scope);
        boolean exists = tenant.state().oauth2PermissionGrants.stream().anyMatch(g ->
                g.clientId.equalsIgnoreCase(clientId) && g.resourceId.equalsIgnoreCase(resourceId)
                        && g.consentType.equals(consentType)
                        && (principalId == null ? g.principalId == null : principalId.equalsIgnoreCase(g.principalId)));
        if (exists) {
            throw new GraphError(409, "Request_MultipleObjectsWithSameKeyValue", "Permission entry already exists.");
        }
        Entra.OAuth2PermissionGrant grant = new Entra.OAuth2PermissionGrant();
        grant.id = newOpaqueId();
        grant.clientId = clientId;
        grant.consentType = consentType;
        grant.principalId = principalId;
        grant.resourceId = resourceId;
        grant.scope = scope;
        tenant.state().oauth2PermissionGrants.add(grant);
        record(call, DirectoryOperations.CREATE_PERMISSION_GRANT, grantParameters(grant));
        return new Created(entity(context, DirectoryViews.permissionGrant(grant)));
    }

    private void checkScopes(String resourceId, String scope) {
        Entra.ServicePrincipal resource = tenant.servicePrincipalByObjectId(resourceId)
                .orElseThrow(() -> GraphError.notFound(resourceId));
        for (String value : scope.trim().split("\\s+")) {
            if (!value.isEmpty() && resource.oauth2PermissionScopes.stream().noneMatch(s -> s.value.equals(value))) {
                throw GraphError.badRequest("The scope '" + value + "' is not published by '" + resource.displayName
                        + "'.");
            }
        }
    }

    private Entra.OAuth2PermissionGrant permissionGrant(Call call) {
        return tenant.state().oauth2PermissionGrants.stream().filter(g -> g.id.equals(call.objectId())).findFirst()
                .orElseThrow(() -> GraphError.notFound(call.objectId()));
    }

    private static Map<String, Object> grantParameters(Entra.OAuth2PermissionGrant grant) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", grant.id);
        parameters.put("clientId", grant.clientId);
        parameters.put("consentType", grant.consentType);
        parameters.put("principalId", grant.principalId);
        parameters.put("resourceId", grant.resourceId);
        parameters.put("scope", grant.scope);
        return parameters;
    }

    // ---- shared

    private void record(Call call, String operation, Map<String, Object> parameters) {
        tenant.recordChange(operation, parameters, call.caller().appId());
    }

    private String tenantId() {
        return tenant.organization().tenantId;
    }

    private String publisherDomain() {
        return tenant.organization().initialDomain;
    }

    private static Map<String, Object> entity(String context, Map<String, Object> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", context + "/$entity");
        body.putAll(view);
        return body;
    }

    private static <T> Map<String, Object> list(String context, List<T> items, Predicate<T> filter,
                                                java.util.function.Function<T, Map<String, Object>> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", context);
        body.put("value", items.stream().filter(filter).map(view).toList());
        return body;
    }

    /** {@code $filter} as the directory calls use it: {@code prop eq 'value'} terms joined by {@code and}. */
    private static <T> Predicate<T> filter(Call call, Map<String, java.util.function.Function<T, String>> properties) {
        String filter = call.query().get("$filter");
        if (filter == null || filter.isBlank()) {
            return item -> true;
        }
        Predicate<T> all = item -> true;
        for (String term : filter.split("(?i)\\s+and\\s+")) {
            Matcher matcher = FILTER_TERM.matcher(term);
            java.util.function.Function<T, String> property = matcher.matches() ? properties.get(matcher.group(1))
                    : null;
            if (property == null) {
                throw new GraphError(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause "
                        + "specified for property '" + term.trim() + "' of resource '" + call.collection() + "'.");
            }
            String wanted = matcher.group(2).replace("''", "'");
            all = all.and(item -> wanted.equalsIgnoreCase(property.apply(item)));
        }
        return all;
    }

    private static String newOpaqueId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Optional<String> string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            throw GraphError.badRequest("Property '" + name + "' must be a string.");
        }
        return Optional.of(value.getAsString());
    }

    private static boolean bool(JsonObject object, String name, boolean otherwise) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return otherwise;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw GraphError.badRequest("Property '" + name + "' must be true or false.");
        }
        return value.getAsBoolean();
    }

    private static JsonObject object(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonObject()) {
            throw GraphError.badRequest("Property '" + name + "' must be an object.");
        }
        return value.getAsJsonObject();
    }

    private static JsonArray array(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw GraphError.badRequest("Property '" + name + "' must be an array.");
        }
        return value.getAsJsonArray();
    }

    private static List<String> strings(JsonObject object, String name) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : array(object, name)) {
            values.add(element.getAsString());
        }
        return values;
    }
}
