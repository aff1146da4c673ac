package org.openasn.reporting.headcount.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of a table of counts published with its totals (statistical disclosure control).
 * <p>
 * Primary suppression hides every count {@code n} with {@code 0 < n < k} (cells and totals alike). Complementary
 * suppression then hides further counts until no hidden count can be worked out exactly from the published ones: the
 * table's additive relations (each total is the sum of its cells) are linear equations, and a hidden count is
 * recoverable exactly when its unit vector lies in the row space of those equations restricted to the hidden
 * entries. While one is, the cheapest published entry sharing an equation with it is hidden too (cells before
 * totals, smaller counts first). Hiding everything always ends the loop: the true table then solves the homogeneous
 * equations, so no non-zero entry is determined. Zero cells are not entries: they are known to be empty.
 */
public final class SmallCellSuppression {

    private static final double EPSILON = 1e-9;

    private SmallCellSuppression() {
    }

    /** One published count; {@code total} marks a margin (hidden only when nothing cheaper will do). */
    public record Entry(long count, boolean total) {
    }

    /** An additive relation: the entries in {@code plus} sum to the entries in {@code minus}. */
    public record Relation(int[] plus, int[] minus) {
        boolean involves(int entry) {
            return IntStream.of(plus).anyMatch(i -> i == entry) || IntStream.of(minus).anyMatch(i -> i == entry);
        }

        IntStream entries() {
            return IntStream.concat(IntStream.of(plus), IntStream.of(minus));
        }
    }

    /**
     * @param hidden        which entries are suppressed
     * @param primary       how many because they are below k
     * @param complementary how many to protect the others
     */
    public record Result(boolean[] hidden, int primary, int complementary) {
        public boolean isHidden(int entry) {
            return hidden[entry];
        }
    }

    public static Result suppress(List<Entry> entries, List<Relation> relations, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        int n = entries.size();
        boolean[] hidden = new boolean[n];
        int primary = 0;
        for (int i = 0; i < n; i++) {
            long count = entries.get(i).count();
            if (count > 0 && count < k) {
                hidden[i] = true;
                primary++;
            }
        }
        int complementary = 0;
        while (true) {
            boolean[] determined = determined(n, relations, hidden);
            List<Integer> exposed = IntStream.range(0, n).filter(i -> determined[i]).boxed().toList();
            if (exposed.isEmpty()) {
                return new Result(hidden, primary, complementary);
            }
            List<Relation> touched = new ArrayList<>();
            for (int entry : exposed) {
                if (touched.stream().anyMatch(r -> r.involves(entry))) {
                    continue; // a complement hidden in this round may already protect it
                }
                List<Relation> own = relations.stream().filter(r -> r.involves(entry)).toList();
                // cells before totals; then one that closes a cycle (shares another relation with a hidden entry); then smaller
                Comparator<Integer> cheapestFirst = Comparator.<Integer, Boolean>comparing(i -> entries.get(i).total())
                        .thenComparing(i -> !relations.stream().anyMatch(r -> !own.contains(r) && r.involves(i)
                                && r.entries().anyMatch(j -> j != i && hidden[j])))
                        .thenComparingLong(i -> entries.get(i).count()).thenComparingInt(i -> i);
                Integer complement = own.stream().flatMap(r -> r.entries().boxed())
                        .filter(i -> !hidden[i] && entries.get(i).count() > 0).min(cheapestFirst)
                        .orElseGet(() -> IntStream.range(0, n).boxed().filter(i -> !hidden[i] && entries.get(i).count() > 0)
                                .min(cheapestFirst).orElse(null));
                if (complement == null) {
                    return new Result(hidden, primary, complementary); // everything non-zero is hidden already
                }
                hidden[complement] = true;
                complementary++;
                relations.stream().filter(r -> r.involves(complement)).forEach(touched::add);
                touched.addAll(own);
            }
        }
    }

