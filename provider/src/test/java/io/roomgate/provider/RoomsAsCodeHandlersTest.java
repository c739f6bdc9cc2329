package io.roomgate.provider;

import com.google.protobuf.Struct;
import io.roomgate.exchange.DistributionGroup;
import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.MailboxChanges;
import io.roomgate.exchange.NewRoomMailbox;
import io.roomgate.exchange.NewUserMailbox;
import io.roomgate.exchange.PlaceSettings;
import io.roomgate.exchange.Recipient;
import io.roomgate.exchange.Warnings;
import io.roomgate.provider.codec.PropertyCodec;
import io.roomgate.provider.codec.Secret;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.ResourceEndpoint;
import io.roomgate.provider.framework.ResourceHandler;
import io.roomgate.provider.handlers.RoomList;
import io.roomgate.provider.handlers.RoomMailbox;
import io.roomgate.provider.handlers.UserMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.roomgate.provider.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** RoomMailbox, RoomList and UserMailbox handlers over a mocked Exchange: what they write, keep, warn and check. */
@ExtendWith(MockitoExtension.class)
class RoomsAsCodeHandlersTest {
    private static final String ROOM = "hq-3-01@contoso.com";
    private static final String ROOM_URN = Wire.urn("exchangeonline:index:RoomMailbox", "hq-3-01");

    @Mock
    ExchangeAdmin exchange;
    private FakeEngine engine;
    private EngineLog log;

    @BeforeEach
    void engine() throws Exception {
        engine = new FakeEngine();
        log = EngineLog.toStderr();
        log.connect(engine.address());
        lenient().when(exchange.acceptedDomains()).thenReturn(List.of("contoso.com", "contoso.onmicrosoft.com"));
    }

    @AfterEach
    void close() {
        log.close();
        engine.close();
    }

    private Operation operation(String urn) {
        return new Operation(urn, log);
    }

    private static Mailbox room(String address, boolean accountDisabled) {
        return new Mailbox("g-" + address, address, address.substring(0, address.indexOf('@')), "HQ 3.01", address,
                "RoomMailbox", "CN=" + address, "oid-" + address, null, 8, "HQ 3.01", accountDisabled);
    }

    private static Mailbox user(String address, String name) {
        return new Mailbox("g-" + address, address, address.substring(0, address.indexOf('@')), name, address,
                "UserMailbox", "CN=" + address, "oid-" + address, null, null, name, false);
    }

    private static <T extends Record> Map<String, String> check(ResourceHandler<T> handler, Struct news) {
        return new ResourceEndpoint<>(handler).check(CheckRequest.newBuilder().setUrn("urn:x").setNews(news).build())
                .getFailuresList().stream()
                .collect(Collectors.toMap(CheckFailure::getProperty, CheckFailure::getReason, (a, b) -> a + " | " + b));
    }

    @Test
    void aNewRoomGetsOnlyTheDeclaredPlacesFieldsInOneSetPlace() {
        when(exchange.newRoomMailbox(any())).thenReturn(room(ROOM, true));
        when(exchange.setPlace(eq(ROOM), any())).thenReturn(Warnings.none());
        var endpoint = new ResourceEndpoint<>(new RoomMailbox(() -> exchange));

        var created = endpoint.create(CreateRequest.newBuilder().setUrn(ROOM_URN).setProperties(struct(
                "primarySmtpAddress", ROOM, "name", "HQ 3.01", "capacity", 8, "building", "HQ", "floor", 3,
                "countryOrRegion", "AU", "blockSignIn", true, "deleteMailboxOnDestroy", false)).build(),
                operation(ROOM_URN));

        ArgumentCaptor<NewRoomMailbox> made = ArgumentCaptor.forClass(NewRoomMailbox.class);
        verify(exchange).newRoomMailbox(made.capture());
        assertEquals(8, made.getValue().resourceCapacity(), "capacity goes with New-Mailbox");
        ArgumentCaptor<PlaceSettings> place = ArgumentCaptor.forClass(PlaceSettings.class);
        verify(exchange).setPlace(eq(ROOM), place.capture());
        assertEquals(new PlaceSettings("HQ", 3, null, null, null, null, null, null, null, "AU", null, null, null, null,
                null, null), place.getValue(), "only declared fields, capacity already set");
        verify(exchange, never()).setMailbox(anyString(), any());
        assertEquals(ROOM, created.getId());
        Map<String, Object> outputs = Wire.map(created.getProperties());
        assertEquals("AU", outputs.get("countryOrRegion"));
        assertEquals(true, outputs.get("accountDisabled"));
        assertEquals("g-" + ROOM, outputs.get("guid"));
    }

