package org.openasn.reporting.headcount;

import java.time.LocalDate;
import java.util.List;

/** Seed 000's age bands of {@link Dimension#AGE_GROUP}, for the in-memory index: full years on the date asked about. */
final class AgeBands {

    static final List<String> LABELS = List.of("<21", "21-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-58", "59-60", ">60");
    static final int COUNT = LABELS.size();
    private static final int[] UPPER = {20, 25, 30, 35, 40, 45, 50, 55, 58, 60, Integer.MAX_VALUE};

    private AgeBands() {
    }

    /** The band of someone born on {@code birthYmd} on {@code asOfYmd} (both {@code yyyymmdd}: their difference / 10000 is the age). */
    static int band(int asOfYmd, int birthYmd) {
        int age = (asOfYmd - birthYmd) / 10000;
        int band = 0;
        while (age > UPPER[band]) {
            band++;
        }
        return band;
    }

    static int ymd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
