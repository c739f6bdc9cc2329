package io.roomgate.provider.config;

import io.roomgate.provider.handlers.ExchangeFormats;
import io.roomgate.provider.framework.Property;

/**
 * The provider's configuration: {@code exchangeonline:*} stack keys, falling back to the environment the Azure
 * SDKs read. {@link #toString()} never shows the secrets.
 */
public record ProviderConfig(
        @Property(description = "The tenant's GUID (env AZURE_TENANT_ID).", format = ExchangeFormats.Guid.class)
        String tenantId,
        @Property(description = "The tenant's initial domain, *.onmicrosoft.com; used as the routing hint.")
        String organization,
        @Property(description = "The deploying app's client id; it needs Exchange.ManageAsApp and the Exchange "
                + "Administrator role, and Microsoft Graph Application.Read.All for the access-policy delete to check "
                + "the app's Calendars grants (env AZURE_CLIENT_ID).", format = ExchangeFormats.Guid.class)
        String clientId,
        @Property(description = "The deploying app's client secret (env AZURE_CLIENT_SECRET).", secret = true)
        String clientSecret,
        @Property(description = "PEM or PFX certificate of the deploying app (env AZURE_CLIENT_CERTIFICATE_PATH).")
        String clientCertificatePath,
        @Property(description = "Password of the PFX certificate (env AZURE_CLIENT_CERTIFICATE_PASSWORD).", secret = true)
        String clientCertificatePassword,
        @Property(description = "Authenticate with the managed identity of the machine running Pulumi.")
        Boolean useManagedIdentity,
        @Property(description = "Authenticate interactively with a device code.")
        Boolean useDeviceCode,
        @Property(description = "Authority host for sovereign clouds or the simulator (env AZURE_AUTHORITY_HOST).")
        String authorityHost,
        @Property(description = "Exchange admin API base URL; default https://outlook.office365.com.")
        String endpoint,
        @Property(description = "Microsoft Graph base URL (default https://graph.microsoft.com/v1.0), where the "
                + "access-policy delete reads the app's Graph permissions (rule 1); the deploying app needs "
                + "Application.Read.All there.")
        String graphEndpoint,
        @Property(description = "Path (relative to the project) of a running local tenant's connection file, e.g. "
                + ".roomgate/local-tenant/connection.json as ./roomgate tenant start writes it: the provider takes "
                + "the endpoints, the deploying app's credential and the CA certificate from it and ignores the other "
                + "connection keys.")
        String local,
        @Property(description = "Exchange calls in flight per tenant (default 4).", min = 1, max = 64)
        Integer maxConcurrency,
        @Property(description = "Exchange's RSA public key for passwords (the <RSAKeyValue> in the module "
                + "Connect-ExchangeOnline generates, or PEM): the admin API takes a new mailbox's password only "
                + "encrypted with it. Needed only for UserMailbox; the local tenant supplies its own.")
        String passwordEncryptionKey) {

    @Override
    public String toString() {
        return "ProviderConfig[tenantId=" + tenantId + ", organization=" + organization + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "none" : "[secret]")
                + ", clientCertificatePath=" + clientCertificatePath + ", useManagedIdentity=" + useManagedIdentity
                + ", useDeviceCode=" + useDeviceCode + ", authorityHost=" + authorityHost + ", endpoint=" + endpoint
                + ", graphEndpoint=" + graphEndpoint + ", local=" + local + ", maxConcurrency=" + maxConcurrency
                + ", passwordEncryptionKey=" + (passwordEncryptionKey == null ? "none" : "set") + "]";
    }
}
