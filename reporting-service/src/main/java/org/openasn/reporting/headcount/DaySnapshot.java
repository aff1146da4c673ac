package org.openasn.reporting.headcount;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many current periods of each profile (see {@link PeriodColumns}) cover one day: in all, by age in full years on
 * that day (0 to {@link AgeBands#MAX_AGE}), and by BUP year. A national headcount of that day that involves neither
 * agency nor unit, nor both age and BUP year, adds these up (in any {@link AgeBands}) instead of reading every row; one
 * over agency or unit without age adds up a {@link DayCuboid} of the day. Built with one pass over the rows, then kept up
 * to date row by row as the index follows the table.
 */
final class DaySnapshot {

    static final int AGES = AgeBands.MAX_AGE + 1;
    /** Cuboids kept per day: the sets of dimensions asked about most recently. */
    private static final int CUBOIDS = 8;

    final int day;
    final int ymd;
    int[] perProfile;
    int[] perProfileAndAge;
    /** By profile, then BUP year code + 1 (0: none), {@link #bupYears} entries per profile. */
    int[] perProfileAndBupYear;
    int bupYears;
    /** The cuboids of the questions asked about the day that the counts per profile cannot answer, the most recently used last. */
    private final LinkedHashMap<List<Dimension>, DayCuboid> cuboids = new LinkedHashMap<>(CUBOIDS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Dimension>, DayCuboid> eldest) {
            return size() > CUBOIDS;
        }
    };

    DaySnapshot(int day, PeriodColumns columns) {
        this.day = day;
        this.ymd = AgeBands.ymd(java.time.LocalDate.ofEpochDay(day));
        perProfile = new int[Math.max(16, columns.profiles)];
        perProfileAndAge = new int[perProfile.length * AGES];
        bupYears = columns.cardinality(Dimension.BUP_YEAR) + 1;
        perProfileAndBupYear = new int[perProfile.length * bupYears];
        for (int row = 0; row < columns.size; row++) {
            if (columns.validOn(row, day)) {
                int profile = columns.profile[row];
                perProfile[profile]++;
                perProfileAndAge[profile * AGES + age(columns.birth[row])]++;
                perProfileAndBupYear[profile * bupYears + columns.bupYear[row] + 1]++;
            }
        }
    }

    /** A row became current ({@code +1}) or stopped being current ({@code -1}). */
    void change(PeriodColumns columns, int row, int delta) {
        if (!columns.validOn(row, day)) {
            return;
        }
        int profile = columns.profile[row];
        int bupYear = columns.bupYear[row] + 1;
        if (bupYear >= bupYears) {
            widenBupYears(Math.max(bupYear + 1, bupYears * 2));
        }
        if (profile >= perProfile.length) {
            perProfile = Arrays.copyOf(perProfile, Math.max(profile + 1, perProfile.length * 2));
            perProfileAndAge = Arrays.copyOf(perProfileAndAge, perProfile.length * AGES);
            perProfileAndBupYear = Arrays.copyOf(perProfileAndBupYear, perProfile.length * bupYears);
        }
        perProfile[profile] += delta;
        perProfileAndAge[profile * AGES + age(columns.birth[row])] += delta;
        perProfileAndBupYear[profile * bupYears + bupYear] += delta;
        synchronized (cuboids) {
            cuboids.values().removeIf(cuboid -> !cuboid.change(columns, row, delta));
        }
    }

    /**
     * The day's cuboid over {@code dimensions} (in {@link Dimension} order, no age group), built on first use; {@code null}
     * when too large. Readers share the index's read lock, so that the rows do not change meanwhile.
     */
    DayCuboid cuboid(List<Dimension> dimensions, PeriodColumns columns) {
        synchronized (cuboids) {
            DayCuboid cuboid = cuboids.get(dimensions);
            if (cuboid == null) {
                cuboid = DayCuboid.build(dimensions, columns, day);
                if (cuboid != null) {
                    cuboids.put(dimensions, cuboid);
                }
            }
            return cuboid;
        }
    }

    /** Room for more BUP years (a year no row had when the snapshot was built). */
    private void widenBupYears(int years) {
        int[] wider = new int[perProfile.length * years];
        for (int p = 0; p < perProfile.length; p++) {
            System.arraycopy(perProfileAndBupYear, p * bupYears, wider, p * years, bupYears);
        }
        perProfileAndBupYear = wider;
        bupYears = years;
    }

    private int age(int birthYmd) {
        return Math.max(0, Math.min(AgeBands.age(ymd, birthYmd), AgeBands.MAX_AGE));
    }
}
