package io.roomgate.testengine;

import com.google.protobuf.Value;
import com.microsoft.graph.applications.item.addpassword.AddPasswordPostRequestBody;
import com.microsoft.graph.applications.item.removepassword.RemovePasswordPostRequestBody;
import com.microsoft.graph.models.AppRole;
import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.Application;
import com.microsoft.graph.models.ImplicitGrantSettings;
import com.microsoft.graph.models.OAuth2PermissionGrant;
import com.microsoft.graph.models.PasswordCredential;
import com.microsoft.graph.models.PermissionScope;
import com.microsoft.graph.models.PublicClientApplication;
import com.microsoft.graph.models.RequiredResourceAccess;
import com.microsoft.graph.models.ResourceAccess;
import com.microsoft.graph.models.ServicePrincipal;
import com.microsoft.graph.models.SpaApplication;
import com.microsoft.graph.models.WebApplication;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.testfixtures.SimulatorGraph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The azuread resources and functions roomgate declares, applied to a simulated tenant through its Graph directory
 * with the Graph SDK as the deploying admin's app, the way Pulumi's azuread provider applies them to Entra: the same
 * ids ({@code /applications/<objectId>}, …), outputs (inputs plus what Entra computed) and replacement rules
 * (the schema's forceNew). {@code ApplicationPassword.value} comes back as a secret.
 */
public final class GraphEntraStandIn implements EntraStandIn {
    static final String APPLICATION = "azuread:index/application:Application";
    static final String SERVICE_PRINCIPAL = "azuread:index/servicePrincipal:ServicePrincipal";
    static final String PASSWORD = "azuread:index/applicationPassword:ApplicationPassword";
    static final String APP_ROLE_ASSIGNMENT = "azuread:index/appRoleAssignment:AppRoleAssignment";
    static final String DELEGATED_GRANT =
            "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant";

    /** Per type, the inputs whose change replaces the resource (azuread-schema.md's forceNew). */
    private static final Map<String, Set<String>> FORCE_NEW = Map.of(
            APPLICATION, Set.of("templateId"),
            SERVICE_PRINCIPAL, Set.of("clientId"),
            PASSWORD, Set.of("applicationId", "displayName", "endDate", "endDateRelative", "rotateWhenChanged",
                    "startDate"),
            APP_ROLE_ASSIGNMENT, Set.of("appRoleId", "principalObjectId", "resourceObjectId"),
            DELEGATED_GRANT, Set.of("resourceServicePrincipalObjectId", "servicePrincipalObjectId", "userObjectId"));

    private final String tenantId;
    private final String deployerClientId;
    private final GraphServiceClient graph;

    /** Entra of {@code tenantId}, written through {@code graph} acting as the deploying app {@code deployerClientId}. */
    public GraphEntraStandIn(String tenantId, String deployerClientId, GraphServiceClient graph) {
        this.tenantId = tenantId;
        this.deployerClientId = deployerClientId;
        this.graph = graph;
    }

    /** Entra of a simulator in this JVM, as its deploying app. */
    public static GraphEntraStandIn on(TenantSimulator simulator) {
        return new GraphEntraStandIn(simulator.tenantId(), simulator.deployerApp().clientId(),
                SimulatorGraph.deployer(simulator));
    }

    @Override
    public Created create(String type, String name, Map<String, Object> inputs, boolean preview) {
        supported(type);
        if (preview) {
            return new Created("", new LinkedHashMap<>(inputs));
        }
        return switch (type) {
            case APPLICATION -> {
                Application created = graph.applications().post(application(inputs, true));
                yield new Created("/applications/" + created.getId(), applicationOutputs(inputs, created));
            }
            case SERVICE_PRINCIPAL -> createServicePrincipal(inputs);
            case PASSWORD -> createPassword(inputs);
            case APP_ROLE_ASSIGNMENT -> {
                AppRoleAssignment assignment = new AppRoleAssignment();
                assignment.setAppRoleId(UUID.fromString(text(inputs, "appRoleId")));
                assignment.setPrincipalId(UUID.fromString(text(inputs, "principalObjectId")));
                assignment.setResourceId(UUID.fromString(text(inputs, "resourceObjectId")));
                String resource = text(inputs, "resourceObjectId");
                AppRoleAssignment created = graph.servicePrincipals().byServicePrincipalId(resource)
                        .appRoleAssignedTo().post(assignment);
                Map<String, Object> outputs = new LinkedHashMap<>(inputs);
                outputs.put("principalDisplayName", created.getPrincipalDisplayName());
                outputs.put("principalType", created.getPrincipalType());
                outputs.put("resourceDisplayName", created.getResourceDisplayName());
                yield new Created("/servicePrincipals/" + resource + "/appRoleAssignedTo/" + created.getId(), outputs);
            }
            case DELEGATED_GRANT -> {
                OAuth2PermissionGrant grant = new OAuth2PermissionGrant();
                grant.setClientId(text(inputs, "servicePrincipalObjectId"));
                grant.setResourceId(text(inputs, "resourceServicePrincipalObjectId"));
                String user = (String) inputs.get("userObjectId");
                grant.setConsentType(user == null ? "AllPrincipals" : "Principal");
                grant.setPrincipalId(user);
                grant.setScope(String.join(" ", strings(inputs, "claimValues")));
                OAuth2PermissionGrant created = graph.oauth2PermissionGrants().post(grant);
                yield new Created("/oauth2PermissionGrants/" + created.getId(), new LinkedHashMap<>(inputs));
            }
            default -> throw unsupported(type);
        };
    }

    @Override
    public Map<String, Object> update(String type, String id, Map<String, Object> oldOutputs,
                                      Map<String, Object> inputs, boolean preview) {
        supported(type);
        Map<String, Object> outputs = new LinkedHashMap<>(oldOutputs);
        outputs.putAll(inputs);
        if (preview) {
            return outputs;
        }
        switch (type) {
            case APPLICATION -> {
                String objectId = lastSegment(id);
                graph.applications().byApplicationId(objectId).patch(application(inputs, false));
                return applicationOutputs(inputs, graph.applications().byApplicationId(objectId).get());
            }
            case SERVICE_PRINCIPAL -> {
                ServicePrincipal change = new ServicePrincipal();
                servicePrincipalSettings(change, inputs);
                graph.servicePrincipals().byServicePrincipalId(lastSegment(id)).patch(change);
                return servicePrincipalOutputs(inputs, graph.servicePrincipals().byServicePrincipalId(lastSegment(id))
                        .get());
            }
            case DELEGATED_GRANT -> {
                OAuth2PermissionGrant change = new OAuth2PermissionGrant();
                change.setScope(String.join(" ", strings(inputs, "claimValues")));
                graph.oauth2PermissionGrants().byOAuth2PermissionGrantId(lastSegment(id)).patch(change);
                return outputs;
            }
            default -> throw new StandInEngine.DeploymentException(type + " " + id + " has nothing to update in "
                    + "place; every input of it forces a replacement");
        }
    }

    @Override
    public boolean requiresReplacement(String type, Map<String, Object> oldInputs, Map<String, Object> newInputs) {
        supported(type);
        return FORCE_NEW.get(type).stream().anyMatch(key -> !Objects.equals(oldInputs.get(key), newInputs.get(key)));
    }

    /** Deletes; an object that is already gone counts as deleted, as the azuread provider treats a 404. */
    @Override
    public void delete(String type, String id, Map<String, Object> outputs) {
        supported(type);
        try {
            switch (type) {
                case APPLICATION -> graph.applications().byApplicationId(lastSegment(id)).delete();
                case SERVICE_PRINCIPAL -> graph.servicePrincipals().byServicePrincipalId(lastSegment(id)).delete();
                case PASSWORD -> {
                    RemovePasswordPostRequestBody remove = new RemovePasswordPostRequestBody();
                    remove.setKeyId(UUID.fromString(text(outputs, "keyId")));
                    graph.applications().byApplicationId(id.substring(0, id.indexOf('/'))).removePassword()
                            .post(remove);
                }
                case APP_ROLE_ASSIGNMENT -> {
                    String[] parts = id.split("/");
                    graph.servicePrincipals().byServicePrincipalId(parts[2]).appRoleAssignedTo()
                            .byAppRoleAssignmentId(parts[4]).delete();
                }
                case DELEGATED_GRANT -> graph.oauth2PermissionGrants().byOAuth2PermissionGrantId(lastSegment(id))
                        .delete();
                default -> throw unsupported(type);
            }
        } catch (ODataError error) {
            boolean gone = error.getResponseStatusCode() == 404 || (error.getError() != null
                    && "CannotDeleteOrUpdateNonExistentKey".equals(error.getError().getCode()));
            if (!gone) {
                throw error;
            }
        }
    }

    @Override
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        return switch (token) {
            case "azuread:index/getServicePrincipal:getServicePrincipal" -> getServicePrincipal(args);
            case "azuread:index/getClientConfig:getClientConfig" -> {
                ServicePrincipal deployer = graph.servicePrincipalsWithAppId(deployerClientId).get();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("clientId", deployer.getAppId());
                result.put("objectId", deployer.getId());
                result.put("tenantId", tenantId);
                result.put("id", tenantId + "-" + deployer.getAppId() + "-" + deployer.getId());
                yield result;
            }
            case "azuread:index/getApplicationPublishedAppIds:getApplicationPublishedAppIds" -> Map.of(
                    "id", "appIds", "result", Map.of("MicrosoftGraph", "00000003-0000-0000-c000-000000000000",
                            "Office365ExchangeOnline", "00000002-0000-0ff1-ce00-000000000000"));
            default -> throw new StandInEngine.DeploymentException("the Entra stand-in does not implement the "
                    + "function " + token);
        };
    }

    // ---- applications

    private Application application(Map<String, Object> inputs, boolean creating) {
        Application app = new Application();
        app.setDisplayName(text(inputs, "displayName"));
        app.setSignInAudience((String) inputs.getOrDefault("signInAudience", "AzureADMyOrg"));
        if (creating || inputs.containsKey("description")) {
            app.setDescription((String) inputs.get("description"));
        }
        if (creating || inputs.containsKey("notes")) {
            app.setNotes((String) inputs.get("notes"));
        }
        app.setTags(strings(inputs, "tags"));
        app.setIdentifierUris(strings(inputs, "identifierUris"));
        Map<String, Object> web = map(inputs, "web");
        WebApplication webApplication = new WebApplication();
        webApplication.setRedirectUris(strings(web, "redirectUris"));
        webApplication.setHomePageUrl((String) web.get("homepageUrl"));
        webApplication.setLogoutUrl((String) web.get("logoutUrl"));
        Map<String, Object> implicit = map(web, "implicitGrant");
        ImplicitGrantSettings implicitGrant = new ImplicitGrantSettings();
        implicitGrant.setEnableAccessTokenIssuance(Boolean.TRUE.equals(implicit.get("accessTokenIssuanceEnabled")));
        implicitGrant.setEnableIdTokenIssuance(Boolean.TRUE.equals(implicit.get("idTokenIssuanceEnabled")));
        webApplication.setImplicitGrantSettings(implicitGrant);
        app.setWeb(webApplication);
        SpaApplication spa = new SpaApplication();
        spa.setRedirectUris(strings(map(inputs, "singlePageApplication"), "redirectUris"));
        app.setSpa(spa);
        PublicClientApplication publicClient = new PublicClientApplication();
        publicClient.setRedirectUris(strings(map(inputs, "publicClient"), "redirectUris"));
        app.setPublicClient(publicClient);
        List<RequiredResourceAccess> required = new ArrayList<>();
        for (Object element : list(inputs, "requiredResourceAccesses")) {
            @SuppressWarnings("unchecked") Map<String, Object> access = (Map<String, Object>) element;
            RequiredResourceAccess resource = new RequiredResourceAccess();
            resource.setResourceAppId(text(access, "resourceAppId"));
            List<ResourceAccess> accesses = new ArrayList<>();
            for (Object one : list(access, "resourceAccesses")) {
                @SuppressWarnings("unchecked") Map<String, Object> permission = (Map<String, Object>) one;
                ResourceAccess resourceAccess = new ResourceAccess();
                resourceAccess.setId(UUID.fromString(text(permission, "id")));
                resourceAccess.setType(text(permission, "type"));
                accesses.add(resourceAccess);
            }
            resource.setResourceAccess(accesses);
            required.add(resource);
        }
        app.setRequiredResourceAccess(required);
        return app;
    }

    private static Map<String, Object> applicationOutputs(Map<String, Object> inputs, Application app) {
        Map<String, Object> outputs = new LinkedHashMap<>(inputs);
        outputs.put("clientId", app.getAppId());
        outputs.put("objectId", app.getId());
        outputs.put("displayName", app.getDisplayName());
        outputs.put("signInAudience", app.getSignInAudience());
        outputs.put("publisherDomain", app.getPublisherDomain());
        outputs.put("appRoleIds", Map.of());
        outputs.put("oauth2PermissionScopeIds", Map.of());
        outputs.put("disabledByMicrosoft", "");
        outputs.put("featureTags", List.of());
        outputs.put("logoUrl", "");
        outputs.put("tags", app.getTags() == null ? List.of() : app.getTags());
        outputs.put("templateId", "");
        return outputs;
    }

    // ---- service principals

    private Created createServicePrincipal(Map<String, Object> inputs) {
        String clientId = text(inputs, "clientId");
        ServicePrincipal sp = null;
        if (Boolean.TRUE.equals(inputs.get("useExisting"))) {
            List<ServicePrincipal> existing = graph.servicePrincipals().get(request -> request.queryParameters.filter =
                    "appId eq '" + clientId + "'").getValue();
            sp = existing.isEmpty() ? null : existing.get(0);
        }
        if (sp == null) {
            ServicePrincipal wanted = new ServicePrincipal();
            wanted.setAppId(clientId);
            servicePrincipalSettings(wanted, inputs);
            sp = graph.servicePrincipals().post(wanted);
        }
        return new Created("/servicePrincipals/" + sp.getId(), servicePrincipalOutputs(inputs, sp));
    }

    private static void servicePrincipalSettings(ServicePrincipal sp, Map<String, Object> inputs) {
        sp.setAccountEnabled(!Boolean.FALSE.equals(inputs.get("accountEnabled")));
        sp.setAppRoleAssignmentRequired(Boolean.TRUE.equals(inputs.get("appRoleAssignmentRequired")));
        sp.setDescription((String) inputs.get("description"));
        sp.setNotes((String) inputs.get("notes"));
        sp.setTags(strings(inputs, "tags"));
    }

    private Map<String, Object> servicePrincipalOutputs(Map<String, Object> inputs, ServicePrincipal sp) {
        Map<String, Object> outputs = new LinkedHashMap<>(inputs);
        outputs.putAll(servicePrincipalFacts(sp));
        return outputs;
    }

    /** What the azuread provider computes for a service principal, shared by the resource and the function. */
    private Map<String, Object> servicePrincipalFacts(ServicePrincipal sp) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("objectId", sp.getId());
        facts.put("clientId", sp.getAppId());
        facts.put("displayName", sp.getDisplayName());
        facts.put("applicationTenantId", tenantId);
        facts.put("accountEnabled", !Boolean.FALSE.equals(sp.getAccountEnabled()));
        facts.put("appRoleAssignmentRequired", Boolean.TRUE.equals(sp.getAppRoleAssignmentRequired()));
        Map<String, Object> roleIds = new TreeMap<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (AppRole role : sp.getAppRoles() == null ? List.<AppRole>of() : sp.getAppRoles()) {
            roleIds.put(role.getValue(), role.getId().toString());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("allowedMemberTypes", role.getAllowedMemberTypes());
            view.put("description", role.getDescription());
            view.put("displayName", role.getDisplayName());
            view.put("enabled", !Boolean.FALSE.equals(role.getIsEnabled()));
            view.put("id", role.getId().toString());
            view.put("value", role.getValue());
            roles.add(view);
        }
        facts.put("appRoleIds", roleIds);
        facts.put("appRoles", roles);
        Map<String, Object> scopeIds = new TreeMap<>();
        List<Map<String, Object>> scopes = new ArrayList<>();
        for (PermissionScope scope : sp.getOauth2PermissionScopes() == null ? List.<PermissionScope>of()
                : sp.getOauth2PermissionScopes()) {
            scopeIds.put(scope.getValue(), scope.getId().toString());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("adminConsentDescription", scope.getAdminConsentDescription());
            view.put("adminConsentDisplayName", scope.getAdminConsentDisplayName());
            view.put("enabled", !Boolean.FALSE.equals(scope.getIsEnabled()));
            view.put("id", scope.getId().toString());
            view.put("type", scope.getType());
            view.put("userConsentDescription", scope.getUserConsentDescription());
            view.put("userConsentDisplayName", scope.getUserConsentDisplayName());
            view.put("value", scope.getValue());
            scopes.add(view);
        }
        facts.put("oauth2PermissionScopeIds", scopeIds);
        facts.put("oauth2PermissionScopes", scopes);
        facts.put("servicePrincipalNames", sp.getServicePrincipalNames() == null ? List.of()
                : sp.getServicePrincipalNames());
        facts.put("signInAudience", sp.getSignInAudience() == null ? "AzureADMyOrg" : sp.getSignInAudience());
        facts.put("tags", sp.getTags() == null ? List.of() : sp.getTags());
        facts.put("type", "Application");
        facts.put("features", List.of());
        facts.put("featureTags", List.of());
        facts.put("homepageUrl", "");
        facts.put("logoutUrl", "");
        facts.put("redirectUris", List.of());
        facts.put("samlMetadataUrl", "");
        return facts;
    }

    private Map<String, Object> getServicePrincipal(Map<String, Object> args) {
        ServicePrincipal sp;
        if (args.get("objectId") != null) {
            sp = graph.servicePrincipals().byServicePrincipalId((String) args.get("objectId")).get();
        } else if (args.get("clientId") != null) {
            sp = graph.servicePrincipalsWithAppId((String) args.get("clientId")).get();
        } else if (args.get("displayName") != null) {
            List<ServicePrincipal> found = graph.servicePrincipals().get(request -> request.queryParameters.filter =
                    "displayName eq '" + ((String) args.get("displayName")).replace("'", "''") + "'").getValue();
            if (found.size() != 1) {
                throw new StandInEngine.DeploymentException("getServicePrincipal: " + found.size()
                        + " service principals are named '" + args.get("displayName") + "'; expected one");
            }
            sp = found.get(0);
        } else {
            throw new StandInEngine.DeploymentException("getServicePrincipal: one of `clientId`, `displayName` or "
                    + "`objectId` must be specified");
        }
        Map<String, Object> result = servicePrincipalFacts(sp);
        result.put("id", sp.getId());
        result.put("alternativeNames", List.of());
        result.put("description", sp.getDescription() == null ? "" : sp.getDescription());
        result.put("loginUrl", "");
        result.put("notes", sp.getNotes() == null ? "" : sp.getNotes());
        result.put("notificationEmailAddresses", List.of());
        result.put("preferredSingleSignOnMode", "");
        result.put("samlSingleSignOns", List.of());
        return result;
    }

    // ---- passwords

    private Created createPassword(Map<String, Object> inputs) {
        String applicationId = text(inputs, "applicationId");
        String objectId = lastSegment(applicationId);
        PasswordCredential wanted = new PasswordCredential();
        wanted.setDisplayName((String) inputs.get("displayName"));
        if (inputs.get("startDate") != null) {
            wanted.setStartDateTime(OffsetDateTime.parse(text(inputs, "startDate")));
        }
        if (inputs.get("endDate") != null) {
            wanted.setEndDateTime(OffsetDateTime.parse(text(inputs, "endDate")));
        }
        AddPasswordPostRequestBody body = new AddPasswordPostRequestBody();
        body.setPasswordCredential(wanted);
        PasswordCredential created = graph.applications().byApplicationId(objectId).addPassword().post(body);
        Map<String, Object> outputs = new LinkedHashMap<>(inputs);
        outputs.put("displayName", created.getDisplayName() == null ? "" : created.getDisplayName());
        outputs.put("keyId", created.getKeyId().toString());
        outputs.put("startDate", created.getStartDateTime().toInstant().toString());
        outputs.put("endDate", created.getEndDateTime().toInstant().toString());
        outputs.put("value", Structs.secret(Value.newBuilder().setStringValue(created.getSecretText()).build()));
        return new Created(objectId + "/password/" + created.getKeyId(), outputs);
    }

    // ---- helpers

    private static void supported(String type) {
        if (!FORCE_NEW.containsKey(type)) {
            throw unsupported(type);
        }
    }

    private static StandInEngine.DeploymentException unsupported(String type) {
        return new StandInEngine.DeploymentException("the Entra stand-in does not implement " + type
                + " (roomgate's program does not declare it)");
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new StandInEngine.DeploymentException("azuread input `" + key + "` is required and missing");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<Object> list(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    private static List<String> strings(Map<String, Object> values, String key) {
        return list(values, key).stream().map(String::valueOf).toList();
    }
}
