package io.roomgate.program.components;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretRotationTest {
    private final SecretRotation quarterly = new SecretRotation(12, 90);

    @Test
    void everyRunInsideOneWindowDeclaresTheSameSecret() {
        Instant monday = Instant.parse("2026-11-23T08:00:00Z");
        Instant weekLater = monday.plus(7, ChronoUnit.DAYS);
        assertEquals(quarterly.windowStart(monday), quarterly.windowStart(weekLater));
        assertEquals(quarterly.endDate(monday), quarterly.endDate(weekLater));
    }

    @Test
    void theFirstRunOfTheNextWindowMakesANewSecretLongBeforeTheOldOneExpires() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        LocalDate start = quarterly.windowStart(now);
        Instant nextWindow = start.plusDays(90).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        assertNotEquals(start, quarterly.windowStart(nextWindow));
        assertEquals(start.plusDays(90), quarterly.windowStart(nextWindow));
        assertTrue(quarterly.endDate(now).isAfter(start.plusDays(90)), "the old secret is still valid when the new one is made");
        assertEquals(start.plusMonths(12), quarterly.endDate(now));
    }

    @Test
    void windowsStartAtFixedDaysWhateverTheTimeOfDay() {
        // 90-day windows counted from 1970-01-01: ... 2026-09-04, 2026-12-03, ...
        assertEquals(LocalDate.parse("2026-09-04"), quarterly.windowStart(Instant.parse("2026-09-04T00:00:00Z")));
        assertEquals(LocalDate.parse("2026-09-04"), quarterly.windowStart(Instant.parse("2026-12-02T23:59:59Z")));
        assertEquals(LocalDate.parse("2026-12-03"), quarterly.windowStart(Instant.parse("2026-12-03T00:00:01Z")));
    }
}
