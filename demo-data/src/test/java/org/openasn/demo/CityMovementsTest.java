package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.demo.CityFixture.CITY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openasn.demo.CityDataset.Departure;
import org.openasn.demo.CityDataset.Leaver;
import org.openasn.reference.person.EmployeeKind;

/** December's movements of seed 000's Table 3.1, and the export of 30 November they start from. */
class CityMovementsTest {

    private static final CsvFile NOVEMBER = november();

    private static CsvFile november() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CITY.writeNovemberCsv(out);
            return CsvFile.parse(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldExportTheSeeds3292PnsOfNovemberAndTheSamePppk() {
        long pppk = NOVEMBER.rows.stream().filter(r -> NOVEMBER.get(r, "KEDUDUKAN HUKUM ID").equals("71")).count();
        assertEquals(3292, NOVEMBER.rows.size() - pppk, "Table 3.1: JUMLAH PNS NOVEMBER 2025");
        assertEquals(763, pppk);
        assertEquals(3292 - 11 - 1 - 2 + 2, CityTargets.PNS_TOTAL, "Table 3.1's movements lead to December's 3,280");
    }

    @Test
    void shouldExportEveryoneOfDecemberButTheArrivalsAndTheLeaversBesides() {
        Set<String> november = nips(NOVEMBER);
        Set<String> december = nips(CityFixture.CSV);
        Set<String> arrivals = CITY.arrivals().stream().map(e -> e.row().nipBaru.toString()).collect(Collectors.toSet());
        Set<String> leavers = CITY.leavers().stream().map(l -> l.employee().row().nipBaru.toString()).collect(Collectors.toSet());

        assertEquals(NOVEMBER.rows.size(), november.size(), "every NIP once");
        assertEquals(2, arrivals.size());
        assertEquals(14, leavers.size());
        Set<String> expected = new HashSet<>(december);
        expected.removeAll(arrivals);
        expected.addAll(leavers);
        assertEquals(expected, november);
        assertTrue(december.containsAll(arrivals));
        assertTrue(leavers.stream().noneMatch(december::contains), "the leavers are not in December's city");
    }

    @Test
    void shouldLetElevenReachBupInNovemberInTable315sGolonganAndTheOthersLeaveInDecember() {
        Map<Departure, Long> byDeparture = CITY.leavers().stream().collect(Collectors.groupingBy(Leaver::departure, Collectors.counting()));
        assertEquals(Map.of(Departure.BUP_RETIREMENT, 11L, Departure.RESIGNATION, 1L, Departure.DEATH, 2L), byDeparture);
        Map<String, String[]> rows = NOVEMBER.rows.stream().collect(Collectors.toMap(r -> NOVEMBER.get(r, "NIP BARU"), Function.identity()));
        Map<String, Integer> retiringByGolongan = new TreeMap<>();
        for (Leaver leaver : CITY.leavers()) {
            String nip = leaver.employee().row().nipBaru.toString();
            String[] row = rows.get(nip);
            LocalDate birth = CsvFile.date(NOVEMBER.get(row, "TANGGAL LAHIR"));
            LocalDate tmtCpns = CsvFile.date(NOVEMBER.get(row, "TMT CPNS"));
            assertEquals("01", NOVEMBER.get(row, "KEDUDUKAN HUKUM ID"), nip + " is in service in November");
            assertFalse(NOVEMBER.get(row, "JENIS JABATAN ID").equals("1"), nip + " holds no structural post, which December's city fills");
            assertEquals(nip.substring(0, 8), birth.toString().replace("-", ""), "the NIP's birth date");
            assertEquals(nip.substring(8, 14), tmtCpns.toString().replace("-", "").substring(0, 6), "the NIP's TMT CPNS");
            assertTrue(tmtCpns.isAfter(birth.plusYears(18)), nip + " entered at 18 or later");
            assertEquals(2025, leaver.tmt().getYear());
            assertEquals(12, leaver.tmt().getMonthValue());
            if (leaver.departure() == Departure.BUP_RETIREMENT) {
                // they reach their BUP in November 2025, so their TMT pensiun is the first day of December
                assertEquals(LocalDate.of(2025 - CityFixture.bupFromCsv(row), 11, 1), birth.withDayOfMonth(1), nip);
                assertEquals(CityDataset.DECEMBER, leaver.tmt(), "TMT pensiun: the first day of the month after reaching BUP");
                assertEquals(leaver.tmt(), leaver.employee().tmtPensiun());
                retiringByGolongan.merge("GOLONGAN " + NOVEMBER.get(row, "GOL AKHIR NAMA").split("/")[0], 1, Integer::sum);
            } else {
                assertEquals("4", NOVEMBER.get(row, "JENIS JABATAN ID"), nip + " is a pelaksana");
                assertTrue(leaver.employee().tmtPensiun().isAfter(LocalDate.of(2026, 12, 31)), nip + " is far from BUP");
            }
        }
        assertEquals(Map.of("GOLONGAN II", 1, "GOLONGAN III", 2, "GOLONGAN IV", 8), retiringByGolongan, "Table 3.15, PENSIUN DESEMBER");
    }

    @Test
    void shouldBringInTwoPelaksanaOfDifferentUnitsWhoWorkBesideOthers() {
        List<CityEmployee> arrivals = CITY.arrivals();
        assertEquals(2, arrivals.size());
        assertFalse(arrivals.get(0).unit().equals(arrivals.get(1).unit()));
        for (CityEmployee arrival : arrivals) {
            assertEquals(EmployeeKind.PNS, arrival.kind());
            assertEquals(CityTargets.ReportJabatan.FUNGSIONAL_UMUM, arrival.jabatan());
            assertTrue(arrival.tmtPensiun().getYear() > 2026);
            long colleagues = CITY.employees().stream().filter(e -> e.kind() != EmployeeKind.PPPK && e.unit().equals(arrival.unit())).count();
            assertTrue(colleagues > 2, "the import registers the unit from the others' rows");
        }
    }

    private static Set<String> nips(CsvFile csv) {
        return csv.rows.stream().map(r -> csv.get(r, "NIP BARU")).collect(Collectors.toSet());
    }
}
