package io.roomgate.localtenant.tenant;

import java.util.ArrayList;
import java.util.List;

/** The Entra ID side of the tenant: applications, service principals, grants and directory roles. */
public final class Entra {
    private Entra() {
    }

    public static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    public static final String EXCHANGE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";
    public static final String EXCHANGE_MANAGE_AS_APP = "dc50a0fb-09a3-484d-be87-e023b12c6440";
    public static final String GRAPH_CALENDARS_READ_WRITE = "ef54d2bf-783f-4e0f-bca1-3210c0444d99";
    public static final String EXCHANGE_ADMINISTRATOR_ROLE = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public static final String GLOBAL_ADMINISTRATOR_ROLE = "62e90394-69f5-4237-9190-012177145e10";
    public static final String GLOBAL_READER_ROLE = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    public static final String GRAPH_APPLICATION_READ_WRITE_ALL = "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9";
    public static final String GRAPH_APP_ROLE_ASSIGNMENT_READ_WRITE_ALL = "06b708a9-e830-4db3-a914-8e69da51d44f";
    public static final String GRAPH_DELEGATED_PERMISSION_GRANT_READ_WRITE_ALL = "8e8e4742-1d95-4f68-9d56-6ee75648c72a";

    /** An app registration. */
    public static final class Application {
        public String appId;
        public String objectId;
        public String displayName;
        public String createdDateTime;
        public List<PasswordCredential> passwordCredentials = new ArrayList<>();
        public List<KeyCredential> keyCredentials = new ArrayList<>();
        public String signInAudience = "AzureADMyOrg";
        public String description;
        public String notes;
        public List<String> tags = new ArrayList<>();
        public List<String> identifierUris = new ArrayList<>();
        public List<String> webRedirectUris = new ArrayList<>();
        public String webHomePageUrl;
        public String webLogoutUrl;
        public boolean webIdTokenIssuance;
        public boolean webAccessTokenIssuance;
        public List<String> spaRedirectUris = new ArrayList<>();
        public List<String> publicClientRedirectUris = new ArrayList<>();
        public List<RequiredResourceAccess> requiredResourceAccess = new ArrayList<>();
    }

    /** Permissions an app registration asks for on one resource (what admin consent would grant). */
    public static final class RequiredResourceAccess {
        public String resourceAppId;
        public List<ResourceAccess> resourceAccess = new ArrayList<>();
    }

    /** One requested permission: an app role ({@code Role}) or a delegated scope ({@code Scope}) by id. */
    public static final class ResourceAccess {
        public String id;
        public String type;
    }

    /** A client secret. The simulator keeps the text so that a persisted tenant can hand it out again. */
    public static final class PasswordCredential {
        public String keyId;
        public String displayName;
        public String secretText;
        public String startDateTime;
        public String endDateTime;
    }

    /** A certificate registered on an application (public part only). */
    public static final class KeyCredential {
        public String keyId;
        public String displayName;
        /** Base64 DER of the X.509 certificate. */
        public String certificate;
        /** Hex SHA-1 thumbprint, upper case, as the portal shows it. */
        public String thumbprint;
        public String startDateTime;
        public String endDateTime;
    }

    /** An enterprise application (service principal), including the first-party resource ones. */
    public static final class ServicePrincipal {
        public String objectId;
        public String appId;
        public String displayName;
        /** Identifier URIs by which tokens can be requested for it (resource service principals). */
        public List<String> servicePrincipalNames = new ArrayList<>();
        public List<AppRole> appRoles = new ArrayList<>();
        /** Delegated permissions the resource publishes (e.g. Graph's {@code User.Read}). */
        public List<PermissionScope> oauth2PermissionScopes = new ArrayList<>();
        public boolean accountEnabled = true;
        public boolean appRoleAssignmentRequired;
        public String description;
        public String notes;
        public List<String> tags = new ArrayList<>();
    }

    /** A delegated permission a resource publishes. */
    public static final class PermissionScope {
        public String id;
        public String value;

        public PermissionScope() {
        }

        public PermissionScope(String id, String value) {
            this.id = id;
            this.value = value;
        }
    }

    /** Admin (or user) consent to delegated scopes of a resource for a client. */
    public static final class OAuth2PermissionGrant {
        public String id;
        public String clientId;
        /** {@code AllPrincipals} (admin consent for everyone) or {@code Principal}. */
        public String consentType;
        public String principalId;
        public String resourceId;
        /** Space-separated scope values. */
        public String scope;
    }

    /** An application permission a resource exposes. */
    public static final class AppRole {
        public String id;
        public String value;

        public AppRole() {
        }

        public AppRole(String id, String value) {
            this.id = id;
            this.value = value;
        }
    }

    /** Admin consent to an application permission. */
    public static final class AppRoleAssignment {
        public String id;
        public String principalId;
        public String resourceId;
        public String appRoleId;
        public String createdDateTime;
    }

    /** A directory role held by a service principal (by role template id). */
    public static final class DirectoryRoleAssignment {
        public String id;
        public String principalId;
        public String roleDefinitionId;
    }
}
