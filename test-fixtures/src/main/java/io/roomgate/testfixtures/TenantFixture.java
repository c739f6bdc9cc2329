package io.roomgate.testfixtures;

import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.graph.GraphEndpoint;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.ExchangeObjects;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Seeder;
import io.roomgate.localtenant.tls.ClientCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A simulator with Graph mounted, and the access configuration {@code pulumi up} leaves behind written straight
 * into the tenant's state: RBAC for Applications scopes and assignments, Entra grants, access policies. For tests.
 */
public final class TenantFixture implements AutoCloseable {
    public final TenantSimulator sim;
    public final GraphEndpoint graph;
    public final Path directory;
    /** The simulator's TLS certificate, for clients that trust it. */
    public final Path certificatePem;

    public TenantFixture(int rooms) {
        sim = TenantSimulator.start(SimulatorOptions.defaults().withRooms(rooms));
        graph = GraphEndpoint.mountOn(sim);
        try {
            directory = Files.createTempDirectory("roomgate-graph");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        certificatePem = directory.resolve("simulator.pem");
        sim.writeCertificatePem(certificatePem);
    }

    public String platformAppId() {
        return sim.platformApp().clientId();
    }

    /** The CEO's mailbox: not a room, never to be reached by the platform. */
    public String canary() {
        return Seeder.CEO_ALIAS + "@" + sim.organization();
    }

    /** The seeded rooms of one building ("ams", "ber", "chi", "den"), by address. */
    public List<String> rooms(String building) {
        return sim.tenant().read(() -> sim.tenant().recipients().stream()
                .filter(r -> r.kind == RecipientKind.RoomMailbox && r.alias.startsWith(building + "-"))
                .map(r -> r.primarySmtpAddress).sorted().toList());
    }

    public List<String> allRooms() {
        return Stream.of("ams", "ber", "chi", "den").flatMap(b -> rooms(b).stream()).sorted().toList();
    }

    /** RBAC for Applications: the app's Exchange service principal, a scope ({@code filter}; null: none) and a role. */
    public TenantFixture rbac(String role, String filter) {
        sim.tenant().write(() -> {
            var state = sim.tenant().state();
            String now = sim.tenant().now().toString();
            ExchangeObjects.ServicePrincipalPointer pointer = state.exchangeServicePrincipals.stream()
                    .filter(p -> p.appId.equals(platformAppId())).findFirst().orElseGet(() -> {
                        var created = new ExchangeObjects.ServicePrincipalPointer();
                        created.guid = Seeder.newGuid();
                        created.appId = platformAppId();
                        created.objectId = sim.tenant().servicePrincipalByAppId(platformAppId()).orElseThrow().objectId;
                        created.displayName = Seeder.PLATFORM_NAME;
                        created.whenCreated = now;
                        state.exchangeServicePrincipals.add(created);
                        return created;
                    });
            String scopeName = null;
            if (filter != null) {
                var scope = new ExchangeObjects.ManagementScope();
                scope.guid = Seeder.newGuid();
                scope.name = "roomgate rooms " + state.managementScopes.size();
                scope.recipientRestrictionFilter = filter;
                scope.whenCreated = now;
                state.managementScopes.add(scope);
                scopeName = scope.name;
            }
            var assignment = new ExchangeObjects.ManagementRoleAssignment();
            assignment.guid = Seeder.newGuid();
            assignment.name = "roomgate " + role + " " + state.managementRoleAssignments.size();
            assignment.role = role;
            assignment.servicePrincipalGuid = pointer.guid;
            assignment.customResourceScope = scopeName;
            assignment.whenCreated = now;
            state.managementRoleAssignments.add(assignment);
            return null;
        });
        return this;
    }

    /** {@code Application Calendars.ReadWrite} over a scope with {@code filter}. */
    public TenantFixture rbacScope(String filter) {
        return rbac("Application Calendars.ReadWrite", filter);
    }

    /** Admin consent to a Microsoft Graph application permission for the platform's app (tenant-wide). */
    public TenantFixture entraGrant(String permission) {
        sim.tenant().write(() -> {
            var tenant = sim.tenant();
            Entra.ServicePrincipal graphSp = tenant.servicePrincipalByAppId(Entra.GRAPH_APP_ID).orElseThrow();
            var assignment = new Entra.AppRoleAssignment();
            assignment.id = Seeder.newGuid();
            assignment.principalId = tenant.servicePrincipalByAppId(platformAppId()).orElseThrow().objectId;
            assignment.resourceId = graphSp.objectId;
            assignment.appRoleId = graphSp.appRoles.stream().filter(r -> r.value.equals(permission)).findFirst()
                    .orElseThrow().id;
            assignment.createdDateTime = tenant.now().toString();
            tenant.state().appRoleAssignments.add(assignment);
            return null;
        });
        return this;
    }

    /** A mail-enabled security group of {@code mailboxes} and a RestrictAccess policy for the app over it. */
    public TenantFixture restrictAccessTo(List<String> mailboxes) {
        return policy("RestrictAccess", mailboxes);
    }

    /** A mail-enabled security group of {@code mailboxes} and a DenyAccess policy for the app over it. */
    public TenantFixture denyAccessTo(List<String> mailboxes) {
        return policy("DenyAccess", mailboxes);
    }

    private TenantFixture policy(String accessRight, List<String> mailboxes) {
        sim.tenant().write(() -> {
            var tenant = sim.tenant();
            var group = new Recipient();
            group.guid = Seeder.newGuid();
            group.externalDirectoryObjectId = Seeder.newGuid();
            group.kind = RecipientKind.MailUniversalSecurityGroup;
            group.name = accessRight + " group " + tenant.state().applicationAccessPolicies.size();
            group.alias = accessRight.toLowerCase(java.util.Locale.ROOT) + tenant.state().applicationAccessPolicies.size();
            group.displayName = group.name;
            group.primarySmtpAddress = group.alias + "@" + sim.organization();
            group.whenCreated = tenant.now().toString();
            for (String mailbox : mailboxes) {
                group.members.add(tenant.resolveRecipients(mailbox).get(0).guid);
            }
            tenant.addRecipient(group);
            var policy = new ExchangeObjects.ApplicationAccessPolicy();
            policy.guid = Seeder.newGuid();
            policy.appIds.add(platformAppId());
            policy.scopeRecipientGuid = group.guid;
            policy.accessRight = accessRight;
            policy.description = "roomgate";
            policy.whenCreated = tenant.now().toString();
            tenant.state().applicationAccessPolicies.add(policy);
            return null;
        });
        return this;
    }

    /** Registers a certificate on the platform's app; returns the PEM file (certificate and key) to sign in with. */
    public Path platformCertificate() {
        ClientCertificate certificate = ClientCertificate.generate(Seeder.PLATFORM_NAME, Duration.ofDays(30));
        sim.tenant().write(() -> {
            var key = new Entra.KeyCredential();
            key.keyId = Seeder.newGuid();
            key.displayName = "CN=" + Seeder.PLATFORM_NAME;
            key.certificate = ClientCertificate.base64Der(certificate.certificate());
            key.thumbprint = ClientCertificate.thumbprint(certificate.certificate());
            key.startDateTime = certificate.certificate().getNotBefore().toInstant().toString();
            key.endDateTime = certificate.certificate().getNotAfter().toInstant().toString();
            sim.tenant().applicationByAppId(platformAppId()).orElseThrow().keyCredentials.add(key);
            return null;
        });
        Path pem = directory.resolve("platform.pem");
        try {
            Files.writeString(pem, certificate.toPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pem;
    }

    /** The object Guid of a mailbox, as the calendar store keys it. */
    public String guidOf(String address) {
        return sim.tenant().read(() -> sim.tenant().resolveRecipients(address).get(0).guid);
    }

    @Override
    public void close() {
        sim.close();
    }
}
