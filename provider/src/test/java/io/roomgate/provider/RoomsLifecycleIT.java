package io.roomgate.provider;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.MailboxChanges;
import io.roomgate.exchange.NewRoomMailbox;
import io.roomgate.exchange.PlaceSettings;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider;
import pulumirpc.Provider.DiffResponse.DiffChanges;

import java.util.List;
import java.util.Map;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rooms as code over gRPC, launched as the engine launches the provider, on the simulated tenant: a room mailbox,
 * a room list and a service account through create, read, update, drift and repair, import by address, and delete.
 */
class RoomsLifecycleIT extends ProviderAgainstSimulator {
    static final String ROOM = "exchangeonline:index:RoomMailbox";
    static final String ROOM_LIST = "exchangeonline:index:RoomList";
    static final String ACCOUNT = "exchangeonline:index:UserMailbox";

    @Test
    void aRoomLivesThroughEveryStepAndDestroyKeepsItsMailbox() {
        String address = user("hq-2-01");
        liveThroughEveryStep(ROOM, "hq-2-01",
                struct("primarySmtpAddress", address, "name", "HQ 2.01", "capacity", 6, "building", "HQ", "floor", 2,
                        "countryOrRegion", "AU", "tags", List.of("Window")),
                struct("primarySmtpAddress", address, "name", "HQ 2.01", "displayName", "HQ 2.01 Harbour",
                        "capacity", 10, "building", "HQ", "floor", 3, "floorLabel", "Level 3", "countryOrRegion", "AU",
                        "tags", List.of("Window", "Whiteboard")),
                () -> tenant.byHand.setPlace(address, new PlaceSettings(null, 7, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null)),
                "floor",
                live -> {
                    Map<String, Object> declared = props(live.inputs());
                    PlaceSettings place = tenant.byHand.findPlace(address).orElseThrow();
                    Mailbox mailbox = tenant.byHand.findMailbox(address).orElseThrow();
                    assertEquals(((Number) declared.get("floor")).intValue(), place.floor());
                    assertEquals(((Number) declared.get("capacity")).intValue(), mailbox.resourceCapacity());
                    assertEquals("Australia", place.countryOrRegion());
                    assertEquals(Boolean.TRUE, mailbox.accountDisabled(), "a room's account cannot sign in");
                    assertEquals(declared.getOrDefault("displayName", "HQ 2.01"), mailbox.displayName());
                },
                false);
        assertTrue(tenant.byHand.findMailbox(address).isPresent(), "destroy keeps the room mailbox");
        assertTrue(engine.messagesFor(ProviderClient.urn(ROOM, "hq-2-01")).stream()
                .anyMatch(m -> m.startsWith("keeping room mailbox " + address)));
    }

    @Test
    void aRoomIsDeletedWithItsCalendarOnlyWhenTheResourceSaysSo() {
        String address = user("hq-2-02");
        Struct inputs = client.checked(ROOM, "hq-2-02", struct("primarySmtpAddress", address, "name", "HQ 2.02",
                "deleteMailboxOnDestroy", true));
        Provider.CreateResponse created = client.create(ROOM, "hq-2-02", inputs, false);

        client.delete(ROOM, "hq-2-02", created.getId(), created.getProperties());

        assertTrue(tenant.byHand.findMailbox(address).isEmpty());
        assertEquals("", client.read(ROOM, "hq-2-02", created.getId(), created.getProperties(), inputs).getId());
    }

    @Test
    void aRoomMadeByHandIsImportedByItsAddressWithAnEmptyDiff() {
        String address = user("by-hand-room");
        tenant.byHand.newRoomMailbox(new NewRoomMailbox("By hand room", "by-hand-room", null, address, 12));
        tenant.byHand.setPlace(address, new PlaceSettings("Annex", 1, "Ground", null, null, null, "Sydney", null,
                null, "AU", null, List.of("Projector"), true, null, null, null));

        Provider.ReadResponse imported = client.read(ROOM, "by-hand-room", address, Struct.getDefaultInstance(),
                Struct.getDefaultInstance());
        Map<String, Object> inputs = props(imported.getInputs());
        Struct program = client.checked(ROOM, "by-hand-room", struct("primarySmtpAddress", address,
                "name", "By hand room", "capacity", 12, "building", "Annex", "floor", 1));

        assertEquals(address, imported.getId());
        assertEquals("AU", inputs.get("countryOrRegion"));
        assertEquals(List.of("Projector"), inputs.get("tags"));
        assertEquals(DiffChanges.DIFF_NONE, client.diff(ROOM, "by-hand-room", address, imported.getProperties(),
                program).getChanges(), "only declared Place fields are compared");
        Struct moved = client.checked(ROOM, "by-hand-room", struct("primarySmtpAddress", address,
                "name", "By hand room", "capacity", 12, "building", "Annex", "floor", 2));
        assertEquals(List.of("floor"), client.diff(ROOM, "by-hand-room", address, imported.getProperties(), moved)
                .getDiffsList());
    }

