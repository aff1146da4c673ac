package org.openasn.reporting.headcount;

import java.util.List;

/**
 * How many current periods of each combination of a few dimensions cover one day, among them dimensions kept row by
 * row (agency, unit, BUP year): what a national question over agency and gender, say, counts, whatever its filters'
 * values. It is built by one pass over the rows the first time such a question is asked about the day, then kept up to
 * date row by row with its {@link DaySnapshot}, so that the next questions over the same dimensions add up a few
 * thousand numbers instead of reading every row. Only when the combinations fit in an array of {@link #MAX_CELLS};
 * a value first seen after it was built makes it incomplete, and it is dropped (and built again when asked).
 */
final class DayCuboid {

    static final int MAX_CELLS = 1 << 18;

    /** In {@link Dimension} order: a set of dimensions has one cuboid whatever the order of the question's parameters. */
    final List<Dimension> dimensions;
    /** Per dimension, its codes shifted by one (0 is {@link PeriodColumns#NONE}): cardinality + 1. */
    private final int[] widths;
    final int[] counts;

    private DayCuboid(List<Dimension> dimensions, int[] widths, int cells) {
        this.dimensions = dimensions;
        this.widths = widths;
        this.counts = new int[cells];
    }

    /** The day's cuboid over {@code dimensions} (none of them the age group), or {@code null} when it would be too large. */
    static DayCuboid build(List<Dimension> dimensions, PeriodColumns columns, int day) {
        int[] widths = new int[dimensions.size()];
        long cells = 1;
        for (int d = 0; d < widths.length; d++) {
            widths[d] = columns.cardinality(dimensions.get(d)) + 1;
            cells *= widths[d];
            if (cells > MAX_CELLS) {
                return null;
            }
        }
        DayCuboid cuboid = new DayCuboid(dimensions, widths, (int) cells);
        for (int row = 0; row < columns.size; row++) {
            if (columns.validOn(row, day)) {
                cuboid.counts[cuboid.cell(columns, row)]++;
            }
        }
        return cuboid;
    }

    /** A current row of the day came ({@code +1}) or went ({@code -1}); {@code false} when it has a value this cuboid has no room for. */
    boolean change(PeriodColumns columns, int row, int delta) {
        int cell = cell(columns, row);
        if (cell < 0) {
            return false;
        }
        counts[cell] += delta;
        return true;
    }

    /** The row's cell, or -1 when one of its codes is newer than the cuboid. */
    private int cell(PeriodColumns columns, int row) {
        int cell = 0;
        for (int d = 0; d < widths.length; d++) {
            Dimension dimension = dimensions.get(d);
            int[] profileColumn = columns.profileColumn(dimension);
            int shifted = (profileColumn == null ? columns.rowColumn(dimension)[row] : profileColumn[columns.profile[row]]) + 1;
            if (shifted >= widths[d]) {
                return -1;
            }
            cell = cell * widths[d] + shifted;
        }
        return cell;
    }

    /** Each dimension's code shifted by one (0 is not recorded) of a cell, into {@code shifted}. */
    void decode(int cell, int[] shifted) {
        for (int d = widths.length - 1; d >= 0; d--) {
            shifted[d] = cell % widths[d];
            cell /= widths[d];
        }
    }
}
