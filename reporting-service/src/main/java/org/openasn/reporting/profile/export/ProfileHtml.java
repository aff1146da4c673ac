package org.openasn.reporting.profile.export;

import org.openasn.commons.time.Wib;
import org.openasn.reporting.profile.Bulan;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableLayout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The monthly staffing profile as the agency publishes it: one HTML page in Indonesian, printable (each table starts
 * a page; a browser's "print to PDF" makes the document). A cover with the agency and the day counted, the list of
 * tables, then each table with its title, population and day, the lines of {@link TableLayout} (column groups above
 * the header), and, should a table not add up, what does not. Counts use the Indonesian thousands separator
 * ({@code 3.280}) and percentages a decimal comma ({@code 12,34}). The tables' notes, which tell API users in English how
 * a table maps the seed's rows, are not printed.
 */
public final class ProfileHtml {

    public static final String MEDIA_TYPE = "text/html";
    /** Indonesian conventions: month names, and {@code .} between thousands. */
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter KNOWN_AT = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", INDONESIAN).withZone(Wib.ZONE);
    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif, "Liberation Sans"; font-size: 10pt; margin: 2cm; color: #000; }
            section, div { display: block; }
            .sampul { text-align: center; margin-top: 6cm; }
            .sampul h1 { font-size: 22pt; margin-bottom: 0.3cm; }
            .sampul h2 { font-size: 16pt; margin: 0.2cm; }
            .daftar { page-break-before: always; }
            .daftar ol { list-style: none; padding: 0; }
            section.tabel { page-break-before: always; }
            h3 { font-size: 11pt; margin-bottom: 0.1cm; }
            p.keterangan { margin-top: 0; font-style: italic; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 2px 4px; }
            th { background: #e6e6e6; text-align: center; }
            td.angka { text-align: right; white-space: nowrap; }
            tr.jumlah td { font-weight: bold; background: #f2f2f2; }
            p.selisih { color: #a00000; font-weight: bold; }
            @page { size: A4; margin: 1.5cm; }
            @media print { body { margin: 0; } }
            """;

    private ProfileHtml() {
    }

    /**
     * @param knownAt the moment whose knowledge the tables reproduce, {@code null} for the latest
     */
    public static String write(String instansi, YearMonth month, Instant knownAt, List<ProfileTable> tables) {
        LocalDate day = month.atEndOfMonth();
        String keadaan = day.getDayOfMonth() + " " + Bulan.title(day.getMonthValue()) + " " + day.getYear();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Profil Kepegawaian ASN ")
                .append(escape(instansi)).append(' ').append(Bulan.title(month.getMonthValue())).append(' ').append(month.getYear())
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<div class=\"sampul\">\n<h1>PROFIL KEPEGAWAIAN ASN</h1>\n<h2>").append(escape(instansi)).append("</h2>\n<h2>")
                .append(Bulan.upper(month.getMonthValue())).append(' ').append(month.getYear()).append("</h2>\n<p>Keadaan ").append(keadaan);
        if (knownAt != null) {
            html.append(", menurut data yang tercatat sampai ").append(KNOWN_AT.format(knownAt));
        }
        html.append("</p>\n");
        List<ProfileTable> unbalanced = tables.stream().filter(t -> !t.reconciles()).toList();
        if (unbalanced.isEmpty()) {
            html.append("<p>Semua jumlah pada setiap tabel telah dicocokkan (baris, kolom dan jumlah keseluruhan).</p>\n");
        } else {
            html.append("<p class=\"selisih\">Tabel yang jumlahnya tidak cocok: ")
                    .append(String.join(", ", unbalanced.stream().map(t -> escape(t.number())).toList())).append("</p>\n");
        }
        html.append("</div>\n<div class=\"daftar\">\n<h2>DAFTAR TABEL</h2>\n<ol>\n");
        for (ProfileTable table : tables) {
            html.append("<li><a href=\"#tabel-").append(escape(table.number())).append("\">Tabel ").append(escape(table.number())).append(' ')
                    .append(escape(table.title())).append("</a></li>\n");
        }
        html.append("</ol>\n</div>\n");
        tables.forEach(table -> table(html, table));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, ProfileTable table) {
        html.append("<section class=\"tabel\" id=\"tabel-").append(escape(table.number())).append("\">\n<h3>Tabel ").append(escape(table.number()))
                .append(' ').append(escape(table.title())).append("</h3>\n<p class=\"keterangan\">").append(escape(TableLayout.subtitle(table)))
                .append("</p>\n<table>\n<thead>\n");
        int labelColumns = TableLayout.hasSectionColumn(table) ? 2 : 1;
        List<TableLayout.Span> groups = TableLayout.columnGroups(table);
        if (!groups.isEmpty()) {
            html.append("<tr class=\"kelompok\">").append("<th></th>".repeat(labelColumns));
            for (TableLayout.Span group : groups) {
                html.append("<th colspan=\"").append(group.last() - group.first() + 1).append("\">")
                        .append(group.label() == null ? "" : escape(group.label())).append("</th>");
            }
            html.append("<th colspan=\"").append(TableLayout.valueHeaders(table).size() - table.columns().size()).append("\"></th></tr>\n");
        }
        for (TableLayout.Line line : TableLayout.lines(table)) {
            if (line.kind() == TableLayout.Kind.HEADER) {
                html.append("<tr>");
                line.labels().forEach(label -> html.append("<th>").append(escape(label)).append("</th>"));
                line.values().forEach(label -> html.append("<th>").append(escape((String) label)).append("</th>"));
                html.append("</tr>\n</thead>\n<tbody>\n");
                continue;
            }
            html.append(line.kind() == TableLayout.Kind.ROW ? "<tr>" : "<tr class=\"jumlah\">");
            line.labels().forEach(label -> html.append("<td>").append(label == null ? "" : escape(label)).append("</td>"));
            line.values().forEach(value -> html.append("<td class=\"angka\">").append(number(value)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (!table.reconciles()) {
            html.append("<p class=\"selisih\">Jumlah tidak cocok: ").append(escape(String.join("; ", table.discrepancies()))).append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** A count with the Indonesian thousands separator, a percentage with a decimal comma, nothing for an empty cell. */
    static String number(Object value) {
        if (value instanceof Long count) {
            return String.format(INDONESIAN, "%,d", count);
        }
        if (value instanceof BigDecimal share) {
            return TableLayout.decimalComma(share);
        }
        return "";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