    @Test
    void aRoomAccountThatCanSignInIsBlockedAtTheNextUp() {
        String address = user("signs-in-room");
        Struct inputs = client.checked(ROOM, "signs-in-room", struct("primarySmtpAddress", address,
                "name", "Signs in room"));
        Provider.CreateResponse created = client.create(ROOM, "signs-in-room", inputs, false);
        tenant.byHand.setMailbox(address, new MailboxChanges(null, false, null, null));

        Provider.ReadResponse refreshed = client.read(ROOM, "signs-in-room", created.getId(), created.getProperties(),
                inputs);
        Provider.DiffResponse drift = client.diff(ROOM, "signs-in-room", created.getId(), refreshed.getProperties(),
                inputs);
        client.update(ROOM, "signs-in-room", created.getId(), refreshed.getProperties(), inputs, false);

        assertEquals(List.of("blockSignIn"), drift.getDiffsList());
        assertEquals(Boolean.TRUE, tenant.byHand.findMailbox(address).orElseThrow().accountDisabled());
        assertTrue(engine.messagesFor(ProviderClient.urn(ROOM, "signs-in-room")).stream()
                .anyMatch(m -> m.contains("account can sign in")));
    }

    @Test
    void aRoomListLivesThroughEveryStepAndItsRoomsStay() {
        liveThroughEveryStep(ROOM_LIST, "rooms-north",
                struct("name", "Rooms North", "alias", "rg-rooms-north", "members", List.of(rooms.get(0), rooms.get(1))),
                struct("name", "Rooms North", "alias", "rg-rooms-north", "displayName", "North wing",
                        "members", List.of(rooms.get(1), rooms.get(2))),
                () -> tenant.byHand.removeDistributionGroupMember("rg-rooms-north", rooms.get(2)),
                "members",
                live -> {
                    @SuppressWarnings("unchecked")
                    List<String> declared = ((List<String>) props(live.inputs()).get("members")).stream()
                            .map(String::toLowerCase).sorted().toList();
                    assertEquals(declared, membersOf(live.id()));
                    assertEquals("RoomList", tenant.byHand.findDistributionGroup(live.id()).orElseThrow()
                            .recipientTypeDetails());
                },
                true);
        assertTrue(tenant.byHand.findMailbox(rooms.get(1)).isPresent(), "removing a room list leaves its rooms");
    }

    @Test
    void aServiceAccountGetsAGeneratedPasswordAsASecretAndIsRemovedOnDestroy() {
        String address = user("alexa-delegate");
        Struct weak = struct("primarySmtpAddress", address, "name", "Alexa delegate",
                "password", new io.roomgate.provider.codec.Secret("weakpassword"));
        var failures = provider.stub().check(Provider.CheckRequest.newBuilder()
                .setUrn(ProviderClient.urn(ACCOUNT, "alexa")).setNews(weak).build()).getFailuresList();
        assertEquals("password", failures.get(0).getProperty());
        assertFalse(failures.get(0).getReason().contains("weakpassword"));

        Struct inputs = client.checked(ACCOUNT, "alexa", struct("primarySmtpAddress", address,
                "name", "Alexa delegate"));
        Provider.CreateResponse created = client.create(ACCOUNT, "alexa", inputs, false);
        Value password = created.getProperties().getFieldsOrThrow("password");

        assertTrue(password.hasStructValue() && password.getStructValue().getFieldsMap()
                .containsKey("4dabf18193072939515e22adb298388d"), "the password is a secret on the wire");
        Mailbox account = tenant.byHand.findMailbox(address).orElseThrow();
        assertTrue(account.isUserMailbox());
        assertEquals(Boolean.FALSE, account.accountDisabled());
        String plain = (String) props(created.getProperties()).get("password");
        assertTrue(engine.logs().stream().noneMatch(l -> l.getMessage().contains(plain)));
        assertFalse(provider.stderr().contains(plain));
        assertTrue(tenant.simulator.changeLog().changes().stream().noneMatch(c -> c.parameters().toString()
                .contains(plain)));

        client.delete(ACCOUNT, "alexa", created.getId(), created.getProperties());
        assertTrue(tenant.byHand.findMailbox(address).isEmpty(), "the account this stack made goes with it");
    }

    @Test
    void getRoomMailboxesSeesANewRoomAndItsNewRoomList() {
        String address = user("listed-room");
        var room = client.create(ROOM, "listed-room", client.checked(ROOM, "listed-room", struct(
                "primarySmtpAddress", address, "name", "Listed room")), false);
        var list = client.create(ROOM_LIST, "listed", client.checked(ROOM_LIST, "listed", struct(
                "name", "Listed rooms", "alias", "rg-listed", "members", List.of(address))), false);

        var inList = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getRoomMailboxes").setArgs(struct("roomList", "rg-listed")).build());
        var all = provider.stub().invoke(Provider.InvokeRequest.newBuilder()
                .setTok("exchangeonline:index:getRoomMailboxes").setArgs(Struct.getDefaultInstance()).build());

        assertEquals(List.of(address), addresses(inList));
        assertTrue(addresses(all).contains(address));
        client.delete(ROOM_LIST, "listed", list.getId(), list.getProperties());
        client.delete(ROOM, "listed-room", room.getId(), room.getProperties());
    }

    private static List<String> addresses(Provider.InvokeResponse response) {
        return response.getReturn().getFieldsOrThrow("rooms").getListValue().getValuesList().stream()
                .map(v -> v.getStructValue().getFieldsOrThrow("primarySmtpAddress").getStringValue()).toList();
    }
}