    /**
     * Which hidden entries the published ones determine exactly: reduces the relations, restricted to the hidden
     * entries, to row echelon form; a hidden entry is determined when some reduced row involves it alone.
     */
    public static boolean[] determined(int n, List<Relation> relations, boolean[] hidden) {
        int[] column = new int[n];
        int[] entryOf = new int[n];
        int columns = 0;
        for (int i = 0; i < n; i++) {
            column[i] = hidden[i] ? columns : -1;
            if (hidden[i]) {
                entryOf[columns++] = i;
            }
        }
        double[][] m = new double[relations.size()][columns];
        for (int r = 0; r < relations.size(); r++) {
            for (int i : relations.get(r).plus()) {
                if (column[i] >= 0) {
                    m[r][column[i]] += 1;
                }
            }
            for (int i : relations.get(r).minus()) {
                if (column[i] >= 0) {
                    m[r][column[i]] -= 1;
                }
            }
        }
        int rank = 0;
        int[] pivotOfRow = new int[m.length];
        for (int c = 0; c < columns && rank < m.length; c++) {
            int best = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][c]) < EPSILON) {
                continue;
            }
            double[] swap = m[best];
            m[best] = m[rank];
            m[rank] = swap;
            double pivot = m[rank][c];
            for (int j = c; j < columns; j++) {
                m[rank][j] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > EPSILON) {
                    double factor = m[r][c];
                    for (int j = c; j < columns; j++) {
                        m[r][j] -= factor * m[rank][j];
                    }
                }
            }
            pivotOfRow[rank++] = c;
        }
        boolean[] determined = new boolean[n];
        for (int r = 0; r < rank; r++) {
            int pivot = pivotOfRow[r];
            double[] row = m[r];
            boolean alone = IntStream.range(0, columns).allMatch(j -> j == pivot || Math.abs(row[j]) < EPSILON);
            if (alone) {
                determined[entryOf[pivot]] = true;
            }
        }
        return determined;
    }

    /**
     * The entries and relations of a table grouped by {@code dimensions} dimensions and published with the total of
     * every value of every dimension and a grand total. Entries are laid out as: the cells (in the given order), then
     * each dimension's totals (values in first-seen order), then the grand total. A total over a single cell is that
     * cell's entry (it is the same number, hidden or published with it), so with one dimension the totals are the
     * cells, and with no dimension the grand total is the one cell.
     */
    public static Layout layout(List<List<String>> cellKeys, long[] cellCounts, int dimensions) {
        List<Entry> entries = new ArrayList<>();
        for (long count : cellCounts) {
            entries.add(new Entry(count, false));
        }
        List<Relation> relations = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        List<int[]> totalIndex = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            int dimension = d;
            List<String> seen = new ArrayList<>();
            cellKeys.forEach(key -> {
                if (!seen.contains(key.get(dimension))) {
                    seen.add(key.get(dimension));
                }
            });
            values.add(seen);
            int[] index = new int[seen.size()];
            for (int v = 0; v < seen.size(); v++) {
                String value = seen.get(v);
                int[] cells = IntStream.range(0, cellKeys.size()).filter(c -> cellKeys.get(c).get(dimension).equals(value)).toArray();
                if (cells.length == 1) {
                    index[v] = cells[0];
                } else {
                    index[v] = entries.size();
                    entries.add(new Entry(Arrays.stream(cells).mapToLong(c -> cellCounts[c]).sum(), true));
                    relations.add(new Relation(cells, new int[]{index[v]}));
                }
            }
            totalIndex.add(index);
        }
        if (cellCounts.length == 1) {
            return new Layout(entries, relations, values, totalIndex, 0);
        }
        int grand = entries.size();
        entries.add(new Entry(Arrays.stream(cellCounts).sum(), true));
        relations.add(new Relation(IntStream.range(0, cellCounts.length).toArray(), new int[]{grand}));
        for (int[] index : totalIndex) {
            if (index.length > 1 && IntStream.of(index).anyMatch(i -> i >= cellCounts.length)) {
                relations.add(new Relation(index, new int[]{grand}));
            }
        }
        return new Layout(entries, relations, values, totalIndex, grand);
    }

    /**
     * @param values     each dimension's values, in the order of their total entries
     * @param totalIndex for each dimension and value, the index of its total entry
     */
    public record Layout(List<Entry> entries, List<Relation> relations, List<List<String>> values, List<int[]> totalIndex,
                         int grandTotal) {
    }
}