    @Test
    void aRoomWhoseAccountCanSignInIsBlockedAndTheEngineLogSaysSo() {
        when(exchange.newRoomMailbox(any())).thenReturn(room(ROOM, false));
        when(exchange.setMailbox(eq(ROOM), any())).thenReturn(Warnings.none());
        var handler = new RoomMailbox(() -> exchange);

        var created = handler.create(new RoomMailbox.Room(ROOM, "HQ 3.01", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, true, false, null, null, null, null),
                operation(ROOM_URN));

        verify(exchange).setMailbox(ROOM, new MailboxChanges(null, true, null, null));
        assertEquals(Boolean.TRUE, created.state().accountDisabled());
        assertTrue(engine.messagesFor(ROOM_URN).stream().anyMatch(m -> m.contains("could sign in")
                && m.contains("Set-Mailbox -AccountDisabled")), engine.messagesFor(ROOM_URN).toString());
    }

    @Test
    void destroyKeepsTheRoomMailboxWithItsBookingsAndSaysSo() {
        var endpoint = new ResourceEndpoint<>(new RoomMailbox(() -> exchange));

        endpoint.delete(DeleteRequest.newBuilder().setUrn(ROOM_URN).setId(ROOM).setProperties(struct(
                "primarySmtpAddress", ROOM, "name", "HQ 3.01", "deleteMailboxOnDestroy", false)).build(),
                operation(ROOM_URN));

        verify(exchange, never()).removeMailbox(anyString());
        assertTrue(engine.messagesFor(ROOM_URN).stream().anyMatch(m -> m.startsWith("keeping room mailbox " + ROOM)
                && m.contains("deleteMailboxOnDestroy: true")), engine.messagesFor(ROOM_URN).toString());
    }

    @Test
    void destroyDeletesTheRoomOnlyWhenTheResourceAsks() {
        when(exchange.removeMailbox(ROOM)).thenReturn(Warnings.none());
        var endpoint = new ResourceEndpoint<>(new RoomMailbox(() -> exchange));

        endpoint.delete(DeleteRequest.newBuilder().setUrn(ROOM_URN).setId(ROOM).setProperties(struct(
                "primarySmtpAddress", ROOM, "name", "HQ 3.01", "deleteMailboxOnDestroy", true)).build(),
                operation(ROOM_URN));

        verify(exchange).removeMailbox(ROOM);
        assertTrue(engine.messagesFor(ROOM_URN).stream().anyMatch(m -> m.contains("every booking")));
    }

    @Test
    void importByAddressReadsEveryPlacesFieldAndAProgramDeclaringSomeOfThemHasNoDiff() {
        when(exchange.findMailbox(ROOM)).thenReturn(Optional.of(room(ROOM, true)));
        when(exchange.findPlace(ROOM)).thenReturn(Optional.of(new PlaceSettings("HQ", 3, "Level 3", null, 8, null,
                "Sydney", null, null, "Australia", null, List.of("Window"), false, null, null, null)));
        var endpoint = new ResourceEndpoint<>(new RoomMailbox(() -> exchange));

        var imported = endpoint.read(ReadRequest.newBuilder().setUrn(ROOM_URN).setId(ROOM).build(), operation(ROOM_URN));
        Map<String, Object> inputs = Wire.map(imported.getInputs());
        Struct declared = endpoint.check(CheckRequest.newBuilder().setUrn(ROOM_URN).setOlds(imported.getInputs())
                .setNews(struct("primarySmtpAddress", ROOM, "name", "HQ 3.01", "capacity", 8, "building", "HQ",
                        "floor", 3, "countryOrRegion", "AU")).build()).getInputs();
        DiffResponse diff = endpoint.diff(DiffRequest.newBuilder().setUrn(ROOM_URN).setId(ROOM)
                .setOlds(imported.getProperties()).setNews(declared).build());

        assertEquals("AU", inputs.get("countryOrRegion"), "Exchange's friendly name is kept as the code");
        assertEquals("Sydney", inputs.get("city"));
        assertEquals(true, inputs.get("blockSignIn"));
        assertEquals(false, inputs.get("deleteMailboxOnDestroy"));
        assertEquals(DiffResponse.DiffChanges.DIFF_NONE, diff.getChanges(), diff.toString());
    }

