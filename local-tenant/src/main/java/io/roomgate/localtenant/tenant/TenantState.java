package io.roomgate.localtenant.tenant;

import java.util.ArrayList;
import java.util.List;

/** Everything a tenant is, as plain data: what is persisted (with Gson) between runs. */
public final class TenantState {
    public Organization organization;
    public SeededApps seededApps;
    public List<Recipient> recipients = new ArrayList<>();
    public List<Entra.Application> applications = new ArrayList<>();
    public List<Entra.ServicePrincipal> servicePrincipals = new ArrayList<>();
    public List<Entra.AppRoleAssignment> appRoleAssignments = new ArrayList<>();
    public List<Entra.DirectoryRoleAssignment> directoryRoleAssignments = new ArrayList<>();
    public List<Entra.OAuth2PermissionGrant> oauth2PermissionGrants = new ArrayList<>();
    public List<ExchangeObjects.ApplicationAccessPolicy> applicationAccessPolicies = new ArrayList<>();
    public List<ExchangeObjects.ServicePrincipalPointer> exchangeServicePrincipals = new ArrayList<>();
    public List<ExchangeObjects.ManagementScope> managementScopes = new ArrayList<>();
    public List<ExchangeObjects.ManagementRoleAssignment> managementRoleAssignments = new ArrayList<>();

    /** The organization: tenant GUID and its initial domain. */
    public static final class Organization {
        public String tenantId;
        public String initialDomain;
        public String displayName;
        /** Domains the organisation accepts mail for besides its initial domain (null: none). */
        public List<String> acceptedDomains;
        /** The Exchange hosted-organization DN suffix every recipient DN ends with. */
        public String distinguishedNameSuffix() {
            return "OU=" + initialDomain + ",OU=Microsoft Exchange Hosted Organizations,DC=SIMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM";
        }
    }

    /** The two applications the seed brings, with the credentials a user of the simulator needs. */
    public static final class SeededApps {
        public String deployerAppId;
        public String deployerSecret;
        /** The deployer's certificate and private key, PEM, for a certificate credential. */
        public String deployerCertificatePem;
        public String platformAppId;
        public String platformSecret;
    }
}
