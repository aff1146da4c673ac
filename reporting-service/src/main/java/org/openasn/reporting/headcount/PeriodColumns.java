package org.openasn.reporting.headcount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Employee periods column by column, for {@link CurrentPeriodIndex}. Each row has its validity (epoch days), its
 * birth date ({@code yyyymmdd}), its agency, unit and BUP year codes ({@link #ROW_DIMENSIONS}) and a <em>profile</em>:
 * the number of its combination of every other dimension (kind, golongan, ruang, jenis jabatan, eselon, jenjang, group,
 * education, gender, religion).
 * A million employees have a few thousand profiles, so counting by profile instead of by row is the short way for a
 * national question that involves neither agency nor unit. Values are dictionary-coded per dimension; {@link #NONE}
 * is a value not recorded. A row that is no longer current is made valid on no day. Not thread-safe: the index locks.
 */
final class PeriodColumns {

    static final int NONE = -1;
    /**
     * The dimensions kept row by row: too many values to combine into profiles (agency, unit), or a value that follows
     * the birth date (BUP year: profiles would multiply by the birth years).
     */
    static final Set<Dimension> ROW_DIMENSIONS = EnumSet.of(Dimension.AGENCY, Dimension.UNIT, Dimension.BUP_YEAR);
    /** The dimensions a profile combines. */
    static final List<Dimension> PROFILE_DIMENSIONS = Arrays.stream(Dimension.values())
            .filter(d -> !ROW_DIMENSIONS.contains(d) && d != Dimension.AGE_GROUP).toList();

    private final Map<Dimension, Map<String, Integer>> codes = new EnumMap<>(Dimension.class);
    private final Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);

    int size;
    int[] validFrom = new int[0];
    int[] validTo = new int[0];
    int[] birth = new int[0];
    int[] agency = new int[0];
    int[] unit = new int[0];
    int[] bupYear = new int[0];
    int[] profile = new int[0];

    int profiles;
    /** For each profile dimension (in {@link #PROFILE_DIMENSIONS} order), each profile's code. */
    final int[][] profileCodes = new int[PROFILE_DIMENSIONS.size()][16];
    private final Map<String, Integer> profileNumbers = new HashMap<>();

    private int[][] agencyRows = new int[0][];
    private int[] agencyRowCount = new int[0];

    PeriodColumns() {
        for (Dimension d : Dimension.values()) {
            codes.put(d, new HashMap<>());
            values.put(d, new ArrayList<>());
        }
    }

    /**
     * Appends a row valid from epoch day {@code from} to the day before {@code to} ({@link Integer#MAX_VALUE}: open),
     * of someone born on {@code birthYmd}; {@code values} by {@link Dimension} (age excluded), {@code null} when not recorded.
     */
    int add(int from, int to, int birthYmd, Map<Dimension, String> rowValues) {
        if (size == validFrom.length) {
            grow(Math.max(1024, size * 3 / 2));
        }
        int row = size++;
        validFrom[row] = from;
        validTo[row] = to;
        birth[row] = birthYmd;
        agency[row] = code(Dimension.AGENCY, rowValues.get(Dimension.AGENCY));
        unit[row] = code(Dimension.UNIT, rowValues.get(Dimension.UNIT));
        bupYear[row] = code(Dimension.BUP_YEAR, rowValues.get(Dimension.BUP_YEAR));
        profile[row] = profileOf(rowValues);
        addToAgency(agency[row], row);
        return row;
    }

    boolean validOn(int row, int day) {
        return validFrom[row] <= day && day < validTo[row];
    }

    /** The row is no longer current: valid on no day. */
    void retire(int row) {
        validFrom[row] = Integer.MAX_VALUE;
        validTo[row] = Integer.MIN_VALUE;
    }

    /** The code of a value, or {@code null} when no row has it. */
    Integer codeOf(Dimension dimension, String value) {
        return codes.get(dimension).get(value);
    }

    String valueOf(Dimension dimension, int code) {
        return code == NONE ? HeadcountQuery.UNKNOWN : values.get(dimension).get(code);
    }

    /** How many codes the dimension has (excluding {@link #NONE}). */
    int cardinality(Dimension dimension) {
        return values.get(dimension).size();
    }

    /** The agency's rows (the first {@link #agencyRowCount} of them), or {@code null}. */
    int[] agencyRows(int agencyCode) {
        return agencyCode < agencyRows.length ? agencyRows[agencyCode] : null;
    }

    int agencyRowCount(int agencyCode) {
        return agencyCode < agencyRowCount.length ? agencyRowCount[agencyCode] : 0;
    }

    /** The profile codes of a dimension, or {@code null} for a {@linkplain #ROW_DIMENSIONS row dimension}. */
    int[] profileColumn(Dimension dimension) {
        int p = PROFILE_DIMENSIONS.indexOf(dimension);
        return p < 0 ? null : profileCodes[p];
    }

    /** The row column of a {@linkplain #ROW_DIMENSIONS row dimension}. */
    int[] rowColumn(Dimension dimension) {
        return switch (dimension) {
            case AGENCY -> agency;
            case UNIT -> unit;
            case BUP_YEAR -> bupYear;
            default -> throw new IllegalArgumentException(dimension + " is a profile dimension");
        };
    }

    private int profileOf(Map<Dimension, String> rowValues) {
        char[] key = new char[PROFILE_DIMENSIONS.size()];
        int[] profileCode = new int[key.length];
        for (int p = 0; p < key.length; p++) {
            profileCode[p] = code(PROFILE_DIMENSIONS.get(p), rowValues.get(PROFILE_DIMENSIONS.get(p)));
            key[p] = (char) (profileCode[p] + 1);
        }
        return profileNumbers.computeIfAbsent(new String(key), k -> {
            if (profiles == profileCodes[0].length) {
                for (int p = 0; p < profileCodes.length; p++) {
                    profileCodes[p] = Arrays.copyOf(profileCodes[p], profiles * 2);
                }
            }
            for (int p = 0; p < profileCode.length; p++) {
                profileCodes[p][profiles] = profileCode[p];
            }
            return profiles++;
        });
    }

    private int code(Dimension dimension, String value) {
        if (value == null) {
            return NONE;
        }
        return codes.get(dimension).computeIfAbsent(value, v -> {
            List<String> known = values.get(dimension);
            if (known.size() == Character.MAX_VALUE - 1) {
                throw new IllegalStateException("more than " + known.size() + " values of " + dimension.parameter());
            }
            known.add(v);
            return known.size() - 1;
        });
    }

    private void addToAgency(int agencyCode, int row) {
        if (agencyCode >= agencyRows.length) {
            agencyRows = Arrays.copyOf(agencyRows, Math.max(agencyCode + 1, agencyRows.length * 2));
            agencyRowCount = Arrays.copyOf(agencyRowCount, agencyRows.length);
        }
        int[] rows = agencyRows[agencyCode] == null ? new int[16] : agencyRows[agencyCode];
        if (agencyRowCount[agencyCode] == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[agencyRowCount[agencyCode]++] = row;
        agencyRows[agencyCode] = rows;
    }

    private void grow(int capacity) {
        validFrom = Arrays.copyOf(validFrom, capacity);
        validTo = Arrays.copyOf(validTo, capacity);
        birth = Arrays.copyOf(birth, capacity);
        agency = Arrays.copyOf(agency, capacity);
        unit = Arrays.copyOf(unit, capacity);
        bupYear = Arrays.copyOf(bupYear, capacity);
        profile = Arrays.copyOf(profile, capacity);
    }
}
