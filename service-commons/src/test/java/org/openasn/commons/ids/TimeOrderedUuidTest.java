package org.openasn.commons.ids;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeOrderedUuidTest {

    @Test
    void shouldBeVersion7OfTheRfc4122VariantWithTheTimeInItsFirstBits() {
        long millis = Instant.parse("2026-11-28T08:00:00.123Z").toEpochMilli();
        UUID id = TimeOrderedUuid.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, TimeOrderedUuid.millisOf(id));
        assertTrue(id.toString().startsWith(String.format("%08x-%04x-7", millis >>> 16, millis & 0xFFFF)), id.toString());
    }

    @Test
    void shouldSortByTimeAsPostgresqlComparesUuidsByteByByte() {
        long millis = Instant.parse("2026-11-28T08:00:00Z").toEpochMilli();
        UUID earlier = TimeOrderedUuid.at(millis);
        for (int i = 1; i <= 10_000; i++) {
            UUID later = TimeOrderedUuid.at(millis + i);
            assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " before " + later);
            earlier = later;
        }
    }

    @Test
    void shouldDifferWithinAMillisecond() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedUuid.at(1_700_000_000_000L));
        }
        assertEquals(100_000, ids.size());
    }
}
