package org.openasn.reporting.headcount.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallCellSuppressionTest {

    /** A rows x columns table as "row:column=count" cells; zero cells are left out, as the read model leaves them out. */
    private static SmallCellSuppression.Layout table(String... cells) {
        List<List<String>> keys = new ArrayList<>();
        long[] counts = new long[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String[] keyAndCount = cells[i].split("=");
            keys.add(List.of(keyAndCount[0].split(":")));
            counts[i] = Long.parseLong(keyAndCount[1]);
        }
        return SmallCellSuppression.layout(keys, counts, keys.isEmpty() ? 0 : keys.get(0).size());
    }

    private static Set<Integer> hiddenCells(SmallCellSuppression.Layout layout, SmallCellSuppression.Result result, int cells) {
        Set<Integer> hidden = new HashSet<>();
        for (int i = 0; i < cells; i++) {
            if (result.isHidden(i)) {
                hidden.add(i);
            }
        }
        return hidden;
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                // nothing small: nothing hidden
                Arguments.of(new String[]{"A:L=10", "A:P=12", "B:L=20", "B:P=30"}, Set.of(), 0),
                // the single small cell of a row: its row, its column and the opposite corner are hidden with it
                Arguments.of(new String[]{"A:L=3", "A:P=10", "B:L=20", "B:P=30"}, Set.of(0, 1, 2, 3), 0),
                // two small cells in opposite corners: the greedy choice (cheapest complement first) ends up hiding all six;
                // hiding A:P and C:L would have been enough. Over-suppression costs detail, never confidentiality.
                Arguments.of(new String[]{"A:L=3", "A:P=10", "B:L=20", "B:P=30", "C:L=40", "C:P=2"}, Set.of(0, 1, 2, 3, 4, 5), 0),
                // a wider table: the cheapest complements are chosen (the 6 and the 7, then the 8 that closes the cycle)
                Arguments.of(new String[]{"A:x=2", "A:y=6", "A:z=50", "B:x=7", "B:y=8", "B:z=60"}, Set.of(0, 1, 3, 4), 0),
                // a small total: the row B total is 4, so B's cells (both small) and another row's are hidden
                Arguments.of(new String[]{"A:L=10", "A:P=12", "B:L=1", "B:P=3", "C:L=15", "C:P=20"}, Set.of(0, 1, 2, 3), 1),
                // one dimension: a small value is hidden with the next smallest, so the grand total does not reveal it
                Arguments.of(new String[]{"I=2", "II=9", "III=40", "IV=12"}, Set.of(0, 1), 0));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void shouldHideSmallCellsAndEnoughOthersThatNoneCanBeRecovered(String[] cells, Set<Integer> expectedHiddenCells, int hiddenTotalsBeyondCells) {
        SmallCellSuppression.Layout layout = table(cells);
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(layout.entries(), layout.relations(), 5);

        assertEquals(expectedHiddenCells, hiddenCells(layout, result, cells.length));
        boolean[] determined = SmallCellSuppression.determined(layout.entries().size(), layout.relations(), result.hidden());
        for (int i = 0; i < determined.length; i++) {
            assertFalse(determined[i], "entry " + i + " can be recovered");
        }
        for (int i = 0; i < layout.entries().size(); i++) {
            long count = layout.entries().get(i).count();
            if (count > 0 && count < 5) {
                assertTrue(result.isHidden(i), "small entry " + i + " is hidden");
            }
        }
        if (hiddenTotalsBeyondCells == 0) {
            assertFalse(result.isHidden(layout.grandTotal()), "the grand total stays published");
        }
    }

    @Test
    void shouldHideASmallGrandTotalOfATableWithoutDimensions() {
        SmallCellSuppression.Layout layout = SmallCellSuppression.layout(List.of(List.of()), new long[]{3}, 0);
        assertEquals(1, layout.entries().size(), "the grand total is the one cell");
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(layout.entries(), layout.relations(), 5);
        assertTrue(result.isHidden(layout.grandTotal()));
        assertEquals(1, result.primary());
        assertEquals(0, result.complementary());
    }

    @Test
    void shouldFindARecoverableCellWhenItIsTheOnlyHiddenOneInItsRow() {
        SmallCellSuppression.Layout layout = table("A:L=3", "A:P=10", "B:L=20", "B:P=30");
        boolean[] hidden = new boolean[layout.entries().size()];
        hidden[0] = true;
        assertTrue(SmallCellSuppression.determined(hidden.length, layout.relations(), hidden)[0], "3 = row total 13 - 10");
        hidden[1] = true;
        boolean[] stillByColumn = SmallCellSuppression.determined(hidden.length, layout.relations(), hidden);
        assertTrue(stillByColumn[0] && stillByColumn[1], "the column totals still give both");
    }

    /**
     * Random two-dimensional tables, checked by an independent criterion: in a table published with its row, column and
     * grand totals, a hidden entry can be worked out exactly if and only if it is a bridge in the bipartite graph whose
     * vertices are the rows and columns (plus one for the totals) and whose edges are the hidden entries.
     */
    @Test
    void shouldLeaveNoBridgeInRandomTwoDimensionalTables() {
        long seed = System.nanoTime();
        System.out.println("SmallCellSuppressionTest seed " + seed);
        Random random = new Random(seed);
        for (int run = 0; run < 300; run++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(5);
            List<String> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int count = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
                    if (count > 0) {
                        cells.add("r" + r + ":c" + c + "=" + count);
                    }
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            SmallCellSuppression.Layout layout = table(cells.toArray(String[]::new));
            SmallCellSuppression.Result result = SmallCellSuppression.suppress(layout.entries(), layout.relations(), 5);
            List<int[]> edges = edges(layout, cells);
            for (int e = 0; e < edges.size(); e++) {
                int entry = edges.get(e)[2];
                if (result.isHidden(entry) && isBridge(edges, result, e)) {
                    throw new AssertionError("seed " + seed + " run " + run + ": entry " + entry + " can be recovered in " + cells);
                }
                long count = layout.entries().get(entry).count();
                assertTrue(count >= 5 || result.isHidden(entry), "seed " + seed + ": small entry " + entry + " published");
            }
        }
    }

    /**
     * The table with its margins as a bipartite graph: rows 0..R-1 and a totals row R on one side, columns R+1..R+C and
     * a totals column R+C+1 on the other. A cell joins its row and column, a row total its row and the totals column, a
     * column total the totals row and its column, the grand total the two totals. Each edge is {from, to, entry}: the
     * layout entry whose hidden flag it carries (a total over one cell is that cell's entry).
     */
    private static List<int[]> edges(SmallCellSuppression.Layout layout, List<String> cells) {
        List<String> rowValues = layout.values().get(0);
        List<String> columnValues = layout.values().get(1);
        int rows = rowValues.size();
        int totalsRow = rows;
        int totalsColumn = rows + columnValues.size() + 1;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String[] key = cells.get(i).split("=")[0].split(":");
            edges.add(new int[]{rowValues.indexOf(key[0]), rows + 1 + columnValues.indexOf(key[1]), i});
        }
        for (int r = 0; r < rows; r++) {
            edges.add(new int[]{r, totalsColumn, layout.totalIndex().get(0)[r]});
        }
        for (int c = 0; c < columnValues.size(); c++) {
            edges.add(new int[]{totalsRow, rows + 1 + c, layout.totalIndex().get(1)[c]});
        }
        edges.add(new int[]{totalsRow, totalsColumn, layout.grandTotal()});
        return edges;
    }

    private static boolean isBridge(List<int[]> edges, SmallCellSuppression.Result result, int removed) {
        int[] edge = edges.get(removed);
        Set<Integer> reached = new HashSet<>(List.of(edge[0]));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int e = 0; e < edges.size(); e++) {
                int[] other = edges.get(e);
                if (e == removed || !result.isHidden(other[2])) {
                    continue;
                }
                if (reached.contains(other[0]) != reached.contains(other[1])) {
                    reached.add(other[0]);
                    reached.add(other[1]);
                    grown = true;
                }
            }
        }
        return !reached.contains(edge[1]);
    }
}
