package org.openasn.reporting.profile;

/**
 * One row, column or section of a profile table.
 *
 * @param key      what counts are classified under (e.g. {@code III/a}, {@code GURU})
 * @param group    a header spanning several columns (e.g. {@code CPNS} over {@code L} and {@code P}), or {@code null}
 * @param label    the label as the agency prints it (e.g. {@code GOLONGAN III/a}, {@code JAB.F.GURU})
 * @param optional printed only when something is counted in it (e.g. eselon I.a in a city, religion Konghucu)
 * @param memo     a column printed beside the counts but not added into the row total (seed 002's DISIAPKAN, posts
 *                 being prepared, beside the officials in post)
 */
public record Bin(String key, String group, String label, boolean optional, boolean memo) {

    public Bin(String key, String group, String label, boolean optional) {
        this(key, group, label, optional, false);
    }

    public static Bin of(String key, String label) {
        return new Bin(key, null, label, false);
    }

    public static Bin optional(String key, String label) {
        return new Bin(key, null, label, true);
    }

    public static Bin grouped(String key, String group, String label) {
        return new Bin(key, group, label, false);
    }

    /** A memo column: shown, totalled down, never added across into the row total. */
    public static Bin memo(String key, String label) {
        return new Bin(key, null, label, false, true);
    }
}
