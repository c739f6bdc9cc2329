package io.roomgate.provider.handlers;

import io.roomgate.exchange.ExchangeAdmin;
import io.roomgate.exchange.ExchangeException;
import io.roomgate.exchange.Mailbox;
import io.roomgate.exchange.MailboxChanges;
import io.roomgate.exchange.NewRoomMailbox;
import io.roomgate.exchange.PlaceSettings;
import io.roomgate.provider.framework.Change;
import io.roomgate.provider.framework.CheckFailures;
import io.roomgate.provider.framework.Created;
import io.roomgate.provider.framework.Operation;
import io.roomgate.provider.framework.PartialCreateException;
import io.roomgate.provider.framework.Property;
import io.roomgate.provider.framework.ProviderException;
import io.roomgate.provider.framework.ResourceHandler;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code New-Mailbox -Room} and its Places data ({@code Set-Place}). The room's account must not sign in. Destroy
 * keeps the mailbox (its calendar is every booking the room ever had) unless {@code deleteMailboxOnDestroy} says
 * otherwise, and says so in the engine log.
 */
public final class RoomMailbox implements ResourceHandler<RoomMailbox.Room> {

    public record Room(
            @Property(description = "The room's primary SMTP address: its identity, and the id `pulumi import` takes.",
                    required = true, change = Change.REPLACE, format = ExchangeFormats.Smtp.class, ignoreCase = true)
            String primarySmtpAddress,
            @Property(description = "The mailbox's Name, unique in the tenant.", required = true, format = ExchangeFormats.Name.class)
            String name,
            @Property(description = "The room's alias; Exchange derives it from the name when omitted.",
                    format = ExchangeFormats.Alias.class, ignoreCase = true)
            String alias,
            @Property(description = "The name Outlook and Room Finder show; the name when omitted.")
            String displayName,
            @Property(description = "Seats (the mailbox's ResourceCapacity, Set-Place -Capacity).", min = 1, max = 100_000)
            Integer capacity,
            @Property(description = "Building name or number (Set-Place -Building).")
            String building,
            @Property(description = "Floor number within the building (Set-Place -Floor).", min = -20, max = 300)
            Integer floor,
            @Property(description = "A label for the floor, e.g. Level 3 or Finance (Set-Place -FloorLabel).")
            String floorLabel,
            @Property(description = "A label for the room, e.g. its number (Set-Place -Label).")
            String label,
            @Property(description = "Street address (Set-Place -Street).")
            String street,
            @Property(description = "City (Set-Place -City).")
            String city,
            @Property(description = "State or province (Set-Place -State).")
            String state,
            @Property(description = "Postal code (Set-Place -PostalCode).")
            String postalCode,
            @Property(description = "Country or region: ISO 3166-1 two-letter code or name (Set-Place -CountryOrRegion).",
                    format = ExchangeFormats.Country.class)
            String countryOrRegion,
            @Property(description = "The room's phone number (Set-Place -Phone).")
            String phone,
            @Property(description = "Features to search by, e.g. Window, Whiteboard (Set-Place -Tags).", set = true)
            List<String> tags,
            @Property(description = "Whether the room is wheelchair accessible (Set-Place -IsWheelChairAccessible).")
            Boolean isWheelChairAccessible,
            @Property(description = "The room's audio device (Set-Place -AudioDeviceName).")
            String audioDeviceName,
            @Property(description = "The room's video device (Set-Place -VideoDeviceName).")
            String videoDeviceName,
            @Property(description = "The room's display device (Set-Place -DisplayDeviceName).")
            String displayDeviceName,
            @Property(description = "Keep the room's account from signing in (Set-Mailbox -AccountDisabled); false only "
                    + "for a Teams Rooms device account, which signs in.", defaultValue = "true")
            Boolean blockSignIn,
            @Property(description = "Delete the mailbox, its calendar and every booking in it on destroy; by default "
                    + "destroy leaves the room in Exchange and only stops managing it.", defaultValue = "false")
            Boolean deleteMailboxOnDestroy,
            @Property(description = "The mailbox's GUID.", output = true)
            String guid,
            @Property(description = "The mailbox's distinguished name.", output = true)
            String distinguishedName,
            @Property(description = "The room account's Entra object id.", output = true)
            String externalDirectoryObjectId,
            @Property(description = "Whether Exchange reports the room's account blocked from signing in.", output = true)
            Boolean accountDisabled) {

        PlaceSettings place() {
            return new PlaceSettings(building, floor, floorLabel, label, capacity, street, city, state, postalCode,
                    countryOrRegion, phone, tags, isWheelChairAccessible, audioDeviceName, videoDeviceName,
                    displayDeviceName);
        }
    }

