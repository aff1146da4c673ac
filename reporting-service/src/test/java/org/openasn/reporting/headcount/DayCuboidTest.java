package org.openasn.reporting.headcount;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DayCuboidTest {

    private static final int DAY = (int) LocalDate.of(2025, 12, 31).toEpochDay();
    private static final List<Dimension> AGENCY_GENDER = List.of(Dimension.AGENCY, Dimension.GENDER);

    private final PeriodColumns columns = new PeriodColumns();

    private int row(String agency, String gender, LocalDate from, LocalDate to) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.AGENCY, agency);
        values.put(Dimension.GENDER, gender);
        values.put(Dimension.KIND, "PNS");
        return columns.add((int) from.toEpochDay(), to == null ? Integer.MAX_VALUE : (int) to.toEpochDay(), 19800101, values);
    }

    /** The cuboid's non-zero cells as "agency|gender". */
    private Map<String, Integer> cells(DayCuboid cuboid) {
        Map<String, Integer> cells = new HashMap<>();
        int[] shifted = new int[cuboid.dimensions.size()];
        for (int c = 0; c < cuboid.counts.length; c++) {
            if (cuboid.counts[c] != 0) {
                cuboid.decode(c, shifted);
                cells.put(columns.valueOf(Dimension.AGENCY, shifted[0] - 1) + "|" + columns.valueOf(Dimension.GENDER, shifted[1] - 1), cuboid.counts[c]);
            }
        }
        return cells;
    }

    @Test
    void shouldCountTheRowsCurrentOnItsDayByEveryCombination() {
        row("A1", "L", LocalDate.of(2020, 1, 1), null);
        row("A1", "L", LocalDate.of(2020, 1, 1), null);
        row("A1", null, LocalDate.of(2020, 1, 1), null);
        row("A2", "P", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)); // ends the day before
        row("A2", "P", LocalDate.of(2026, 1, 1), null); // starts the day after
        row("A2", "L", LocalDate.of(2025, 12, 31), null);

        DayCuboid cuboid = DayCuboid.build(AGENCY_GENDER, columns, DAY);

        assertEquals(Map.of("A1|L", 2, "A1|" + HeadcountQuery.UNKNOWN, 1, "A2|L", 1), cells(cuboid));
    }

    @Test
    void shouldFollowRowsThatComeAndGoAndGiveUpOnAValueItHasNoRoomFor() {
        int leaving = row("A1", "L", LocalDate.of(2020, 1, 1), null);
        row("A2", "P", LocalDate.of(2020, 1, 1), null);
        DayCuboid cuboid = DayCuboid.build(AGENCY_GENDER, columns, DAY);

        assertTrue(cuboid.change(columns, leaving, -1));
        columns.retire(leaving);
        assertTrue(cuboid.change(columns, row("A1", "P", LocalDate.of(2021, 1, 1), null), +1));
        assertEquals(Map.of("A1|P", 1, "A2|P", 1), cells(cuboid));

        assertFalse(cuboid.change(columns, row("A3", "P", LocalDate.of(2021, 1, 1), null), +1), "A3 came after it was built");
        assertEquals(Map.of("A1|P", 1, "A2|P", 1, "A3|P", 1), cells(DayCuboid.build(AGENCY_GENDER, columns, DAY)), "built again");
    }

    @Test
    void shouldNotBeBuiltWhenItsCombinationsDoNotFitAnArray() {
        for (int unit = 0; unit < 1_000; unit++) {
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            values.put(Dimension.UNIT, "U" + unit);
            values.put(Dimension.AGENCY, "A" + unit);
            columns.add(0, Integer.MAX_VALUE, 19800101, values);
        }

        assertNull(DayCuboid.build(List.of(Dimension.AGENCY, Dimension.UNIT), columns, DAY), "1,001 x 1,001 cells");
    }
}
