package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.TenantSimulator;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.localtenant.tenant.Tenant;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code exchangeonline:local}: the provider runs the simulated tenant itself, kept in a file of the project. */
class LocalTenantIT {
    static final String STATE = ".roomgate/local-tenant.json";

    @TempDir
    Path project;

    /** Seeds the project's tenant file, with the platform app already holding Graph Calendars.ReadWrite tenant-wide. */
    String seedTenantWhereThePlatformAppHoldsCalendarsReadWrite() {
        try (TenantSimulator seeding = TenantSimulator.start(SimulatorOptions.defaults().withRooms(4)
                .withStateFile(project.resolve(STATE)))) {
            String appId = seeding.platformApp().clientId();
            SimulatedGraphGrants.grant(seeding, appId, Entra.GRAPH_CALENDARS_READ_WRITE);
            return appId;
        }
    }

    @Test
    void accessPolicyDeleteRefusesWhileItsAppHoldsATenantWideCalendarsGrantNamingIt() throws Exception {
        String appId = seedTenantWhereThePlatformAppHoldsCalendarsReadWrite();
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            provider.configured(struct("local", STATE));
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
        String appId = seedTenantWhereThePlatformAppHoldsCalendarsReadWrite();
        try (TenantSimulator seeded = TenantSimulator.start(SimulatorOptions.defaults().withRooms(4)
                .withStateFile(project.resolve(STATE)))) {
            Tenant tenant = seeded.tenant();
            String deployer = tenant.read(() -> tenant.servicePrincipalByAppId(seeded.deployerApp().clientId())
                    .orElseThrow().objectId);
            tenant.write(() -> tenant.state().appRoleAssignments.removeIf(a -> a.principalId.equals(deployer)
                    && a.appRoleId.equals(Entra.GRAPH_APPLICATION_READ_WRITE_ALL)));
        }
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin provider = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            provider.configured(struct("local", STATE));
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
    void theLocalTenantIsKeptInTheProjectAcrossProviderRuns() throws Exception {
        String groupId;
        Struct state;
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin first = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            first.configured(struct("local", STATE));
            ProviderClient client = new ProviderClient(first::stub);
            var created = client.create(ProviderLifecycleIT.GROUP, "kept", client.checked(ProviderLifecycleIT.GROUP,
                    "kept", struct("name", "Kept rooms", "alias", "kept-rooms", "members", List.of(firstRoom(first)))),
                    false);
            groupId = created.getId();
            state = created.getProperties();
        }
        assertTrue(Files.size(project.resolve(STATE)) > 0, "state file written in the project");
        try (FakeEngine engine = new FakeEngine();
             ProviderPlugin second = ProviderPlugin.exec(project, engine.address(), Map.of())) {
            second.configured(struct("local", STATE));
            ProviderClient client = new ProviderClient(second::stub);
            var read = client.read(ProviderLifecycleIT.GROUP, "kept", groupId, state, Struct.getDefaultInstance());
            assertEquals(groupId, read.getId());
            assertEquals("kept-rooms", read.getProperties().getFieldsOrThrow("alias").getStringValue());
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