    private final Supplier<ExchangeAdmin> exchange;
    private final Addresses addresses;

    public RoomMailbox(Supplier<ExchangeAdmin> exchange) {
        this.exchange = exchange;
        this.addresses = new Addresses(exchange);
    }

    @Override
    public String token() {
        return "exchangeonline:index:RoomMailbox";
    }

    @Override
    public String description() {
        return "A room mailbox (New-Mailbox -Room) with its Places data (Set-Place); only declared Place fields are "
                + "managed. Destroy keeps the mailbox unless deleteMailboxOnDestroy is true.";
    }

    @Override
    public Class<Room> type() {
        return Room.class;
    }

    @Override
    public void check(Room inputs, Set<String> unknown, CheckFailures failures) {
        if (inputs.building() == null && !unknown.contains("building")) {
            if (inputs.floor() != null) {
                failures.add("floor", "floor " + inputs.floor() + " is given without a building; set building too "
                        + "(Room Finder shows a floor within its building)");
            }
            if (inputs.floorLabel() != null) {
                failures.add("floorLabel", "floorLabel '" + inputs.floorLabel() + "' is given without a building; set "
                        + "building too");
            }
        }
        if (inputs.primarySmtpAddress() != null) {
            addresses.checkAcceptedDomain("primarySmtpAddress", inputs.primarySmtpAddress(), failures);
        }
    }

    @Override
    public Created<Room> create(Room inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Mailbox mailbox;
        PlaceSettings current;
        try {
            operation.info("creating room mailbox " + inputs.primarySmtpAddress());
            mailbox = admin.newRoomMailbox(new NewRoomMailbox(inputs.name(), inputs.alias(), inputs.displayName(),
                    inputs.primarySmtpAddress(), inputs.capacity()));
            current = new PlaceSettings(null, null, null, null, mailbox.resourceCapacity(), null, null, null, null,
                    null, null, null, null, null, null, null);
        } catch (ExchangeException e) {
            if (!e.meansPresent()) {
                throw e;
            }
            mailbox = adopt(admin, inputs.primarySmtpAddress(), e, operation);
            current = admin.findPlace(mailbox.primarySmtpAddress()).orElse(PlaceSettings.none());
        }
        String id = mailbox.primarySmtpAddress();
        Room made = toState(mailbox, current, inputs.blockSignIn(), inputs.deleteMailboxOnDestroy());
        try {
            return new Created<>(id, converge(id, made, inputs, operation));
        } catch (RuntimeException e) {
            throw new PartialCreateException(id, made, "room mailbox " + id + " exists but its settings or Places "
                    + "data are not complete yet", e);
        }
    }

    /** A mailbox already at the address: adopted when it is a room (a lost answer, or made by hand), else refused. */
    private static Mailbox adopt(ExchangeAdmin admin, String address, ExchangeException refusal, Operation operation) {
        Mailbox found = admin.findMailbox(address).orElseThrow(() -> new ProviderException(
                io.grpc.Status.Code.ALREADY_EXISTS, "Exchange refused to create room mailbox " + address + ": "
                + refusal.getMessage() + " Another object holds its name or alias; choose another name or alias."));
        if (!found.isRoom()) {
            throw ProviderException.failedPrecondition(address + " already belongs to a " + found.recipientTypeDetails()
                    + " (" + found.name() + "), not a room; choose another address for the room");
        }
        operation.warning("adopting the existing room mailbox " + address + " (" + found.name() + "): it was there "
                + "before this create, made by hand or by an earlier run whose answer was lost; its calendar is kept");
        return found;
    }

    @Override
    public Optional<Room> read(String id, Room recorded, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        Optional<Mailbox> found = admin.findMailbox(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!found.get().isRoom()) {
            throw ProviderException.failedPrecondition(id + " is a " + found.get().recipientTypeDetails()
                    + ", not a room mailbox; import a room by its primary address");
        }
        PlaceSettings place = admin.findPlace(id).orElse(PlaceSettings.none());
        boolean disabled = !Boolean.FALSE.equals(found.get().accountDisabled());
        if (!disabled) {
            operation.warning(signInWarning(id));
        }
        // Sign-in that was blocked and is allowed again is drift the next up repairs.
        Boolean blockSignIn = recorded == null || recorded.blockSignIn() == null ? disabled
                : recorded.blockSignIn() && disabled;
        Boolean delete = recorded == null || recorded.deleteMailboxOnDestroy() == null ? Boolean.FALSE
                : recorded.deleteMailboxOnDestroy();
        return Optional.of(toState(found.get(), place, blockSignIn, delete));
    }

