package io.roomgate.localtenant.directory;

import io.roomgate.localtenant.tenant.Entra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Directory objects in Graph v1.0's JSON shapes (unset properties as null, collections as empty arrays). */
final class DirectoryViews {
    private DirectoryViews() {
    }

    static Map<String, Object> application(Entra.Application app, String publisherDomain) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", app.objectId);
        view.put("deletedDateTime", null);
        view.put("appId", app.appId);
        view.put("createdDateTime", app.createdDateTime);
        view.put("description", app.description);
        view.put("displayName", app.displayName);
        view.put("identifierUris", app.identifierUris);
        view.put("notes", app.notes);
        view.put("publisherDomain", publisherDomain);
        view.put("signInAudience", app.signInAudience);
        view.put("tags", app.tags);
        view.put("appRoles", List.of());
        view.put("api", Map.of("acceptMappedClaims", false, "knownClientApplications", List.of(),
                "oauth2PermissionScopes", List.of(), "preAuthorizedApplications", List.of()));
        view.put("keyCredentials", app.keyCredentials.stream().map(DirectoryViews::keyCredential).toList());
        view.put("passwordCredentials", app.passwordCredentials.stream()
                .map(secret -> passwordCredential(secret, false)).toList());
        view.put("publicClient", Map.of("redirectUris", app.publicClientRedirectUris));
        view.put("requiredResourceAccess", app.requiredResourceAccess.stream().map(access -> Map.of(
                "resourceAppId", access.resourceAppId,
                "resourceAccess", access.resourceAccess.stream()
                        .map(one -> Map.of("id", one.id, "type", one.type)).toList())).toList());
        Map<String, Object> web = new LinkedHashMap<>();
        web.put("homePageUrl", app.webHomePageUrl);
        web.put("logoutUrl", app.webLogoutUrl);
        web.put("redirectUris", app.webRedirectUris);
        web.put("implicitGrantSettings", Map.of("enableAccessTokenIssuance", app.webAccessTokenIssuance,
                "enableIdTokenIssuance", app.webIdTokenIssuance));
        view.put("web", web);
        view.put("spa", Map.of("redirectUris", app.spaRedirectUris));
        return view;
    }

    /** A client secret; {@code secretText} only in the answer to {@code addPassword}, as Graph does. */
    static Map<String, Object> passwordCredential(Entra.PasswordCredential secret, boolean withText) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customKeyIdentifier", null);
        view.put("displayName", secret.displayName);
        view.put("endDateTime", secret.endDateTime);
        view.put("hint", secret.secretText == null || secret.secretText.length() < 3 ? null
                : secret.secretText.substring(0, 3));
        view.put("keyId", secret.keyId);
        view.put("secretText", withText ? secret.secretText : null);
        view.put("startDateTime", secret.startDateTime);
        return view;
    }

    private static Map<String, Object> keyCredential(Entra.KeyCredential key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customKeyIdentifier", key.thumbprint);
        view.put("displayName", key.displayName);
        view.put("endDateTime", key.endDateTime);
        view.put("key", null);
        view.put("keyId", key.keyId);
        view.put("startDateTime", key.startDateTime);
        view.put("type", "AsymmetricX509Cert");
        view.put("usage", "Verify");
        return view;
    }

    static Map<String, Object> servicePrincipal(Entra.ServicePrincipal sp, String tenantId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", sp.objectId);
        view.put("deletedDateTime", null);
        view.put("accountEnabled", sp.accountEnabled);
        view.put("alternativeNames", List.of());
        view.put("appDisplayName", sp.displayName);
        view.put("appDescription", null);
        view.put("appId", sp.appId);
        view.put("appOwnerOrganizationId", tenantId);
        view.put("appRoleAssignmentRequired", sp.appRoleAssignmentRequired);
        view.put("description", sp.description);
        view.put("displayName", sp.displayName);
        view.put("homepage", null);
        view.put("loginUrl", null);
        view.put("logoutUrl", null);
        view.put("notes", sp.notes);
        view.put("notificationEmailAddresses", List.of());
        view.put("preferredSingleSignOnMode", null);
        view.put("replyUrls", List.of());
        view.put("servicePrincipalNames", sp.servicePrincipalNames);
        view.put("servicePrincipalType", "Application");
        view.put("signInAudience", "AzureADMyOrg");
        view.put("tags", sp.tags);
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Entra.AppRole role : sp.appRoles) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("allowedMemberTypes", List.of("Application"));
            one.put("description", role.value);
            one.put("displayName", role.value);
            one.put("id", role.id);
            one.put("isEnabled", true);
            one.put("origin", "Application");
            one.put("value", role.value);
            roles.add(one);
        }
        view.put("appRoles", roles);
        List<Map<String, Object>> scopes = new ArrayList<>();
        for (Entra.PermissionScope scope : sp.oauth2PermissionScopes) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("adminConsentDescription", scope.value);
            one.put("adminConsentDisplayName", scope.value);
            one.put("id", scope.id);
            one.put("isEnabled", true);
            one.put("type", "User");
            one.put("userConsentDescription", scope.value);
            one.put("userConsentDisplayName", scope.value);
            one.put("value", scope.value);
            scopes.add(one);
        }
        view.put("oauth2PermissionScopes", scopes);
        view.put("keyCredentials", List.of());
        view.put("passwordCredentials", List.of());
        return view;
    }

    static Map<String, Object> appRoleAssignment(Entra.AppRoleAssignment assignment, Entra.ServicePrincipal principal,
                                                 Entra.ServicePrincipal resource) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", assignment.id);
        view.put("deletedDateTime", null);
        view.put("appRoleId", assignment.appRoleId);
        view.put("createdDateTime", assignment.createdDateTime);
        view.put("principalDisplayName", principal == null ? null : principal.displayName);
        view.put("principalId", assignment.principalId);
        view.put("principalType", "ServicePrincipal");
        view.put("resourceDisplayName", resource == null ? null : resource.displayName);
        view.put("resourceId", assignment.resourceId);
        return view;
    }

    static Map<String, Object> permissionGrant(Entra.OAuth2PermissionGrant grant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clientId", grant.clientId);
        view.put("consentType", grant.consentType);
        view.put("id", grant.id);
        view.put("principalId", grant.principalId);
        view.put("resourceId", grant.resourceId);
        view.put("scope", grant.scope);
        return view;
    }
}
