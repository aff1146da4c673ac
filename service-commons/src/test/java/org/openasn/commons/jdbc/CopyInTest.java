package org.openasn.commons.jdbc;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Instants in a COPY's text read exactly as {@link Instant#toString()} writes them, however they are written. */
class CopyInTest {

    @Test
    void shouldWriteInstantsAsInstantToStringDoes() {
        Random random = new Random(20261127);
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2024-02-29T12:00:00.000001Z"),
                Instant.parse("2026-01-05T02:30:00.010Z"), Instant.parse("2026-01-05T02:30:00.000000100Z")));
        long from = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long second = from + (long) (random.nextDouble() * (to - from));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant instant : instants) {
            StringBuilder text = new StringBuilder();
            CopyIn.appendInstant(text, instant);
            assertEquals(instant.toString(), text.toString());
        }
    }

    @Test
    void shouldLeaveOtherYearsToInstantToString() {
        for (Instant instant : List.of(Instant.parse("0999-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX)) {
            StringBuilder text = new StringBuilder();
            assertFalse(CopyIn.appendInstant(text, instant), instant.toString());
            assertEquals("", text.toString());
        }
    }
}
