package org.openasn.reporting.headcount;

import java.util.Arrays;

/**
 * How many current periods of each profile (see {@link PeriodColumns}) cover one day: in all, by age in full years on
 * that day (0 to {@link AgeBands#MAX_AGE}), and by BUP year. A national headcount of that day that involves neither
 * agency nor unit, nor both age and BUP year, adds these up (in any {@link AgeBands}) instead of reading every row.
 * Built with one pass over the rows, then kept up to date row by row as the index follows the table.
 */
final class DaySnapshot {

    static final int AGES = AgeBands.MAX_AGE + 1;

    final int day;
    final int ymd;
    int[] perProfile;
    int[] perProfileAndAge;
    /** By profile, then BUP year code + 1 (0: none), {@link #bupYears} entries per profile. */
    int[] perProfileAndBupYear;
    int bupYears;

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
