package io.roomgate.localtenant.tenant;

import java.util.ArrayList;
import java.util.List;

/**
 * A room's Places data ({@code Set-Place}): where it is and what it has. Capacity is the mailbox's
 * {@code ResourceCapacity}, one value seen through both cmdlets. {@code countryOrRegion} holds the ISO 3166-1 code;
 * Get-Place shows the country's friendly name, as Exchange does.
 */
public final class Place {
    public String building;
    public Integer floor;
    public String floorLabel;
    public String label;
    public String street;
    public String city;
    public String state;
    public String postalCode;
    public String countryOrRegion;
    public String phone;
    public String geoCoordinates;
    public List<String> tags = new ArrayList<>();
    public Boolean isWheelChairAccessible;
    public String audioDeviceName;
    public String videoDeviceName;
    public String displayDeviceName;
    public Boolean mtrEnabled;
}
