package org.openasn.reporting.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed, line by line, for the CSV, XLSX and HTML outputs: a header line; for tables of movements the
 * opening count; each section's rows followed by the section's totals ({@code JUMLAH PENGURANGAN}); the totals line;
 * for movements the closing count. Columns: the section (only when sections have labels), the row label, one per
 * column of counts, the row total, and the percentage when the table prints one.
 */
public final class TableLayout {

    /** What a line is: the header, a row of counts, a section's totals, the table's totals, or a count before/after. */
    public enum Kind { HEADER, ROW, SECTION_TOTAL, TOTAL, BALANCE }

    /** One line: its labels (section and row, or only row) and its values ({@code null} for an empty cell). */
    public record Line(Kind kind, List<String> labels, List<Object> values) {
    }

    private TableLayout() {
    }

    /** A header spanning the value columns {@code first} to {@code last} (0-based, inclusive); {@code label} is {@code null} over ungrouped ones. */
    public record Span(String label, int first, int last) {
    }

    /** The line under a table's title: its population, agency and the day counted ("PNS - METRO - keadaan 31 Desember 2025"). */
    public static String subtitle(ProfileTable table) {
        String known = table.knownAt() == null ? "" : " (data per " + table.knownAt() + ")";
        return table.population() + " - " + table.instansi() + " - keadaan " + table.asOf().getDayOfMonth() + " "
                + Bulan.title(table.asOf().getMonthValue()) + " " + table.asOf().getYear() + known;
    }

    /** The column groups above the value columns, left to right, when the table has any (else none). */
    public static List<Span> columnGroups(ProfileTable table) {
        List<Span> spans = new ArrayList<>();
        if (table.columns().stream().noneMatch(c -> c.group() != null)) {
            return spans;
        }
        int c = 0;
        while (c < table.columns().size()) {
            String group = table.columns().get(c).group();
            int end = c;
            while (end + 1 < table.columns().size() && group != null && group.equals(table.columns().get(end + 1).group())) {
                end++;
            }
            spans.add(new Span(group, c, end));
            c = end + 1;
        }
        return spans;
    }

    /** A share (percentage) as Indonesian prints it, with a decimal comma: {@code 12,34}. */
    public static String decimalComma(BigDecimal share) {
        return share.toPlainString().replace('.', ',');
    }

    public static boolean hasSectionColumn(ProfileTable table) {
        return table.sections().stream().anyMatch(s -> s.label() != null);
    }

    /** The headers of the value columns: each column ("CPNS L" when grouped), the total, and "%" when printed. */
    public static List<String> valueHeaders(ProfileTable table) {
        List<String> headers = new ArrayList<>();
        table.columns().forEach(c -> headers.add(c.group() == null ? c.label() : c.group() + " " + c.label()));
        headers.add("JUMLAH");
        if (table.percentages()) {
            headers.add("%");
        }
        return headers;
    }

    public static List<Line> lines(ProfileTable table) {
        boolean sectionColumn = hasSectionColumn(table);
        List<Line> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (sectionColumn) {
            header.add("BAGIAN");
        }
        header.add(table.rowHeader());
        lines.add(new Line(Kind.HEADER, header, new ArrayList<>(valueHeaders(table))));
        int width = table.columns().size();
        if (table.balance() != null) {
            lines.add(balance(sectionColumn, table.balance().openingLabel(), table.balance().opening(), width, table.percentages()));
        }
        for (ProfileTable.Section section : table.sections()) {
            for (ProfileTable.Row row : section.rows()) {
                lines.add(new Line(Kind.ROW, labels(sectionColumn, section.label(), row.label()), values(row.cells(), row.total(), row.percent(),
                        table.percentages())));
            }
            if (sectionColumn) {
                lines.add(new Line(Kind.SECTION_TOTAL, labels(true, section.label(), "JUMLAH " + section.label()),
                        values(section.columnTotals(), section.total(), TableBuilder.percent(section.total(), table.grandTotal()),
                                table.percentages())));
            }
        }
        lines.add(new Line(Kind.TOTAL, labels(sectionColumn, null, table.totalLabel()), values(table.columnTotals(), table.grandTotal(),
                TableBuilder.percent(table.grandTotal(), table.grandTotal()), table.percentages())));
        if (table.balance() != null) {
            lines.add(balance(sectionColumn, table.balance().closingLabel(), table.balance().closing(), width, table.percentages()));
        }
        return lines;
    }

    private static Line balance(boolean sectionColumn, String label, long count, int width, boolean percentages) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            values.add(null);
        }
        values.add(count);
        if (percentages) {
            values.add(null);
        }
        return new Line(Kind.BALANCE, labels(sectionColumn, null, label), values);
    }

    private static List<String> labels(boolean sectionColumn, String section, String label) {
        List<String> labels = new ArrayList<>();
        if (sectionColumn) {
            labels.add(section);
        }
        labels.add(label);
        return labels;
    }

    private static List<Object> values(List<Long> cells, long total, BigDecimal percent, boolean percentages) {
        List<Object> values = new ArrayList<>(cells);
        values.add(total);
        if (percentages) {
            values.add(percent);
        }
        return values;
    }
}
