package io.roomgate.provider.handlers;

import io.roomgate.exchange.PlaceSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A room's Places data: which declared fields differ from Exchange's, and the result of writing them. */
final class Places {
    private Places() {}

    /** The declared (non-null) fields of {@code wanted} whose value differs from {@code current}. */
    static PlaceSettings changes(PlaceSettings wanted, PlaceSettings current) {
        return new PlaceSettings(
                differs(wanted.building(), current.building()),
                differs(wanted.floor(), current.floor()),
                differs(wanted.floorLabel(), current.floorLabel()),
                differs(wanted.label(), current.label()),
                differs(wanted.capacity(), current.capacity()),
                differs(wanted.street(), current.street()),
                differs(wanted.city(), current.city()),
                differs(wanted.state(), current.state()),
                differs(wanted.postalCode(), current.postalCode()),
                wanted.countryOrRegion() != null
                        && !Countries.code(wanted.countryOrRegion()).equals(Countries.code(current.countryOrRegion()))
                        ? countryCode(wanted.countryOrRegion()) : null,
                differs(wanted.phone(), current.phone()),
                wanted.tags() != null && !GroupMembership.sameSet(wanted.tags(),
                        current.tags() == null ? List.of() : current.tags()) ? wanted.tags() : null,
                differs(wanted.isWheelChairAccessible(), current.isWheelChairAccessible()),
                differs(wanted.audioDeviceName(), current.audioDeviceName()),
                differs(wanted.videoDeviceName(), current.videoDeviceName()),
                differs(wanted.displayDeviceName(), current.displayDeviceName()));
    }

    /** {@code current} with the declared fields of {@code wanted} written over it. */
    static PlaceSettings merge(PlaceSettings current, PlaceSettings wanted) {
        return new PlaceSettings(
                or(wanted.building(), current.building()), or(wanted.floor(), current.floor()),
                or(wanted.floorLabel(), current.floorLabel()), or(wanted.label(), current.label()),
                or(wanted.capacity(), current.capacity()), or(wanted.street(), current.street()),
                or(wanted.city(), current.city()), or(wanted.state(), current.state()),
                or(wanted.postalCode(), current.postalCode()), or(wanted.countryOrRegion(), current.countryOrRegion()),
                or(wanted.phone(), current.phone()), or(wanted.tags(), current.tags()),
                or(wanted.isWheelChairAccessible(), current.isWheelChairAccessible()),
                or(wanted.audioDeviceName(), current.audioDeviceName()),
                or(wanted.videoDeviceName(), current.videoDeviceName()),
                or(wanted.displayDeviceName(), current.displayDeviceName()));
    }

    /** Exchange answers with a country's name; state keeps the two-letter code, as the admin writes it. */
    static String countryCode(String value) {
        return value == null ? null : Countries.code(value).orElse(value);
    }

    /** The fields a Set-Place sends, by name, for the engine log. */
    static String describe(PlaceSettings changes) {
        List<String> names = new ArrayList<>();
        add(names, "building", changes.building());
        add(names, "floor", changes.floor());
        add(names, "floorLabel", changes.floorLabel());
        add(names, "label", changes.label());
        add(names, "capacity", changes.capacity());
        add(names, "street", changes.street());
        add(names, "city", changes.city());
        add(names, "state", changes.state());
        add(names, "postalCode", changes.postalCode());
        add(names, "countryOrRegion", changes.countryOrRegion());
        add(names, "phone", changes.phone());
        add(names, "tags", changes.tags());
        add(names, "isWheelChairAccessible", changes.isWheelChairAccessible());
        add(names, "audioDeviceName", changes.audioDeviceName());
        add(names, "videoDeviceName", changes.videoDeviceName());
        add(names, "displayDeviceName", changes.displayDeviceName());
        return String.join(", ", names);
    }

    private static void add(List<String> names, String name, Object value) {
        if (value != null) {
            names.add(name + "=" + value);
        }
    }

    private static <V> V differs(V wanted, V current) {
        return wanted != null && !Objects.equals(wanted, current) ? wanted : null;
    }

    private static <V> V or(V wanted, V current) {
        return wanted != null ? wanted : current;
    }
}
