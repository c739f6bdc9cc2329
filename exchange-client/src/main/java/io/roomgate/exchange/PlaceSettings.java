package io.roomgate.exchange;

import java.util.List;

/**
 * A room's Places data as Get-Place returns it and Set-Place takes it; for Set-Place only the non-null fields are
 * sent. {@code countryOrRegion} goes in as a two-letter code or a name and comes back as Exchange's friendly name
 * ("AU" reads back as "Australia"); {@code capacity} is the mailbox's ResourceCapacity.
 */
public record PlaceSettings(
        String building,
        Integer floor,
        String floorLabel,
        String label,
        Integer capacity,
        String street,
        String city,
        String state,
        String postalCode,
        String countryOrRegion,
        String phone,
        List<String> tags,
        Boolean isWheelChairAccessible,
        String audioDeviceName,
        String videoDeviceName,
        String displayDeviceName) {

    public PlaceSettings {
        tags = tags == null ? null : List.copyOf(tags);
    }

    public static PlaceSettings none() {
        return new PlaceSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}
