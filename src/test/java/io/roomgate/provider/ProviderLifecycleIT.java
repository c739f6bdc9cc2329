package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.Recipient;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.simulator.SimulatorOptions;
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
 * Every resource through its whole life, the way the engine drives it, against the simulated tenant: check, preview
 * (no writes), create, read, update, a change by hand that refresh detects and the next update repairs, import by
 * id with an empty diff, delete, and delete again once it is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderLifecycleIT {
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
    LaunchedProvider provider;
    ProviderClient client;
    List<String> rooms;
    String domain;

    @BeforeAll
    void launch() throws Exception {
        directory = Files.createTempDirectory("provider-lifecycle");
        tenant = new SimulatedTenant(directory, SimulatorOptions.defaults().withRooms(12));
        engine = new FakeEngine();
        provider = LaunchedProvider.launch(directory, engine.address(), tenant.providerEnvironment());
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

    @Test
    void securityGroupRefreshAfterRoomRemovedByHandRestoresMembership() {
        String alias = "rg-rooms-lifecycle";
        liveThroughEveryStep(GROUP, "rooms",
                struct("name", "Lifecycle rooms", "alias", alias, "members", List.of(rooms.get(0), rooms.get(1))),
                struct("name", "Lifecycle rooms", "alias", alias, "hiddenFromAddressListsEnabled", true,
                        "members", List.of(rooms.get(1), rooms.get(2), rooms.get(3))),
                () -> tenant.byHand.removeDistributionGroupMember(alias, rooms.get(2)),
                "members",
                live -> {
                    DistributionGroup group = tenant.byHand.findDistributionGroup(live.id()).orElseThrow();
                    assertTrue(group.isSecurityGroup());
                    assertEquals(group.distinguishedName(), props(live.state()).get("distinguishedName"));
                    @SuppressWarnings("unchecked")
                    List<String> declared = ((List<String>) props(live.inputs()).get("members")).stream()
                            .map(String::toLowerCase).sorted().toList();
                    assertEquals(declared, membersOf(live.id()));
                },
                true);
        assertEquals(Optional.empty(), tenant.byHand.findDistributionGroup(alias));
    }

    @Test
    void calendarFlagFlippedByHandIsDetectedAndRepairedAndDeleteLeavesTheSettings() {
        String room = rooms.get(4);
        liveThroughEveryStep(CALENDAR, "room4-calendar",
                struct("identity", room, "deleteSubject", false, "addOrganizerToSubject", false),
                struct("identity", room, "deleteSubject", false, "addOrganizerToSubject", false,
                        "bookingWindowInDays", 365, "automateProcessing", "AutoAccept"),
                () -> tenant.byHand.setCalendarProcessing(room,
                        CalendarProcessingSettings.builder().deleteSubject(true).build()),
                "deleteSubject",
                live -> {
                    CalendarProcessingSettings settings = tenant.byHand.getCalendarProcessing(room);
                    assertEquals(false, settings.deleteSubject());
                    assertEquals(false, settings.addOrganizerToSubject());
                    Object window = props(live.inputs()).get("bookingWindowInDays");
                    if (window != null) {
                        assertEquals(((Number) window).intValue(), settings.bookingWindowInDays());
                    }
                },
                false);
        assertEquals(false, tenant.byHand.getCalendarProcessing(room).deleteSubject(), "delete leaves the settings");
        assertTrue(engine.messagesFor(ProviderClient.urn(CALENDAR, "room4-calendar")).stream()
                .anyMatch(m -> m.contains("no longer managing the calendar processing of " + room)));
    }

    @Test
    void rbacForApplicationsServicePrincipalScopeAndAssignmentLiveAndRepair() {
        String appId = tenant.simulator.platformApp().clientId();
        String objectId = tenant.simulator.tenant().read(() -> tenant.simulator.tenant().servicePrincipalByAppId(appId))
                .orElseThrow().objectId;
        liveThroughEveryStep(PRINCIPAL, "platform-sp",
                struct("appId", appId, "objectId", objectId, "displayName", "Room booking platform"),
                struct("appId", appId, "objectId", objectId, "displayName", "Room booking platform (roomgate)"),
                () -> tenant.byHand.setServicePrincipalDisplayName(objectId, "renamed by hand"),
                "displayName",
                live -> assertEquals(props(live.inputs()).get("displayName"),
                        tenant.byHand.findServicePrincipal(objectId).orElseThrow().displayName()),
                true);

        var principal = client.create(PRINCIPAL, "platform-sp", client.checked(PRINCIPAL, "platform-sp",
                struct("appId", appId, "objectId", objectId)), false);
        liveThroughEveryStep(SCOPE, "rooms-scope",
                struct("name", "rg-rooms", "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'"),
                struct("name", "rg-rooms", "recipientRestrictionFilter",
                        "RecipientTypeDetails -eq 'RoomMailbox' -and Office -eq 'Amsterdam HQ'"),
                () -> tenant.byHand.setManagementScopeFilter("rg-rooms", "RecipientTypeDetails -eq 'UserMailbox'"),
                "recipientRestrictionFilter",
                live -> assertTrue(tenant.byHand.findManagementScope("rg-rooms").isPresent()),
                true);

        for (String scope : List.of("rg-scope-a", "rg-scope-b", "rg-scope-c")) {
            client.create(SCOPE, scope, client.checked(SCOPE, scope, struct("name", scope,
                    "recipientRestrictionFilter", "RecipientTypeDetails -eq 'RoomMailbox'")), false);
        }
        liveThroughEveryStep(ASSIGNMENT, "calendars",
                struct("name", "rg-calendars", "role", "Application Calendars.ReadWrite", "app", appId,
                        "customResourceScope", "rg-scope-a"),
                struct("name", "rg-calendars", "role", "Application Calendars.ReadWrite", "app", appId,
                        "customResourceScope", "rg-scope-b"),
                () -> tenant.byHand.setManagementRoleAssignmentScope("rg-calendars", "rg-scope-c"),
                "customResourceScope",
                live -> assertEquals(((String) props(live.inputs()).get("customResourceScope")).toLowerCase(),
                        tenant.byHand.findManagementRoleAssignment("rg-calendars").orElseThrow()
                                .customResourceScope().toLowerCase()),
                true);
        client.delete(PRINCIPAL, "platform-sp", principal.getId(), principal.getProperties());
    }

    @Test
    void accessPolicyLivesAndItsDescriptionIsRepaired() {
        String appId = tenant.simulator.platformApp().clientId();
        var group = client.create(GROUP, "policy-scope", client.checked(GROUP, "policy-scope", struct(
                "name", "Policy scope", "alias", "rg-policy-scope", "members", List.of(rooms.get(5)))), false);
        String groupAddress = (String) props(group.getProperties()).get("primarySmtpAddress");
        liveThroughEveryStep(POLICY, "restrict",
                struct("appId", appId, "policyScopeGroupId", groupAddress, "accessRight", "RestrictAccess",
                        "description", "roomgate: rooms only"),
                struct("appId", appId, "policyScopeGroupId", groupAddress, "accessRight", "RestrictAccess",
                        "description", "roomgate: rooms only (v2)"),
                () -> tenant.byHand.setApplicationAccessPolicyDescription(
                        tenant.byHand.listApplicationAccessPolicies().stream()
                                .filter(p -> p.appId().equalsIgnoreCase(appId)).findFirst().orElseThrow().identity(),
                        "changed by hand"),
                "description",
                live -> assertTrue(tenant.byHand.listApplicationAccessPolicies().stream()
                        .anyMatch(p -> p.identity().equals(live.id()) && p.appId().equalsIgnoreCase(appId))),
                true);
        client.delete(GROUP, "policy-scope", group.getId(), group.getProperties());
    }

    @Test
    void mailboxPermissionChangesByRemoveAndAddAndRepairsARemovalByHand() {
        String room = rooms.get(6);
        String concierge = user("adelev");
        liveThroughEveryStep(MAILBOX_PERMISSION, "concierge",
                struct("identity", room, "user", concierge, "accessRights", List.of("ReadPermission")),
                struct("identity", room, "user", concierge, "accessRights", List.of("FullAccess", "ReadPermission")),
                () -> tenant.byHand.removeMailboxPermission(room, concierge, List.of("ReadPermission"), "All"),
                "accessRights",
                live -> {
                    @SuppressWarnings("unchecked")
                    List<String> declared = (List<String>) props(live.inputs()).get("accessRights");
                    assertEquals(declared, tenant.byHand.getMailboxPermissions(room, concierge).stream()
                            .filter(p -> !Boolean.TRUE.equals(p.isInherited()))
                            .flatMap(p -> p.accessRights().stream()).distinct().sorted().toList());
                },
                true);
    }

    @Test
    void folderPermissionRoleAndDelegateFlagsAreSetAndRepaired() {
        String folder = rooms.get(7) + ":\\Calendar";
        String delegate = user("alexw");
        liveThroughEveryStep(FOLDER_PERMISSION, "delegate",
                struct("identity", folder, "user", delegate, "accessRights", List.of("Reviewer")),
                struct("identity", folder, "user", delegate, "accessRights", List.of("Editor"),
                        "sharingPermissionFlags", List.of("Delegate")),
                () -> tenant.byHand.setMailboxFolderPermission(new io.roomgate.exchange.FolderPermissionGrant(
                        folder, delegate, List.of("Reviewer"), List.of())),
                "accessRights",
                live -> assertEquals(props(live.inputs()).get("accessRights"),
                        tenant.byHand.findMailboxFolderPermission(folder, delegate).orElseThrow().accessRights()),
                true);
    }

    @Test
    void importOfAGroupCreatedByHandTakesItsIdAlone() {
        DistributionGroup made = tenant.byHand.newSecurityGroup(new io.roomgate.exchange.NewSecurityGroup(
                "Made by hand", "rg-by-hand", null, null, List.of(), List.of(rooms.get(8))));
        Provider.ReadResponse imported = client.read(GROUP, "by-hand", made.guid(), Struct.getDefaultInstance(),
                Struct.getDefaultInstance());
        Map<String, Object> inputs = props(imported.getInputs());
        assertEquals("rg-by-hand", inputs.get("alias"));
        assertEquals(List.of(rooms.get(8).toLowerCase()), ((List<?>) inputs.get("members")).stream()
                .map(m -> ((String) m).toLowerCase()).toList());
        Struct program = client.checked(GROUP, "by-hand", struct("name", "Made by hand", "alias", "rg-by-hand",
                "members", List.of(rooms.get(8))));
        assertEquals(DiffChanges.DIFF_NONE, client.diff(GROUP, "by-hand", made.guid(), imported.getProperties(), program)
                .getChanges());
        client.delete(GROUP, "by-hand", made.guid(), imported.getProperties());
        assertEquals(Optional.empty(), tenant.byHand.findDistributionGroup("rg-by-hand"));
    }

    @Test
    void functionsListRoomsByBuildingAndResolveOneMailbox() {
        var byBuilding = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getRoomMailboxes").setArgs(struct("building", "Amsterdam HQ")).build());
        List<Map<String, Object>> amsterdam = new ArrayList<>();
        byBuilding.getReturn().getFieldsOrThrow("rooms").getListValue().getValuesList()
                .forEach(v -> amsterdam.add(PropertyCodec.decode(v.getStructValue())));
        assertFalse(amsterdam.isEmpty());
        amsterdam.forEach(room -> assertEquals("Amsterdam HQ", room.get("office")));
        List<String> addresses = amsterdam.stream().map(r -> (String) r.get("primarySmtpAddress")).toList();
        assertEquals(addresses.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), addresses);

        var mailbox = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getMailbox").setArgs(struct("identity", rooms.get(0))).build());
        assertEquals("RoomMailbox", mailbox.getReturn().getFieldsOrThrow("recipientTypeDetails").getStringValue());

        var badFilter = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getRoomMailboxes").setArgs(struct("filter", "Office -eq")).build());
        assertEquals("filter", badFilter.getFailures(0).getProperty());
    }
}
