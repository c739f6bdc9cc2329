package io.roomgate.simulator.tenant;

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

    /** An app registration. */
    public static final class Application {
        public String appId;
        public String objectId;
        public String displayName;
        public String createdDateTime;
        public List<PasswordCredential> passwordCredentials = new ArrayList<>();
        public List<KeyCredential> keyCredentials = new ArrayList<>();
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
