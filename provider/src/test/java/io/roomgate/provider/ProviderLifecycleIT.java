package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roomgate.exchange.CalendarProcessingSettings;
import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.Recipient;
import io.roomgate.localtenant.SimulatorOptions;
import io.roomgate.localtenant.tenant.Entra;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.testfixtures.SimulatedGraphGrants;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every resource through its whole life, the way the engine drives it, against the simulated tenant: check, preview
 * (no writes), create, read, update, a change by hand that refresh detects and the next update repairs, import by
 * id with an empty diff, delete, and delete again once it is gone.
 */
class ProviderLifecycleIT extends ProviderAgainstSimulator {
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
    void accessPolicyDeleteIsRefusedWhileTheAppHoldsCalendarsReadWriteAndGoesOnceTheGrantIsRemoved() {
        String appId = tenant.simulator.platformApp().clientId();
        var group = client.create(GROUP, "guarded-scope", client.checked(GROUP, "guarded-scope", struct(
                "name", "Guarded scope", "alias", "rg-guarded-scope", "members", List.of(rooms.get(7)))), false);
        String groupAddress = (String) props(group.getProperties()).get("primarySmtpAddress");
        var policy = client.create(POLICY, "guarded", client.checked(POLICY, "guarded", struct("appId", appId,
                "policyScopeGroupId", groupAddress, "accessRight", "RestrictAccess")), false);
        String grant = SimulatedGraphGrants.grant(tenant.simulator, appId, Entra.GRAPH_CALENDARS_READ_WRITE);

        var refused = assertThrows(StatusRuntimeException.class,
                () -> client.delete(POLICY, "guarded", policy.getId(), policy.getProperties()));
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertTrue(refused.getStatus().getDescription().contains("refusing to delete the access policy of app "
                + appId + " while the app still holds Microsoft Graph Calendars.ReadWrite (application permission)"),
                refused.getStatus().getDescription());
        assertTrue(tenant.byHand.listApplicationAccessPolicies().stream().anyMatch(p -> p.identity()
                .equals(policy.getId())), "the policy is still in force");

        SimulatedGraphGrants.revoke(tenant.simulator, grant);
        client.delete(POLICY, "guarded", policy.getId(), policy.getProperties());
        assertTrue(tenant.byHand.listApplicationAccessPolicies().stream().noneMatch(p -> p.identity()
                .equals(policy.getId())), "the policy is gone once the grant is");
        client.delete(GROUP, "guarded-scope", group.getId(), group.getProperties());
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
