package org.openasn.reporting.profile;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables' arithmetic on hand-made counts: bins, totals, percentages, reconciliation. */
class TableBuilderTest {

    private static final TableBuilder.Request DECEMBER = new TableBuilder.Request("X", YearMonth.of(2025, 12), null);

    private static Count pns(long n, String... pairs) {
        Map<String, String> key = new java.util.LinkedHashMap<>();
        key.put("kind", "PNS");
        for (int i = 0; i < pairs.length; i += 2) {
            key.put(pairs[i], pairs[i + 1]);
        }
        return new Count(key, n);
    }

    @Test
    void shouldPrintEveryFixedRowAndPutUnrecordedValuesInARowOfTheirOwn() {
        TableDefinition def = ProfileCatalogue.byNumber("3.9").orElseThrow();
        ProfileTable table = TableBuilder.build(def, DECEMBER, DynamicBins.NONE, List.of(
                pns(3, "jenisJabatan", "1", "group", "LAINNYA", "gender", "L"),
                pns(2, "jenisJabatan", "3", "group", "LAINNYA", "gender", "P"),
                pns(4, "jenisJabatan", "2", "group", "GURU", "gender", "P"),
                pns(1, "jenisJabatan", "(unknown)", "group", "(unknown)", "gender", "P"),
                new Count(Map.of("kind", "PPPK", "jenisJabatan", "4", "gender", "L"), 7)), null, 10L);

        List<String> rows = table.sections().get(0).rows().stream().map(ProfileTable.Row::label).toList();
        assertEquals(List.of("JAB. STRUKTURAL", "JAB.F. UMUM", "JAB.F.GURU", "JAB.F.NON GURU", "TIDAK TERCATAT"), rows);
        assertEquals(List.of(3L, 2L), table.sections().get(0).rows().get(0).cells(), "rangkap (3) counts as struktural");
        assertEquals(List.of(0L, 0L), table.sections().get(0).rows().get(1).cells(), "PPPK are not in a PNS table");
        assertEquals(List.of(3L, 7L), table.columnTotals());
        assertEquals(10, table.grandTotal());
        assertTrue(table.reconciles(), table.discrepancies().toString());
    }

    @Test
    void shouldShowOptionalRowsOnlyWhenCountedAndPercentagesOfTheGrandTotal() {
        ProfileTable table = TableBuilder.build(ProfileCatalogue.byNumber("002.pendidikan").orElseThrow(), DECEMBER, DynamicBins.NONE, List.of(
                pns(1, "pendidikan", "05", "gender", "L"), pns(2, "pendidikan", "17", "gender", "P"),
                pns(3, "pendidikan", "18", "gender", "L")), null, 6L);
        ProfileTable.Row kejuruan = table.sections().get(0).rows().stream().filter(r -> r.label().equals("SLTA KEJURUAN")).findFirst()
                .orElseThrow();
        assertEquals(List.of(3L, 2L), kejuruan.cells());
        assertEquals(new BigDecimal("83.33"), kejuruan.percent());
        assertEquals(new BigDecimal("16.67"), table.sections().get(0).rows().get(0).percent());

        ProfileTable agama = TableBuilder.build(ProfileCatalogue.byNumber("3.11").orElseThrow(), DECEMBER, DynamicBins.NONE,
                List.of(pns(1, "agama", "1", "gender", "L")), null, 1L);
        assertEquals(List.of("ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDHA"),
                agama.sections().get(0).rows().stream().map(ProfileTable.Row::label).toList(), "Konghucu and lainnya only when held");
    }

    @Test
    void shouldNotReconcileWhenTheGrandTotalMissesSomeoneOfThePopulation() {
        ProfileTable table = TableBuilder.build(ProfileCatalogue.byNumber("3.5").orElseThrow(), DECEMBER, DynamicBins.NONE,
                List.of(pns(4, "ruang", "III/a")), null, 5L);
        assertFalse(table.reconciles());
        assertEquals(List.of("grand total 4 differs from the headcount 5"), table.discrepancies());
    }

    @Test
    void shouldBalanceMovementsWithTheCountsBeforeAndAfter() {
        TableDefinition def = ProfileCatalogue.byNumber("3.1").orElseThrow();
        List<Count> moves = List.of(new Count(Map.of("movement", "reduction", "reason", "RETIRED_BUP"), 11),
                new Count(Map.of("movement", "reduction", "reason", "RESIGNED"), 1), new Count(Map.of("movement", "reduction", "reason", "DIED"), 2),
                new Count(Map.of("movement", "addition", "reason", "transferred-in"), 2));
        ProfileTable ok = TableBuilder.build(def, DECEMBER, DynamicBins.NONE, moves,
                new ProfileTable.Balance("JUMLAH PNS NOVEMBER 2025", 3292, 14, 2, "JUMLAH PNS DESEMBER 2025", 3280), null);
        assertTrue(ok.reconciles(), ok.discrepancies().toString());
        assertEquals(List.of("BUP / PENSIUN", "PEMBERHENTIAN / APS", "MENINGGAL DUNIA", "MUTASI KELUAR"),
                ok.sections().get(0).rows().stream().map(ProfileTable.Row::label).toList());
        assertEquals(14, ok.sections().get(0).total());

        ProfileTable off = TableBuilder.build(def, DECEMBER, DynamicBins.NONE, moves,
                new ProfileTable.Balance("JUMLAH PNS NOVEMBER 2025", 3292, 14, 2, "JUMLAH PNS DESEMBER 2025", 3281), null);
        assertFalse(off.reconciles());
    }
}
