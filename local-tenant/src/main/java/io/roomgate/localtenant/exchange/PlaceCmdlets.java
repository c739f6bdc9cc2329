package io.roomgate.localtenant.exchange;

import io.roomgate.localtenant.tenant.Place;
import io.roomgate.localtenant.tenant.Recipient;
import io.roomgate.localtenant.tenant.RecipientKind;
import io.roomgate.localtenant.tenant.Tenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Get-Place and Set-Place: a room mailbox's Places data (building, floor, devices, accessibility, tags). */
final class PlaceCmdlets {
    private static final List<String> PLACE_TYPES = List.of("Room", "Workspace", "Desk");

    List<Cmdlet> cmdlets() {
        return List.of(
                Cmdlet.read("Get-Place", this::getPlace, Parameter.string("Identity"),
                        Parameter.enumeration("Type", "Microsoft.Exchange.Management.RecipientTasks.PlaceType",
                                PLACE_TYPES), Parameter.resultSize()),
                Cmdlet.write("Set-Place", this::setPlace, Parameter.string("Identity").required(),
                        Parameter.string("Building"), Parameter.integer("Floor"), Parameter.string("FloorLabel"),
                        Parameter.string("Label"), Parameter.integer("Capacity"), Parameter.string("Street"),
                        Parameter.string("City"), Parameter.string("State"), Parameter.string("PostalCode"),
                        Parameter.string("CountryOrRegion"), Parameter.string("Phone"),
                        Parameter.string("GeoCoordinates"), Parameter.strings("Tags"),
                        Parameter.bool("IsWheelChairAccessible"), Parameter.string("AudioDeviceName"),
                        Parameter.string("VideoDeviceName"), Parameter.string("DisplayDeviceName"),
                        Parameter.bool("MTREnabled")));
    }

    private static boolean isRoom(Recipient recipient) {
        return recipient.kind == RecipientKind.RoomMailbox;
    }

    private Cmdlet.Result getPlace(CmdletCall call) throws CmdletException {
        Tenant tenant = call.tenant();
        if (call.args().has("Identity")) {
            return Cmdlet.Result.one(Views.place(tenant, call.identity(call.args().string("Identity"),
                    PlaceCmdlets::isRoom)));
        }
        return Listing.limited(call.args(), Listing.visible(tenant, PlaceCmdlets::isRoom), r -> Views.place(tenant, r));
    }

    private Cmdlet.Result setPlace(CmdletCall call) throws CmdletException {
        Arguments args = call.args();
        Recipient room = call.identity(args.string("Identity"), PlaceCmdlets::isRoom);
        Place place = room.placeData();
        boolean changed = false;
        changed |= set(args, "Building", place, p -> p.building, (p, v) -> p.building = v);
        changed |= set(args, "FloorLabel", place, p -> p.floorLabel, (p, v) -> p.floorLabel = v);
        changed |= set(args, "Label", place, p -> p.label, (p, v) -> p.label = v);
        changed |= set(args, "Street", place, p -> p.street, (p, v) -> p.street = v);
        changed |= set(args, "City", place, p -> p.city, (p, v) -> p.city = v);
        changed |= set(args, "State", place, p -> p.state, (p, v) -> p.state = v);
        changed |= set(args, "PostalCode", place, p -> p.postalCode, (p, v) -> p.postalCode = v);
        changed |= set(args, "Phone", place, p -> p.phone, (p, v) -> p.phone = v);
        changed |= set(args, "GeoCoordinates", place, p -> p.geoCoordinates, (p, v) -> p.geoCoordinates = v);
        changed |= set(args, "AudioDeviceName", place, p -> p.audioDeviceName, (p, v) -> p.audioDeviceName = v);
        changed |= set(args, "VideoDeviceName", place, p -> p.videoDeviceName, (p, v) -> p.videoDeviceName = v);
        changed |= set(args, "DisplayDeviceName", place, p -> p.displayDeviceName, (p, v) -> p.displayDeviceName = v);
        if (args.has("Floor") && !Objects.equals(place.floor, args.integer("Floor"))) {
            place.floor = args.integer("Floor");
            changed = true;
        }
        if (args.has("Capacity") && !Objects.equals(room.resourceCapacity, args.integer("Capacity"))) {
            room.resourceCapacity = args.integer("Capacity");
            changed = true;
        }
        if (args.has("CountryOrRegion")) {
            String code = countryCode(args.string("CountryOrRegion"));
            if (!code.equals(place.countryOrRegion)) {
                place.countryOrRegion = code;
                changed = true;
            }
        }
        if (args.has("Tags") && !args.strings("Tags").equals(place.tags)) {
            place.tags = new ArrayList<>(args.strings("Tags"));
            changed = true;
        }
        if (args.has("IsWheelChairAccessible") && !args.bool("IsWheelChairAccessible").equals(place.isWheelChairAccessible)) {
            place.isWheelChairAccessible = args.bool("IsWheelChairAccessible");
            changed = true;
        }
        if (args.has("MTREnabled") && !args.bool("MTREnabled").equals(place.mtrEnabled)) {
            place.mtrEnabled = args.bool("MTREnabled");
            changed = true;
        }
        if (!changed) {
            return Cmdlet.Result.warning(Listing.noChangeWarning(room.name));
        }
        call.changed();
        return Cmdlet.Result.none();
    }

    private static boolean set(Arguments args, String parameter, Place place, Function<Place, String> current,
                               BiConsumer<Place, String> setter) {
        if (!args.has(parameter) || Objects.equals(current.apply(place), args.string(parameter))) {
            return false;
        }
        setter.accept(place, args.string(parameter));
        return true;
    }

    /** A CountryInfo from its two-letter code or its friendly name, as Exchange binds one. */
    static String countryCode(String value) throws CmdletException {
        String trimmed = value.trim();
        Optional<String> code = Arrays.stream(Locale.getISOCountries())
                .filter(c -> c.equalsIgnoreCase(trimmed) || countryName(c).equalsIgnoreCase(trimmed)).findFirst();
        if (code.isEmpty()) {
            throw CmdletException.parameterBinding("Cannot process argument transformation on parameter "
                    + "'CountryOrRegion'. Cannot convert value \"" + value + "\" to type "
                    + "\"Microsoft.Exchange.Data.Globalization.CountryInfo\". Error: \"The country or region \""
                    + value + "\" isn't valid. Use a two-letter ISO 3166-1 code such as AU, or its name.\"");
        }
        return code.get();
    }

    /** The friendly name Get-Place shows for a country code. */
    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
