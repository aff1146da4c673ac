package org.openasn.reporting.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a table adds up: each row's cells (but memo columns) to its total, each section's rows to its column totals and total,
 * the sections to the table's column totals, those to the grand total; the grand total to the population's
 * headcount (when the table splits the whole population); and for movements, opening - reductions + additions =
 * closing, with the reductions and additions equal to their sections' totals.
 */
public final class Reconciliation {

    /** The section of a movements table that holds the reductions. */
    public static final String REDUCTIONS = "PENGURANGAN";
    /** The section of a movements table that holds the additions. */
    public static final String ADDITIONS = "PENAMBAHAN";

    private Reconciliation() {
    }

    /** @return what does not add up, in words; empty when everything does */
    public static List<String> check(ProfileTable table) {
        List<String> problems = new ArrayList<>();
        int columns = table.columns().size();
        long[] tableColumns = new long[columns];
        long grand = 0;
        for (ProfileTable.Section section : table.sections()) {
            long[] sectionColumns = new long[columns];
            long sectionTotal = 0;
            for (ProfileTable.Row row : section.rows()) {
                long sum = 0;
                for (int c = 0; c < Math.min(columns, row.cells().size()); c++) {
                    sum += table.columns().get(c).memo() ? 0 : row.cells().get(c);
                }
                if (row.cells().size() != columns || sum != row.total()) {
                    problems.add("row '" + row.label() + "': cells add up to " + sum + ", total says " + row.total());
                }
                for (int c = 0; c < Math.min(columns, row.cells().size()); c++) {
                    sectionColumns[c] += row.cells().get(c);
                }
                sectionTotal += row.total();
            }
            for (int c = 0; c < columns; c++) {
                if (sectionColumns[c] != section.columnTotals().get(c)) {
                    problems.add("section '" + section.label() + "', column '" + table.columns().get(c).label() + "': rows add up to "
                            + sectionColumns[c] + ", total says " + section.columnTotals().get(c));
                }
                tableColumns[c] += section.columnTotals().get(c);
            }
            if (sectionTotal != section.total()) {
                problems.add("section '" + section.label() + "': rows add up to " + sectionTotal + ", total says " + section.total());
            }
            grand += section.total();
        }
        long columnSum = 0;
        for (int c = 0; c < columns; c++) {
            if (tableColumns[c] != table.columnTotals().get(c)) {
                problems.add("column '" + table.columns().get(c).label() + "': sections add up to " + tableColumns[c] + ", total says "
                        + table.columnTotals().get(c));
            }
            columnSum += table.columns().get(c).memo() ? 0 : table.columnTotals().get(c);
        }
        if (grand != table.grandTotal() || columnSum != table.grandTotal()) {
            problems.add("grand total " + table.grandTotal() + ": sections add up to " + grand + ", columns (but memo ones) to " + columnSum);
        }
        if (table.populationTotal() != null && table.populationTotal() != table.grandTotal()) {
            problems.add("grand total " + table.grandTotal() + " differs from the headcount " + table.populationTotal());
        }
        if (table.balance() != null) {
            ProfileTable.Balance b = table.balance();
            if (b.opening() - b.reductions() + b.additions() != b.closing()) {
                problems.add(b.openingLabel() + " " + b.opening() + " - " + b.reductions() + " + " + b.additions() + " is not "
                        + b.closingLabel() + " " + b.closing());
            }
            if (sectionTotal(table, REDUCTIONS) != b.reductions() || sectionTotal(table, ADDITIONS) != b.additions()) {
                problems.add("the reductions and additions by reason do not add up to " + b.reductions() + " and " + b.additions());
            }
        }
        return problems;
    }

    private static long sectionTotal(ProfileTable table, String label) {
        return table.sections().stream().filter(s -> label.equals(s.label())).mapToLong(ProfileTable.Section::total).sum();
    }
}
