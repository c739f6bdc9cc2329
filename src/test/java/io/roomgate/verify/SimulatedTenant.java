package io.roomgate.verify;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.roomgate.exchange.ApplicationAccessCheck;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.RoomQuery;
import io.roomgate.exchange.ServicePrincipalAuthorization;
import io.roomgate.simulator.SimulatorOptions;
import io.roomgate.simulator.TenantSimulator;
import io.roomgate.simulator.access.ExchangeAccess;
import io.roomgate.simulator.access.InScope;
import io.roomgate.simulator.access.PolicyCheck;
import io.roomgate.simulator.graph.GraphEndpoint;
import io.roomgate.simulator.graph.TenantAccessFacts;
import io.roomgate.simulator.tenant.Entra;
import io.roomgate.simulator.tenant.ExchangeObjects;
import io.roomgate.simulator.tenant.Recipient;
import io.roomgate.simulator.tenant.RecipientKind;
import io.roomgate.simulator.tenant.Seeder;
import io.roomgate.simulator.tls.ClientCertificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local tenant simulator with Graph mounted, for verify's end-to-end tests: the platform's app signs in with
 * azure-identity and calls Graph with the Graph SDK, exactly as in production. The tenant's access configuration is
 * set directly in its state, as {@code pulumi up} would have left it.
 *
 * <p>The Exchange admin side answers from the same access rules the simulator enforces; it is a Mockito stand-in
 * for {@link ExchangeAdmin} until the simulator's InvokeCommand serves the Test-* cmdlets.
 */
final class SimulatedTenant implements AutoCloseable {
    final TenantSimulator sim;
    final GraphEndpoint graph;
    final Path directory;
    final Path certificatePem;

