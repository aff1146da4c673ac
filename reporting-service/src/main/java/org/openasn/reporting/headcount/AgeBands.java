package org.openasn.reporting.headcount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The age groups of {@link Dimension#AGE_GROUP}: consecutive bands of full years on the date asked about, given by the
 * last age of each band but the last. The first band takes every younger age and the last every older one, so nobody
 * falls outside every band. Seed 000's bands ({@link #SEED_000}) are the default and the published profile's; a
 * headcount may ask for others ({@code ageBands=25,35,45,55}: up to 25, 26-35, 36-45, 46-55, over 55).
 */
public final class AgeBands {

    /** Seed 000 Table 3.10: &lt;21, 21-25, 26-30, 31-35, 36-40, 41-45, 46-50, 51-55, 56-58, 59-60, &gt;60. */
    public static final AgeBands SEED_000 = of(List.of(20, 25, 30, 35, 40, 45, 50, 55, 58, 60));
    /** Ages from 0 to this are told apart; older ones are in the last band whatever the bounds (they are at most 99). */
    static final int MAX_AGE = 100;
    private static final int MAX_BANDS = 30;

    private final int[] lastAges;
    private final List<String> labels;
    private final int[] bandOfAge = new int[MAX_AGE + 1];

    private AgeBands(int[] lastAges) {
        this.lastAges = lastAges;
        List<String> names = new ArrayList<>();
        names.add("<" + (lastAges[0] + 1));
        for (int b = 1; b < lastAges.length; b++) {
            int first = lastAges[b - 1] + 1;
            names.add(first == lastAges[b] ? Integer.toString(first) : first + "-" + lastAges[b]);
        }
        names.add(">" + lastAges[lastAges.length - 1]);
        labels = List.copyOf(names);
        int band = 0;
        for (int age = 0; age <= MAX_AGE; age++) {
            while (band < lastAges.length && age > lastAges[band]) {
                band++;
            }
            bandOfAge[age] = band;
        }
    }

    /**
     * The bands ending at these ages (then one band for every older age).
     *
     * @throws IllegalArgumentException when they are not 1 to 30 ascending ages from 1 to 99, with the reason
     */
    public static AgeBands of(List<Integer> lastAges) {
        if (lastAges.isEmpty() || lastAges.size() > MAX_BANDS) {
            throw new IllegalArgumentException("give 1 to " + MAX_BANDS + " ages, the last age of each band but the last");
        }
        int[] ages = new int[lastAges.size()];
        for (int i = 0; i < ages.length; i++) {
            Integer age = lastAges.get(i);
            if (age == null || age < 1 || age > 99) {
                throw new IllegalArgumentException("each age must be from 1 to 99, was " + age);
            }
            if (i > 0 && age <= ages[i - 1]) {
                throw new IllegalArgumentException("the ages must rise: " + age + " follows " + ages[i - 1]);
            }
            ages[i] = age;
        }
        return new AgeBands(ages);
    }

    /** Bands from text such as {@code 20,25,30}; see {@link #of}. */
    public static AgeBands parse(String text) {
        List<Integer> ages = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                ages.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an age: give ages separated by commas, such as 20,25,30");
            }
        }
        return of(ages);
    }

    /** The bands' names, youngest first, such as {@code <21}, {@code 21-25}, {@code >60}. */
    public List<String> labels() {
        return labels;
    }

    /** The band named {@code label} (0 the youngest), or -1 when none is. */
    int bandNamed(String label) {
        return labels.indexOf(label);
    }

    int count() {
        return labels.size();
    }

    /** The band of someone of {@code age} full years. */
    int bandOfAge(int age) {
        return bandOfAge[Math.max(0, Math.min(age, MAX_AGE))];
    }

    /** The band of someone born on {@code birthYmd} on {@code asOfYmd}. */
    int band(int asOfYmd, int birthYmd) {
        return bandOfAge(age(asOfYmd, birthYmd));
    }

    /** Full years between two {@code yyyymmdd} dates: their difference / 10000. */
    static int age(int asOfYmd, int birthYmd) {
        return (asOfYmd - birthYmd) / 10000;
    }

    static int ymd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The band's name for the SQL expression {@code age} (full years). */
    String sql(String age) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int b = 0; b < lastAges.length; b++) {
            sql.append(" WHEN ").append(age).append(" <= ").append(lastAges[b]).append(" THEN '").append(labels.get(b)).append('\'');
        }
        return sql.append(" ELSE '").append(labels.get(lastAges.length)).append("' END").toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgeBands bands && Arrays.equals(lastAges, bands.lastAges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lastAges);
    }

    @Override
    public String toString() {
        return Arrays.stream(lastAges).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }
}
