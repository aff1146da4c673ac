package org.openasn.reporting.profile;

import java.time.YearMonth;
import java.util.List;

/** Indonesian month names, as the profile prints them (JANUARI ... DESEMBER). */
public final class Bulan {

    private static final List<String> NAMES = List.of("JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS",
            "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER");

    private Bulan() {
    }

    /** @param month 1-12; @return e.g. DESEMBER */
    public static String upper(int month) {
        return NAMES.get(month - 1);
    }

    /** @return e.g. Desember */
    public static String title(int month) {
        String upper = upper(month);
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Replaces {bulan}, {BULAN} and {tahun} in a title. */
    public static String fill(String template, YearMonth month) {
        return template.replace("{bulan}", title(month.getMonthValue())).replace("{BULAN}", upper(month.getMonthValue()))
                .replace("{tahun}", Integer.toString(month.getYear()));
    }
}
