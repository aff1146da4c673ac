package org.openasn.reporting.profile.export;

import org.junit.jupiter.api.Test;
import org.openasn.reporting.profile.ProfileTable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileHtmlTest {

    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Test
    void shouldPrintCountsWithIndonesianThousandsAndSharesWithADecimalComma() {
        assertEquals("0", ProfileHtml.number(0L));
        assertEquals("999", ProfileHtml.number(999L));
        assertEquals("3.280", ProfileHtml.number(3280L));
        assertEquals("5.600.000", ProfileHtml.number(5_600_000L));
        assertEquals("-1.234", ProfileHtml.number(-1234L));
        assertEquals("12,34", ProfileHtml.number(new BigDecimal("12.34")));
        assertEquals("100,00", ProfileHtml.number(new BigDecimal("100.00")));
        assertEquals("", ProfileHtml.number(null));
    }

    @Test
    void shouldEscapeWhatTheDataHolds() {
        assertEquals("S&amp;P &lt;b&gt; &quot;x&quot; &#39;y&#39;", ProfileHtml.escape("S&P <b> \"x\" 'y'"));
    }

    @Test
    void shouldLayOutATableWithItsGroupsTotalsAndAnyDiscrepancyAndSayOnTheCoverWhichDoNotReconcile() {
        ProfileTable balanced = table("3.5", true, List.of());
        ProfileTable unbalanced = table("3.6", false, List.of("row <IV/a> adds up to 1.001, not 1.000"));
        String html = ProfileHtml.write("METRO", DECEMBER, Instant.parse("2026-01-05T03:00:00Z"), List.of(balanced, unbalanced));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">"), html.substring(0, 80));
        assertTrue(html.contains("<title>Profil Kepegawaian ASN METRO Desember 2025</title>"));
        assertTrue(html.contains("<p>Keadaan 31 Desember 2025, menurut data yang tercatat sampai 5 Januari 2026 10.00 WIB</p>"), "known at, in WIB");
        assertTrue(html.contains("<p class=\"selisih\">Tabel yang jumlahnya tidak cocok: 3.6</p>"), "the cover names the table");
        assertFalse(html.contains("Semua jumlah"), "and does not claim that all reconcile");
        assertTrue(html.contains("<li><a href=\"#tabel-3.5\">Tabel 3.5 Golongan &amp; Ruang</a></li>"));
        assertTrue(html.contains("<tr class=\"kelompok\"><th></th><th colspan=\"2\">PNS</th><th colspan=\"1\"></th><th colspan=\"1\"></th></tr>"),
                "the group spans its two columns; the ungrouped column and the total have empty group cells");
        assertTrue(html.contains("<tr><th>GOLONGAN</th><th>PNS L</th><th>PNS P</th><th>PPPK</th><th>JUMLAH</th></tr>"));
        assertTrue(html.contains("<tr><td>IV/a &lt;senior&gt;</td><td class=\"angka\">1.200</td><td class=\"angka\">34</td>"
                + "<td class=\"angka\">0</td><td class=\"angka\">1.234</td></tr>"));
        assertTrue(html.contains("<tr class=\"jumlah\"><td>JUMLAH</td><td class=\"angka\">1.200</td><td class=\"angka\">34</td>"
                + "<td class=\"angka\">0</td><td class=\"angka\">1.234</td></tr>"));
        assertFalse(html.contains("CPNS counted with PNS"), "the notes for API users (in English) are not printed");
        assertTrue(html.contains("<p class=\"selisih\">Jumlah tidak cocok: row &lt;IV/a&gt; adds up to 1.001, not 1.000</p>"));
        assertEquals(2, html.split("<section class=\"tabel\"", -1).length - 1);
    }

    static ProfileTable table(String number, boolean reconciles, List<String> discrepancies) {
        return table(number, "IV/a <senior>", reconciles, discrepancies);
    }

    static ProfileTable table(String number, String rowLabel, boolean reconciles, List<String> discrepancies) {
        List<ProfileTable.Column> columns = List.of(new ProfileTable.Column("PNS", "L", false), new ProfileTable.Column("PNS", "P", false),
                new ProfileTable.Column(null, "PPPK", false));
        List<Long> cells = List.of(1200L, 34L, 0L);
        ProfileTable.Section section = new ProfileTable.Section(null, List.of(new ProfileTable.Row(rowLabel, cells, 1234, null)), cells, 1234);
        return new ProfileTable(number, "Golongan & Ruang", "seed", "ASN", "METRO", DECEMBER, LocalDate.of(2025, 12, 31), null, "GOLONGAN",
                columns, List.of(section), cells, "JUMLAH", 1234, false, null, 1234L, reconciles, discrepancies, List.of("CPNS counted with PNS"));
    }
}
