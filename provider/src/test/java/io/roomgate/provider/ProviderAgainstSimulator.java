package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.Recipient;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.testfixtures.ProviderPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pulumirpc.Provider;
import pulumirpc.Provider.DiffResponse.DiffChanges;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider launched as the engine launches it, configured for a simulated tenant in the test JVM (so tests can
 * inject faults and change things by hand), and the engine's walk of one resource through its whole life.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderAgainstSimulator {
    static final String GROUP = "exchangeonline:index:MailEnabledSecurityGroup";
    static final String POLICY = "exchangeonline:index:ApplicationAccessPolicy";
    static final String PRINCIPAL = "exchangeonline:index:ServicePrincipal";
    static final String SCOPE = "exchangeonline:index:ManagementScope";
    static final String ASSIGNMENT = "exchangeonline:index:ManagementRoleAssignment";
    static final String CALENDAR = "exchangeonline:index:CalendarProcessing";
    static final String MAILBOX_PERMISSION = "exchangeonline:index:MailboxPermission";
    static final String FOLDER_PERMISSION = "exchangeonline:index:MailboxFolderPermission";

    Path directory;
    SimulatedTenant tenant;
    FakeEngine engine;
    ProviderPlugin provider;
    ProviderClient client;
    List<String> rooms;
    String domain;

    @BeforeAll
    void launch() throws Exception {
        directory = Files.createTempDirectory("provider-it");
        tenant = new SimulatedTenant(directory, SimulatorOptions.defaults().withRooms(12));
        engine = new FakeEngine();
        provider = ProviderPlugin.exec(directory, engine.address(), tenant.providerEnvironment());
        provider.configured(tenant.providerConfig());
        client = new ProviderClient(provider::stub);
        var result = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getRoomMailboxes").setArgs(Struct.getDefaultInstance()).build());
        rooms = new ArrayList<>();
        result.getReturn().getFieldsOrThrow("rooms").getListValue().getValuesList().forEach(room ->
                rooms.add(room.getStructValue().getFieldsOrThrow("primarySmtpAddress").getStringValue()));
        domain = rooms.get(0).substring(rooms.get(0).indexOf('@') + 1);
    }

    @AfterEach
    void clearFaults() {
        tenant.simulator.faults().clear();
    }

    @AfterAll
    void stop() throws Exception {
        if (provider != null) {
            System.out.println("provider stderr:\n" + provider.stderr());
            provider.close();
        }
        engine.close();
        tenant.close();
    }

    String user(String alias) {
        return alias + "@" + domain;
    }

    /** What the engine sees of one resource along the way. */
    record Lived(String id, Struct state, Struct inputs) {}

    /**
     * Check → preview → create → read → update (preview, then real) → drift by hand → refresh → repair → import →
     * delete → delete again. Returns nothing: every step asserts on the wire answers and the tenant.
     */
    void liveThroughEveryStep(String type, String name, Struct initial, Struct updated, Runnable driftByHand,
                              String driftedProperty, Consumer<Lived> tenantHasIt, boolean goneAfterDelete) {
        Struct checked = client.checked(type, name, initial);

        int changesBefore = tenant.simulator.changeLog().size();
        Provider.CreateResponse preview = client.create(type, name, checked, true);
        assertEquals(changesBefore, tenant.simulator.changeLog().size(), "preview must not write");
        assertEquals("", preview.getId());

        Provider.CreateResponse created = client.create(type, name, checked, false);
        assertFalse(created.getId().isEmpty());
        String id = created.getId();
        Lived live = new Lived(id, created.getProperties(), checked);
        tenantHasIt.accept(live);

        Provider.ReadResponse read = client.read(type, name, id, live.state(), live.inputs());
        assertEquals(id, read.getId());
        assertEquals(DiffChanges.DIFF_NONE, client.diff(type, name, id, read.getProperties(), checked).getChanges(),
                "diff right after create");

        Struct checkedUpdate = client.checked(type, name, updated);
        Provider.DiffResponse change = client.diff(type, name, id, read.getProperties(), checkedUpdate);
        assertEquals(DiffChanges.DIFF_SOME, change.getChanges());
        assertEquals(List.of(), change.getReplacesList(), "the update must be in place");
        changesBefore = tenant.simulator.changeLog().size();
        client.update(type, name, id, read.getProperties(), checkedUpdate, true);
        assertEquals(changesBefore, tenant.simulator.changeLog().size(), "preview update must not write");
        Provider.UpdateResponse update = client.update(type, name, id, read.getProperties(), checkedUpdate, false);
        live = new Lived(id, update.getProperties(), checkedUpdate);
        tenantHasIt.accept(live);

        driftByHand.run();
        Provider.ReadResponse refreshed = client.read(type, name, id, live.state(), live.inputs());
        Provider.DiffResponse drift = client.diff(type, name, id, refreshed.getProperties(), checkedUpdate);
        assertEquals(DiffChanges.DIFF_SOME, drift.getChanges(), "refresh must see the change made by hand");
        assertTrue(drift.getDiffsList().contains(driftedProperty), drift.getDiffsList().toString());
        Provider.UpdateResponse repaired = client.update(type, name, id, refreshed.getProperties(), checkedUpdate, false);
        live = new Lived(id, repaired.getProperties(), checkedUpdate);
        tenantHasIt.accept(live);
        Provider.ReadResponse afterRepair = client.read(type, name, id, live.state(), live.inputs());
        assertEquals(DiffChanges.DIFF_NONE, client.diff(type, name, id, afterRepair.getProperties(), checkedUpdate)
                .getChanges(), "the update repaired the drift");

        Provider.ReadResponse imported = client.read(type, name, id, Struct.getDefaultInstance(),
                Struct.getDefaultInstance());
        assertEquals(id, imported.getId());
        client.checked(type, name, imported.getInputs());
        Provider.DiffResponse importDiff = client.diff(type, name, id, imported.getProperties(), checkedUpdate);
        assertEquals(DiffChanges.DIFF_NONE, importDiff.getChanges(), "import must plan no change: " + importDiff);

        client.delete(type, name, id, live.state());
        if (goneAfterDelete) {
            assertEquals("", client.read(type, name, id, live.state(), live.inputs()).getId(), "gone after delete");
        }
        client.delete(type, name, id, live.state());
    }

    static Map<String, Object> props(Struct struct) {
        return PropertyCodec.reveal(PropertyCodec.decode(struct));
    }

    List<String> membersOf(String group) {
        return tenant.byHand.listDistributionGroupMembers(group).stream().map(Recipient::primarySmtpAddress)
                .map(String::toLowerCase).sorted().toList();
    }
}