    SimulatedTenant(int rooms) {
        sim = TenantSimulator.start(SimulatorOptions.defaults().withRooms(rooms));
        graph = GraphEndpoint.mountOn(sim);
        try {
            directory = Files.createTempDirectory("roomgate-verify");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        certificatePem = directory.resolve("simulator.pem");
        sim.writeCertificatePem(certificatePem);
    }

    String platformAppId() {
        return sim.platformApp().clientId();
    }

    String canary() {
        return Seeder.CEO_ALIAS + "@" + sim.organization();
    }

    /** The seeded rooms of one building ("ams", "ber", "chi", "den"), by address. */
    List<String> rooms(String building) {
        return sim.tenant().read(() -> sim.tenant().recipients().stream()
                .filter(r -> r.kind == RecipientKind.RoomMailbox && r.alias.startsWith(building + "-"))
                .map(r -> r.primarySmtpAddress).sorted().toList());
    }

    List<String> allRooms() {
        return Stream.of("ams", "ber", "chi", "den").flatMap(b -> rooms(b).stream()).sorted().toList();
    }

    // ---- access configuration, as the provider would have created it

    /** RBAC for Applications: the app's Exchange service principal, a scope and Application Calendars.ReadWrite. */
    SimulatedTenant rbacScope(String filter) {
        return rbac("Application Calendars.ReadWrite", filter);
    }

    SimulatedTenant rbac(String role, String filter) {
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

    /** Admin consent to a Microsoft Graph application permission for the platform's app (tenant-wide). */
    SimulatedTenant entraGrant(String permission) {
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

    /** A mail-enabled security group of {@code rooms} and a RestrictAccess policy for the app over it. */
    SimulatedTenant restrictAccessTo(List<String> rooms) {
        sim.tenant().write(() -> {
            var tenant = sim.tenant();
            var group = new Recipient();
            group.guid = Seeder.newGuid();
            group.externalDirectoryObjectId = Seeder.newGuid();
            group.kind = RecipientKind.MailUniversalSecurityGroup;
            group.name = "Room booking rooms";
            group.alias = "roombookingrooms";
            group.displayName = group.name;
            group.primarySmtpAddress = group.alias + "@" + sim.organization();
            group.whenCreated = tenant.now().toString();
            for (String room : rooms) {
                group.members.add(tenant.resolveRecipients(room).get(0).guid);
            }
            tenant.addRecipient(group);
            var policy = new ExchangeObjects.ApplicationAccessPolicy();
            policy.guid = Seeder.newGuid();
            policy.appIds.add(platformAppId());
            policy.scopeRecipientGuid = group.guid;
            policy.accessRight = "RestrictAccess";
            policy.description = "roomgate";
            policy.whenCreated = tenant.now().toString();
            tenant.state().applicationAccessPolicies.add(policy);
            return null;
        });
        return this;
    }

    /** Registers a certificate on the platform's app; returns the PEM file (certificate and key) to sign in with. */
    Path platformCertificate() {
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

    // ---- the Exchange admin side

    /** Test-* answers from the simulator's own access rules, as of now (they bypass Exchange's caches). */
    ExchangeAdmin admin() {
        ExchangeAdmin admin = mock(ExchangeAdmin.class);
        when(admin.testServicePrincipalAuthorization(anyString(), any())).thenAnswer(call -> {
            String app = call.getArgument(0);
            String mailbox = call.getArgument(1);
            return sim.tenant().read(() -> {
                boolean known = sim.tenant().state().exchangeServicePrincipals.stream()
                        .anyMatch(p -> p.appId.equalsIgnoreCase(app));
                if (!known) {
                    throw new ExchangeException(ExchangeException.Kind.NOT_FOUND, "Test-ServicePrincipalAuthorization",
                            "The operation couldn't be performed because object '" + app + "' couldn't be found.");
                }
                var access = new ExchangeAccess(TenantAccessFacts.of(sim.tenant()));
                return access.testServicePrincipalAuthorization(app, mailbox == null ? null
                        : TenantAccessFacts.mailbox(sim.tenant().resolveRecipients(mailbox).get(0)), sim.tenant().now())
                        .stream().map(row -> new ServicePrincipalAuthorization(row.roleName(),
                                row.grantedPermissionsText(), row.allowedResourceScope(), row.scopeType().name(),
                                row.inScope() == InScope.NOT_RUN ? null : row.inScope() == InScope.TRUE))
                        .toList();
            });
        });
        when(admin.testApplicationAccessPolicy(anyString(), anyString())).thenAnswer(call -> {
            String mailbox = call.getArgument(0);
            String app = call.getArgument(1);
            return sim.tenant().read(() -> {
                Recipient recipient = sim.tenant().resolveRecipients(mailbox).get(0);
                PolicyCheck check = new ExchangeAccess(TenantAccessFacts.of(sim.tenant()))
                        .testApplicationAccessPolicy(app, TenantAccessFacts.mailbox(recipient), sim.tenant().now());
                return new ApplicationAccessCheck(app, mailbox, recipient.guid, check.accessCheckResult().name());
            });
        });
        when(admin.listRoomMailboxes(any(RoomQuery.class))).thenAnswer(call -> sim.tenant().read(() ->
                sim.tenant().recipients().stream().filter(r -> r.kind == RecipientKind.RoomMailbox)
                        .map(r -> new Mailbox(r.guid, r.name, r.alias, r.displayName, r.primarySmtpAddress,
                                r.kind.name(), sim.tenant().distinguishedName(r), r.externalDirectoryObjectId,
                                r.office, r.resourceCapacity))
                        .toList()));
        return admin;
    }

    // ---- running verify

    /** What {@code pulumi stack output --json --show-secrets} prints for a stack over these rooms. */
    String outputs(String accessModel, List<String> rooms, boolean write) {
        var outputs = new JsonObject();
        outputs.addProperty("tenantId", sim.tenantId());
        outputs.addProperty("clientId", platformAppId());
        outputs.addProperty("clientSecret", sim.platformApp().clientSecret());
        var addresses = new JsonArray();
        rooms.forEach(addresses::add);
        outputs.add("roomAddresses", addresses);
        outputs.addProperty("accessModel", accessModel);
        var verification = new JsonObject();
        verification.add("rooms", addresses);
        verification.addProperty("canary", canary());
        verification.addProperty("accessModel", accessModel);
        verification.addProperty("write", write);
        outputs.add("verification", verification);
        return outputs.toString();
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs the real command against the simulator; waiting moves the simulator's clock instead of sleeping. */
    Run verify(String outputs, String... extraArgs) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var args = new ArrayList<>(List.of("--graph-endpoint", sim.graphEndpoint(), "--authority-host",
                sim.authorityHost(), "--exchange-endpoint", sim.exchangeEndpoint(), "--organization",
                sim.organization(), "--trust-certificate", certificatePem.toString(), "--admin-client-id",
                sim.deployerApp().clientId(), "--no-progress"));
        args.addAll(List.of(extraArgs));
        ExchangeAdmin admin = admin();
        var command = new VerifyCommand(new ByteArrayInputStream(outputs.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ROOMGATE_ADMIN_CLIENT_SECRET", sim.deployerApp().clientSecret()), options -> admin,
                simulatedClock(), duration -> sim.tenant().clock().advance(duration));
        int exit = command.run(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Clock simulatedClock() {
        return new MutableClock(() -> sim.tenant().clock().now());
    }

    @Override
    public void close() {
        sim.close();
    }
}