    @Test
    void aFloorChangedWritesOnlyTheFloor() {
        when(exchange.setPlace(eq(ROOM), any())).thenReturn(Warnings.none());
        var handler = new RoomMailbox(() -> exchange);
        var state = new RoomMailbox.Room(ROOM, "HQ 3.01", "hq-3-01", "HQ 3.01", 8, "HQ", 3, null, null, null,
                "Sydney", null, null, "AU", null, null, false, null, null, null, true, false, "g", "dn", "oid", true);
        var inputs = new RoomMailbox.Room(ROOM, "HQ 3.01", null, null, 8, "HQ", 4, null, null, null, null, null, null,
                "Australia", null, null, null, null, null, null, true, false, null, null, null, null);

        var updated = handler.update(ROOM, state, inputs, operation(ROOM_URN));

        verify(exchange).setPlace(ROOM, new PlaceSettings(null, 4, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        verify(exchange, never()).setMailbox(anyString(), any());
        assertEquals(4, updated.floor());
        assertEquals("Sydney", updated.city(), "an undeclared field is left as it is");
    }

    @Test
    void refreshAfterSignInWasAllowedByHandShowsTheDriftTheNextUpRepairs() {
        when(exchange.findMailbox(ROOM)).thenReturn(Optional.of(room(ROOM, false)));
        when(exchange.findPlace(ROOM)).thenReturn(Optional.of(PlaceSettings.none()));
        var handler = new RoomMailbox(() -> exchange);
        var recorded = new RoomMailbox.Room(ROOM, "HQ 3.01", "hq-3-01", "HQ 3.01", 8, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, true, false, "g", "dn", "oid", true);

        var read = handler.read(ROOM, recorded, operation(ROOM_URN)).orElseThrow();

        assertEquals(Boolean.FALSE, read.blockSignIn());
        assertTrue(engine.messagesFor(ROOM_URN).stream().anyMatch(m -> m.contains("account can sign in")));
    }

    @Test
    void anAddressHeldByAUserMailboxIsNotTakenAsTheRoom() {
        when(exchange.newRoomMailbox(any())).thenThrow(new ExchangeException(ExchangeException.Kind.ALREADY_EXISTS,
                "New-Mailbox", "The proxy address \"SMTP:" + ROOM + "\" is already being used"));
        when(exchange.findMailbox(ROOM)).thenReturn(Optional.of(user(ROOM, "Someone")));
        var handler = new RoomMailbox(() -> exchange);

        var refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> handler.create(
                new RoomMailbox.Room(ROOM, "HQ 3.01", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, true, false, null, null, null, null),
                operation(ROOM_URN)));

        assertTrue(refused.getMessage().contains("already belongs to a UserMailbox"), refused.getMessage());
    }

    @Test
    void badRoomInputFailsAtPreviewNamingTheKeyAndTheFix() {
        var failures = check(new RoomMailbox(() -> exchange), struct("primarySmtpAddress", "room@fabrikam.com",
                "name", "Room", "alias", "room 1", "capacity", 0, "floor", 2, "countryOrRegion", "Atlantis"));

        assertTrue(failures.get("alias").startsWith("'room 1' is not a valid alias"), failures.get("alias"));
        assertEquals("'capacity' is 0; it must be between 1 and 100000", failures.get("capacity"));
        assertTrue(failures.get("countryOrRegion").contains("ISO 3166-1"), failures.get("countryOrRegion"));
        assertEquals(3, failures.size(), "the joint rules wait until every property is valid: " + failures);
        var joint = check(new RoomMailbox(() -> exchange), struct("primarySmtpAddress", "room@fabrikam.com",
                "name", "Room", "floor", 2));
        assertTrue(joint.get("floor").contains("without a building"), joint.toString());
        assertTrue(joint.get("primarySmtpAddress").contains("not in one of the tenant's accepted domains "
                + "(contoso.com, contoso.onmicrosoft.com)"), joint.toString());
    }

    @Test
    void theTenantsAcceptedDomainsAreReadOnceHoweverManyRoomsAreChecked() throws Exception {
        var handler = new RoomMailbox(() -> exchange);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Map<String, String>>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String address = "room" + i + (i % 2 == 0 ? "@contoso.com" : "@fabrikam.com");
                checks.add(pool.submit(() -> check(handler, struct("primarySmtpAddress", address, "name", "R"))));
            }
            long refused = 0;
            for (var check : checks) {
                refused += check.get().containsKey("primarySmtpAddress") ? 1 : 0;
            }
            assertEquals(20, refused, "every address outside the accepted domains is refused");
        } finally {
            pool.shutdownNow();
        }
        verify(exchange, org.mockito.Mockito.times(1)).acceptedDomains();
    }

    @Test
    void aServiceAccountWithoutAPasswordGetsAGeneratedOneThatIsASecretOutputAndNeverLogged() {
        when(exchange.newUserMailbox(any())).thenReturn(user("alexa@contoso.com", "Alexa"));
        var endpoint = new ResourceEndpoint<>(new UserMailbox(() -> exchange));
        String urn = Wire.urn("exchangeonline:index:UserMailbox", "alexa");

        var created = endpoint.create(CreateRequest.newBuilder().setUrn(urn).setProperties(struct(
                "primarySmtpAddress", "alexa@contoso.com", "name", "Alexa")).build(), operation(urn));

        ArgumentCaptor<NewUserMailbox> sent = ArgumentCaptor.forClass(NewUserMailbox.class);
        verify(exchange).newUserMailbox(sent.capture());
        String password = sent.getValue().password();
        assertEquals(24, password.length());
        Object output = PropertyCodec.decode(created.getProperties()).get("password");
        assertInstanceOf(Secret.class, output, "the password is a secret output");
        assertEquals(password, ((Secret) output).value());
        assertTrue(engine.logs().stream().noneMatch(l -> l.getMessage().contains(password)));
        assertFalse(sent.getValue().toString().contains(password));
    }

    @Test
    void aPasswordEntraWouldRefuseFailsAtPreviewWithoutBeingShown() {
        var failures = check(new UserMailbox(() -> exchange), struct("primarySmtpAddress", "alexa@contoso.com",
                "name", "Alexa", "password", new Secret("alllowercase")));

        assertTrue(failures.get("password").contains("three"), failures.toString());
        assertFalse(failures.toString().contains("alllowercase"));
    }

    @Test
    void anAdoptedServiceAccountIsKeptOnDestroyAndOneThisStackMadeIsRemoved() {
        when(exchange.removeMailbox("made@contoso.com")).thenReturn(Warnings.none());
        var handler = new UserMailbox(() -> exchange);
        String urn = Wire.urn("exchangeonline:index:UserMailbox", "svc");

        handler.delete("kept@contoso.com", new UserMailbox.Account("kept@contoso.com", "Kept", null, null, null, null,
                null, null, false, true), operation(urn));
        handler.delete("made@contoso.com", new UserMailbox.Account("made@contoso.com", "Made", null, null, "p", null,
                null, null, false, false), operation(urn));

        verify(exchange, never()).removeMailbox("kept@contoso.com");
        verify(exchange).removeMailbox("made@contoso.com");
        assertTrue(engine.messagesFor(urn).stream().anyMatch(m -> m.startsWith("keeping mailbox kept@contoso.com")));
    }

    @Test
    void aRoomListAddsAndRemovesOnlyTheRoomsThatDiffer() {
        when(exchange.listDistributionGroupMembers("list-guid")).thenReturn(List.of(
                new Recipient("a", "a", "a", "A", "a@contoso.com", "RoomMailbox"),
                new Recipient("b", "b", "b", "B", "b@contoso.com", "RoomMailbox"),
                new Recipient("c", "c", "c", "C", "c@contoso.com", "RoomMailbox")));
        when(exchange.addDistributionGroupMember("list-guid", "d@contoso.com")).thenReturn(Warnings.none());
        when(exchange.removeDistributionGroupMember("list-guid", "c@contoso.com")).thenReturn(Warnings.none());
        var handler = new RoomList(() -> exchange);
        var state = new RoomList.Properties("Rooms HQ", "rooms-hq", "Rooms HQ", "rooms-hq@contoso.com",
                List.of("a@contoso.com", "b@contoso.com", "c@contoso.com"), "list-guid", "dn");
        var inputs = new RoomList.Properties("Rooms HQ", "rooms-hq", null, null,
                List.of("B@contoso.com", "a@contoso.com", "d@contoso.com"), null, null);

        var updated = handler.update("list-guid", state, inputs, operation("urn:list"));

        verify(exchange).addDistributionGroupMember("list-guid", "d@contoso.com");
        verify(exchange).removeDistributionGroupMember("list-guid", "c@contoso.com");
        verify(exchange, never()).replaceDistributionGroupMembers(anyString(), any());
        verify(exchange, never()).setDistributionGroup(anyString(), any());
        assertEquals(List.of("a@contoso.com", "B@contoso.com", "d@contoso.com"), updated.members());
    }

    @Test
    void aRoomListIsNotTakenForAnotherKindOfGroup() {
        when(exchange.findDistributionGroup("rooms-hq")).thenReturn(Optional.of(new DistributionGroup("g", "g",
                "Staff", "rooms-hq", "Staff", "rooms-hq@contoso.com", "dn", "oid", List.of(), false,
                "MailUniversalDistributionGroup", "Universal")));
        var handler = new RoomList(() -> exchange);

        var refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> handler.read("rooms-hq", null, operation("urn:list")));

        assertTrue(refused.getMessage().contains("not a room list"), refused.getMessage());
    }
}
