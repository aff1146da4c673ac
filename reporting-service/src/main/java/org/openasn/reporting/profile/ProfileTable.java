package org.openasn.reporting.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One profile table for one agency and month, with every total: each row's total (of its columns but the memo ones),
 * each section's column totals
 * and total, the table's column totals and grand total. Sections group rows under a heading (Table 3.1's
 * PENGURANGAN and PENAMBAHAN); a table without headings has one section whose label is {@code null}.
 *
 * @param asOf            the day counted: the month's last day
 * @param knownAt         the moment whose knowledge the table reproduces, {@code null} for the latest
 * @param rowHeader       the heading of the label column (e.g. {@code GOLONGAN}, {@code JENJANG USIA})
 * @param totalLabel      the label of the totals row (e.g. {@code JUMLAH})
 * @param balance         for the tables of additions and reductions: the counts at the month's start and end
 * @param populationTotal for tables that split the whole population: its headcount, counted apart, which the grand
 *                        total must equal; {@code null} for other tables
 * @param reconciles      whether every total adds up (the {@code discrepancies} list what does not)
 */
public record ProfileTable(String number, String title, String source, String population, String instansi, YearMonth month,
                           LocalDate asOf, Instant knownAt, String rowHeader, List<Column> columns, List<Section> sections,
                           List<Long> columnTotals, String totalLabel, long grandTotal, boolean percentages, Balance balance,
                           Long populationTotal, boolean reconciles, List<String> discrepancies, List<String> notes) {

    /**
     * A column; {@code group} is a header spanning several columns (e.g. {@code CPNS}), or {@code null}; a {@code memo}
     * column is totalled down but not added into the row totals (seed 002's DISIAPKAN beside the officials in post).
     */
    public record Column(String group, String label, boolean memo) {
    }

    /** A group of rows under a heading, with its column totals and total. */
    public record Section(String label, List<Row> rows, List<Long> columnTotals, long total) {
    }

    /**
     * A row: its cells in column order and their total; {@code percent} is the row's share of the grand total
     * (two decimals) in the tables that print one, else {@code null}.
     */
    public record Row(String label, List<Long> cells, long total, BigDecimal percent) {
    }

    /** The count at the month's start (the previous month's end) and end; opening - reductions + additions = closing. */
    public record Balance(String openingLabel, long opening, long reductions, long additions, String closingLabel, long closing) {
    }
}