    @Override
    public Room update(String id, Room state, Room inputs, Operation operation) {
        return converge(id, state, inputs, operation);
    }

    /** Writes what is declared and differs: names and sign-in with Set-Mailbox, Places data with Set-Place. */
    private Room converge(String id, Room state, Room inputs, Operation operation) {
        ExchangeAdmin admin = exchange.get();
        boolean blockSignIn = !Boolean.FALSE.equals(inputs.blockSignIn());
        boolean signsIn = Boolean.FALSE.equals(state.accountDisabled());
        MailboxChanges changes = new MailboxChanges(differs(inputs.displayName(), state.displayName()),
                blockSignIn && signsIn ? Boolean.TRUE : null, differs(inputs.name(), state.name()),
                inputs.alias() != null && !inputs.alias().equalsIgnoreCase(state.alias()) ? inputs.alias() : null);
        if (!changes.isEmpty()) {
            if (changes.accountDisabled() != null) {
                operation.info("room " + id + "'s account could sign in (Microsoft warns a room's account may be "
                        + "enabled); blocking it with Set-Mailbox -AccountDisabled");
            } else {
                operation.info("updating room mailbox " + id);
            }
            Writes.relay(operation, admin.setMailbox(id, changes));
        }
        if (!blockSignIn && signsIn) {
            operation.warning(signInWarning(id));
        }
        PlaceSettings current = state.place();
        PlaceSettings placeChanges = Places.changes(inputs.place(), current);
        if (!placeChanges.isEmpty()) {
            operation.info("setting the Places data of " + id + ": " + Places.describe(placeChanges));
            Writes.relay(operation, admin.setPlace(id, placeChanges));
        }
        PlaceSettings now = Places.merge(current, inputs.place());
        return new Room(state.primarySmtpAddress(), or(inputs.name(), state.name()), or(inputs.alias(), state.alias()),
                or(inputs.displayName(), state.displayName()), now.capacity(), now.building(), now.floor(),
                now.floorLabel(), now.label(), now.street(), now.city(), now.state(), now.postalCode(),
                Places.countryCode(now.countryOrRegion()), now.phone(), now.tags(), now.isWheelChairAccessible(),
                now.audioDeviceName(), now.videoDeviceName(), now.displayDeviceName(), blockSignIn,
                Boolean.TRUE.equals(inputs.deleteMailboxOnDestroy()), state.guid(), state.distinguishedName(),
                state.externalDirectoryObjectId(), blockSignIn || !signsIn);
    }

    @Override
    public void delete(String id, Room state, Operation operation) {
        if (!Boolean.TRUE.equals(state.deleteMailboxOnDestroy())) {
            operation.warning("keeping room mailbox " + id + ": its calendar holds the room's bookings, so destroy only "
                    + "stops managing it. To delete it, set deleteMailboxOnDestroy: true and run `pulumi up` before "
                    + "destroying, or remove it by hand (Remove-Mailbox)");
            return;
        }
        operation.warning("deleting room mailbox " + id + " with its calendar and every booking in it, as "
                + "deleteMailboxOnDestroy asks");
        Writes.remove(operation, "room mailbox " + id, () -> exchange.get().removeMailbox(id));
    }

    private static String signInWarning(String id) {
        return "room " + id + "'s account can sign in: anyone with its password reaches the room's mailbox. Set "
                + "blockSignIn: true unless it is a Teams Rooms device account";
    }

    private static Room toState(Mailbox mailbox, PlaceSettings place, Boolean blockSignIn, Boolean delete) {
        Integer capacity = place.capacity() != null ? place.capacity() : mailbox.resourceCapacity();
        return new Room(mailbox.primarySmtpAddress(), mailbox.name(), mailbox.alias(), mailbox.displayName(), capacity,
                place.building(), place.floor(), place.floorLabel(), place.label(), place.street(), place.city(),
                place.state(), place.postalCode(), Places.countryCode(place.countryOrRegion()), place.phone(),
                place.tags() == null || place.tags().isEmpty() ? null : place.tags(), place.isWheelChairAccessible(),
                place.audioDeviceName(), place.videoDeviceName(), place.displayDeviceName(), blockSignIn, delete,
                mailbox.guid(), mailbox.distinguishedName(), mailbox.externalDirectoryObjectId(),
                mailbox.accountDisabled());
    }

    private static String differs(String wanted, String current) {
        return wanted != null && !wanted.equals(current) ? wanted : null;
    }

    private static <V> V or(V wanted, V current) {
        return wanted != null ? wanted : current;
    }
}
