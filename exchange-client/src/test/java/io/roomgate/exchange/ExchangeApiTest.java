package io.roomgate.exchange;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeApiTest {

    @Test
    void credentialDescriptionsNeverShowTheSecret() {
        var secret = new CredentialSource.ClientSecret("11111111-2222-3333-4444-555555555555", "s3cr3t~value");
        var certificate = new CredentialSource.ClientCertificate("app", "/etc/cert.pfx", "pfx-password");

        assertFalse(secret.toString().contains("s3cr3t~value"));
        assertFalse(secret.describe().contains("s3cr3t~value"));
        assertEquals("client secret of app 11111111-2222-3333-4444-555555555555", secret.describe());
        assertFalse(certificate.toString().contains("pfx-password"));
        assertFalse(ExchangeClientOptions.builder("t", secret).build().toString().contains("s3cr3t~value"));
    }

    @Test
    void deletesAndAddsCanTellAbsentFromPresentFromRetryable() {
        assertTrue(new ExchangeException(ExchangeException.Kind.NOT_MEMBER, "Remove-DistributionGroupMember", "x")
                .meansAbsent());
        assertTrue(new ExchangeException(ExchangeException.Kind.PERMISSION_ENTRY_NOT_FOUND, "Remove-MailboxPermission",
                "x").meansAbsent());
        assertTrue(new ExchangeException(ExchangeException.Kind.ALREADY_MEMBER, "Add-DistributionGroupMember", "x")
                .meansPresent());
        assertFalse(new ExchangeException(ExchangeException.Kind.THROTTLED, "Get-Mailbox", "x").meansAbsent());
        assertTrue(new ExchangeException(ExchangeException.Kind.OUTCOME_UNKNOWN, "New-ManagementScope", "x").mayPass());
    }

    @Test
    void applicationAccessPolicyExposesTheScopeGroupObjectId() {
        var policy = new ApplicationAccessPolicy("t\\app:S-1-5;oid", "app", "rooms", "rooms", "S-1-5-21-1;6f1c0000-aaaa",
                null, "RestrictAccess", true);
        assertEquals("6f1c0000-aaaa", policy.scopeGroupObjectId());
    }

    @Test
    void optionsRefusePlainHttpAndRouteByTheInitialDomain() {
        var credential = new CredentialSource.ManagedIdentity(null);
        assertThrows(IllegalArgumentException.class, () -> ExchangeClientOptions.builder("tid", credential)
                .endpoint(URI.create("http://127.0.0.1:8443")).build());
        assertEquals("contoso.onmicrosoft.com", ExchangeClientOptions.builder("tid", credential)
                .organization("contoso.onmicrosoft.com").build().routingTenant());
        assertEquals("tid", ExchangeClientOptions.builder("tid", credential).build().routingTenant());
    }
}
