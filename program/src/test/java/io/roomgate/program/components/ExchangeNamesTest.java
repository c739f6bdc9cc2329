package io.roomgate.program.components;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeNamesTest {
    @Test
    void aLongAppNameIsShortenedButTheRoleThatTellsAssignmentsApartIsKept() {
        String app = "Contoso Facilities Room Booking Integration for the Sydney Office";
        String readWrite = RoomGroupSpec.exchangeName(app, "Application Calendars.ReadWrite");
        String read = RoomGroupSpec.exchangeName(app, "Application Calendars.Read");
        assertTrue(readWrite.length() <= 64, readWrite);
        assertEquals("Contoso Facilities Room Booking Application Calendars.ReadWrite", readWrite);
        assertNotEquals(read, readWrite);
        assertEquals("ROOMZGraph rooms", RoomGroupSpec.exchangeName("ROOMZGraph", "rooms"));
    }
}
