package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;
import io.roomgate.testfixtures.InProcessLocalTenant;
import io.roomgate.testfixtures.ProviderPlugin;
import io.roomgate.testfixtures.SimulatedGraphGrants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.Provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code exchangeonline:local}: the provider points at a running local tenant through its connection file (relative
 * to the project), trusting its CA certificate; it starts nothing itself.
 */
class LocalTenantIT {
    static final String CONNECTION = ".roomgate/local-tenant/connection.json";

    @TempDir
    Path project;

    private InProcessLocalTenant startTenant() {
        return InProcessLocalTenant.start(project.resolve(".roomgate/local-tenant"),
                SimulatorOptions.defaults().withRooms(4));
    }

    @Test
    void accessPolicyDeleteRefusesWhileItsAppHoldsATenantWideCalendarsGrantNamingIt() throws Exception {
        try (InProcessLocalTenant tenant = startTenant();
             FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            String appId = tenant.simulator().platformApp().clientId();
            SimulatedGraphGrants.grant(tenant.simulator(), appId, Entra.GRAPH_CALENDARS_READ_WRITE);
            provider.configured(struct("local", CONNECTION));
            ProviderClient client = new ProviderClient(provider::stub);
            var policy = restrictToRoom(client, appId, firstRoom(provider));

            var refused = assertThrows(StatusRuntimeException.class, () -> client.delete(ProviderLifecycleIT.POLICY,
                    "restrict", policy.getId(), policy.getProperties()));
            assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
            assertTrue(refused.getStatus().getDescription().contains(
                    "Microsoft Graph Calendars.ReadWrite (application permission)"), refused.getStatus().getDescription());
            assertEquals(policy.getId(), client.read(ProviderLifecycleIT.POLICY, "restrict", policy.getId(),
                    policy.getProperties(), Struct.getDefaultInstance()).getId(), "the policy is still in force");
        }
    }

    @Test
    void accessPolicyDeleteByADeployerWithoutApplicationReadAllWarnsNamingThePermissionAndGoesAhead() throws Exception {
        try (InProcessLocalTenant local = startTenant();
             FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            TenantSimulator seeded = local.simulator();
            String appId = seeded.platformApp().clientId();
            SimulatedGraphGrants.grant(seeded, appId, Entra.GRAPH_CALENDARS_READ_WRITE);
            Tenant tenant = seeded.tenant();
            String deployer = tenant.read(() -> tenant.servicePrincipalByAppId(seeded.deployerApp().clientId())
                    .orElseThrow().objectId);
            tenant.write(() -> tenant.state().appRoleAssignments.removeIf(a -> a.principalId.equals(deployer)
                    && a.appRoleId.equals(Entra.GRAPH_APPLICATION_READ_WRITE_ALL)));
            provider.configured(struct("local", CONNECTION));
            ProviderClient client = new ProviderClient(provider::stub);
            var policy = restrictToRoom(client, appId, firstRoom(provider));

            client.delete(ProviderLifecycleIT.POLICY, "restrict", policy.getId(), policy.getProperties());

            String urn = ProviderClient.urn(ProviderLifecycleIT.POLICY, "restrict");
            assertTrue(engine.messagesFor(urn).stream().anyMatch(message -> message.startsWith("could not check that "
                    + "app " + appId + " holds no tenant-wide Microsoft Graph Calendars.* application permission")
                    && message.contains("HTTP 403") && message.contains("Microsoft Graph application permission "
                    + "Application.Read.All") && message.contains("Deleting the policy anyway")),
                    () -> String.join("\n", engine.messagesFor(urn)));
            assertEquals("", client.read(ProviderLifecycleIT.POLICY, "restrict", policy.getId(),
                    policy.getProperties(), Struct.getDefaultInstance()).getId(), "the policy is gone");
        }
    }

    @Test
    void twoProvidersShareOneRunningLocalTenant() throws Exception {
        try (InProcessLocalTenant tenant = startTenant();
             FakeEngine engine = new FakeEngine();
             ProviderPlugin first = ProviderPlugin.exec(project, engine.address(), Map.of());
             ProviderPlugin second = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            first.configured(struct("local", CONNECTION));
            second.configured(struct("local", CONNECTION));
            ProviderClient one = new ProviderClient(first::stub);
            var created = one.create(ProviderLifecycleIT.GROUP, "kept", one.checked(ProviderLifecycleIT.GROUP,
                    "kept", struct("name", "Kept rooms", "alias", "kept-rooms", "members", List.of(firstRoom(first)))),
                    false);

            var read = new ProviderClient(second::stub).read(ProviderLifecycleIT.GROUP, "kept", created.getId(),
                    created.getProperties(), Struct.getDefaultInstance());

            assertEquals(created.getId(), read.getId());
            assertEquals("kept-rooms", read.getProperties().getFieldsOrThrow("alias").getStringValue());
        }
        assertTrue(Files.size(project.resolve(".roomgate/local-tenant/tenant.json")) > 0, "the tenant kept on disk");
    }

    @Test
    void withNoLocalTenantRunningConfigureSaysWhereItLookedAndHowToStartOne() throws Exception {
        String endpoint;
        try (InProcessLocalTenant tenant = startTenant()) {
            endpoint = tenant.simulator().exchangeEndpoint();
        }
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            var refused = assertThrows(StatusRuntimeException.class,
                    () -> provider.configured(struct("local", CONNECTION)));

            String message = refused.getStatus().getDescription();
            assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
            assertTrue(message.contains("no local tenant answers at " + endpoint) && message.contains(CONNECTION)
                    && message.endsWith("start it with ./roomgate tenant start"), message);
            assertFalse(provider.stderr().contains("\tat io.roomgate"), "no stack trace: " + provider.stderr());
        }
    }

    @Test
    void withoutAConnectionFileConfigureSaysNoLocalTenantWasStarted() throws Exception {
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            var refused = assertThrows(StatusRuntimeException.class,
                    () -> provider.configured(struct("local", CONNECTION)));

            String message = refused.getStatus().getDescription();
            assertTrue(message.contains(CONNECTION + ", which does not exist")
                    && message.endsWith("start it with ./roomgate tenant start"), message);
        }
    }

    /** The app restricted to a group holding one room, as the program declares it in access-policy mode. */
    private static Provider.CreateResponse restrictToRoom(ProviderClient client, String appId, String room) {
        var group = client.create(ProviderLifecycleIT.GROUP, "scope", client.checked(ProviderLifecycleIT.GROUP,
                "scope", struct("name", "Platform rooms", "alias", "platform-rooms", "members", List.of(room))), false);
        String groupAddress = group.getProperties().getFieldsOrThrow("primarySmtpAddress").getStringValue();
        return client.create(ProviderLifecycleIT.POLICY, "restrict", client.checked(ProviderLifecycleIT.POLICY,
                "restrict", struct("appId", appId, "policyScopeGroupId", groupAddress,
                        "accessRight", "RestrictAccess")), false);
    }

    private static String firstRoom(ProviderPlugin provider) {
        return provider.stub().invoke(Provider.InvokeRequest.newBuilder().setTok("exchangeonline:index:getRoomMailboxes")
                        .setArgs(Struct.getDefaultInstance()).build())
                .getReturn().getFieldsOrThrow("rooms").getListValue().getValues(0).getStructValue()
                .getFieldsOrThrow("primarySmtpAddress").getStringValue();
    }
}
