package io.roomgate.exchange;

import io.roomgate.exchange.ExchangeException.Kind;
import io.roomgate.localtenant.TenantSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rooms, their Places data, room lists and service accounts made through the typed client on the local tenant. */
class RoomMailboxesOnSimulatorTest {
    private static TenantSimulator sim;
    private static ExchangeAdminClient exchange;

    @BeforeAll
    static void start() {
        sim = SimulatedTenant.start();
        exchange = ExchangeAdminClient.connect(SimulatedTenant.options(sim, SimulatedTenant.deployerSecret(sim))
                .passwordEncryptionKey(sim.passwordEncryptionKey()).build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String address(String alias) {
        return alias + "@" + sim.organization();
    }

    @Test
    void aNewRoomCannotSignInAndItsPlacesDataReadsBackAsWritten() {
        Mailbox room = exchange.newRoomMailbox(new NewRoomMailbox("HQ 2.14", "hq-2-14", "HQ 2.14 Harbour",
                address("hq-2-14"), 6));
        exchange.setPlace(room.primarySmtpAddress(), new PlaceSettings("HQ", 2, "Level 2", null, null, null,
                "Sydney", null, null, "AU", null, List.of("Window"), true, null, "Teams Room", null));

        PlaceSettings place = exchange.findPlace(room.primarySmtpAddress()).orElseThrow();
        Mailbox read = exchange.findMailbox(room.primarySmtpAddress()).orElseThrow();

        assertTrue(room.isRoom());
        assertEquals(Boolean.TRUE, room.accountDisabled());
        assertEquals("HQ 2.14", read.name());
        assertEquals(6, read.resourceCapacity());
        assertEquals("HQ", place.building());
        assertEquals(2, place.floor());
        assertEquals("Australia", place.countryOrRegion(), "Exchange answers with the country's friendly name");
        assertEquals(List.of("Window"), place.tags());
        assertEquals(Boolean.TRUE, place.isWheelChairAccessible());
        assertEquals(6, place.capacity());
        assertTrue(exchange.setPlace(room.primarySmtpAddress(), PlaceSettings.none()).isEmpty(), "nothing sent");
    }

    @Test
    void aRoomWhoseNameIsTakenIsRefusedAsAlreadyExisting() {
        exchange.newRoomMailbox(new NewRoomMailbox("Taken Room", "taken-room", null, null, null));

        ExchangeException taken = assertThrows(ExchangeException.class,
                () -> exchange.newRoomMailbox(new NewRoomMailbox("Taken Room", "taken-room-2", null, null, null)));

        assertTrue(taken.meansPresent(), taken.getMessage());
    }

    @Test
    void removingARoomTwiceSaysItIsAlreadyGone() {
        Mailbox room = exchange.newRoomMailbox(new NewRoomMailbox("Short Lived", "short-lived", null, null, null));

        exchange.removeMailbox(room.primarySmtpAddress());

        assertTrue(exchange.findMailbox(room.primarySmtpAddress()).isEmpty());
        assertTrue(exchange.findPlace(room.primarySmtpAddress()).isEmpty());
        ExchangeException again = assertThrows(ExchangeException.class,
                () -> exchange.removeMailbox(room.primarySmtpAddress()));
        assertTrue(again.meansAbsent());
    }

    @Test
    void aRoomListIsCreatedWithItsRoomsAndFoundAsTheirRoomList() {
        Mailbox a = exchange.newRoomMailbox(new NewRoomMailbox("List Room A", "list-room-a", null, null, 4));
        Mailbox b = exchange.newRoomMailbox(new NewRoomMailbox("List Room B", "list-room-b", null, null, 8));

        DistributionGroup list = exchange.newRoomList(new NewRoomList("Rooms Tower", "rooms-tower", null, null,
                List.of(a.primarySmtpAddress(), b.primarySmtpAddress())));

        assertEquals("RoomList", list.recipientTypeDetails());
        assertEquals(List.of(a.primarySmtpAddress(), b.primarySmtpAddress()),
                exchange.listRoomMailboxes(new RoomQuery(null, "rooms-tower", null)).stream()
                        .map(Mailbox::primarySmtpAddress).toList());
    }

    @Test
    void aServiceAccountsPasswordTravelsEncryptedAndItsAccountCanSignIn() {
        Mailbox account = exchange.newUserMailbox(new NewUserMailbox("Alexa Delegate", null, null,
                address("alexa-delegate"), "Alexa-Delegate-2026!"));

        assertTrue(account.isUserMailbox());
        assertEquals(Boolean.FALSE, account.accountDisabled());
        assertEquals("alexa-delegate", account.alias());
        assertTrue(sim.changeLog().changes().stream().noneMatch(c -> c.parameters().toString()
                .contains("Alexa-Delegate-2026!")));
    }

    @Test
    void withoutTheEncryptionKeyAServiceAccountIsRefusedBeforeAnythingIsSent() {
        ExchangeAdminClient withoutKey = ExchangeAdminClient.connect(SimulatedTenant.options(sim,
                SimulatedTenant.deployerSecret(sim)).build());
        int before = sim.changeLog().size();

        ExchangeException refused = assertThrows(ExchangeException.class, () -> withoutKey.newUserMailbox(
                new NewUserMailbox("No Key", null, null, address("no-key"), "Alexa-Delegate-2026!")));

        assertEquals(Kind.INVALID_PARAMETER, refused.kind());
        assertTrue(refused.getMessage().contains("exchangeonline:passwordEncryptionKey"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Alexa-Delegate-2026!"));
        assertEquals(before, sim.changeLog().size());
    }

    @Test
    void theAcceptedDomainsAreTheTenantsInitialDomain() {
        assertEquals(List.of(sim.organization()), exchange.acceptedDomains());
    }

    @Test
    void accountSignInIsBlockedBySetMailbox() {
        Mailbox account = exchange.newUserMailbox(new NewUserMailbox("Blocked Account", null, null,
                address("blocked-account"), "Blocked-Account-2026!"));

        exchange.setMailbox(account.primarySmtpAddress(), new MailboxChanges(null, true, null, null));

        assertEquals(Boolean.TRUE, exchange.findMailbox(account.primarySmtpAddress()).orElseThrow().accountDisabled());
    }
}
