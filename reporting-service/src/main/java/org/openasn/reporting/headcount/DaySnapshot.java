package org.openasn.reporting.headcount;

import java.util.Arrays;

/**
 * How many current periods of each profile (see {@link PeriodColumns}) cover one day, in all and by age band on that
 * day: a national headcount of that day that involves neither agency nor unit adds these up instead of reading every
 * row. Built with one pass over the rows, then kept up to date row by row as the index follows the table.
 */
final class DaySnapshot {

    final int day;
    final int ymd;
    int[] perProfile;
    int[] perProfileAndBand;

    DaySnapshot(int day, PeriodColumns columns) {
        this.day = day;
        this.ymd = AgeBands.ymd(java.time.LocalDate.ofEpochDay(day));
        perProfile = new int[Math.max(16, columns.profiles)];
        perProfileAndBand = new int[perProfile.length * AgeBands.COUNT];
        for (int row = 0; row < columns.size; row++) {
            if (columns.validOn(row, day)) {
                int profile = columns.profile[row];
                perProfile[profile]++;
                perProfileAndBand[profile * AgeBands.COUNT + AgeBands.band(ymd, columns.birth[row])]++;
            }
        }
    }

    /** A row became current ({@code +1}) or stopped being current ({@code -1}). */
    void change(PeriodColumns columns, int row, int delta) {
        if (!columns.validOn(row, day)) {
            return;
        }
        int profile = columns.profile[row];
        if (profile >= perProfile.length) {
            perProfile = Arrays.copyOf(perProfile, Math.max(profile + 1, perProfile.length * 2));
            perProfileAndBand = Arrays.copyOf(perProfileAndBand, perProfile.length * AgeBands.COUNT);
        }
        perProfile[profile] += delta;
        perProfileAndBand[profile * AgeBands.COUNT + AgeBands.band(ymd, columns.birth[row])] += delta;
    }
}
