package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.demo.CityFixture.CITY;
import static org.openasn.demo.CityFixture.CSV;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openasn.demo.CityTargets.AgeBand;
import org.openasn.demo.CityTargets.PppkPendidikanRow;
import org.openasn.demo.CityTargets.ReportJabatan;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganGroup;

/** Every reproduced cell of seed 000 Tables 3.2–3.23, counted from the generated CSV. */
class CityDatasetTest {

    private static List<String[]> pns() {
        List<String[]> out = new ArrayList<>();
        for (String[] r : CSV.rows) {
            if (!CityFixture.isPppk(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String[]> pppk() {
        List<String[]> out = new ArrayList<>();
        for (String[] r : CSV.rows) {
            if (CityFixture.isPppk(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static Golongan golongan(String[] r) {
        return Golongan.parse(CSV.get(r, "GOL AKHIR NAMA"));
    }

    @Test
    void shouldHaveTheSeedsHeadcounts() {
        assertEquals(CityTargets.PNS_TOTAL + CityTargets.PPPK_TOTAL, CSV.rows.size());
        assertEquals(3280, pns().size());
        assertEquals(89, pns().stream().filter(CityFixture::isCpns).count());
        assertEquals(763, pppk().size());
        for (String[] r : pns()) {
            assertEquals("01", CSV.get(r, "KEDUDUKAN HUKUM ID"), "seed 000 counts active PNS and CPNS");
        }
    }

    @Test
    void shouldMatchTable33PnsByJabatanAndTable319PppkByJabatan() {
        Map<ReportJabatan, Integer> pns = new EnumMap<>(ReportJabatan.class);
        pns().forEach(r -> pns.merge(CityFixture.jabatan(r), 1, Integer::sum));
        assertEquals(CityTargets.PNS_BY_JABATAN, pns);
        Map<ReportJabatan, Integer> pppk = new EnumMap<>(ReportJabatan.class);
        pppk.put(ReportJabatan.STRUKTURAL, 0);
        pppk().forEach(r -> pppk.merge(CityFixture.jabatan(r), 1, Integer::sum));
        assertEquals(CityTargets.PPPK_BY_JABATAN, pppk);
    }

    @Test
    void shouldMatchTable32FilledEselonPosts() {
        Map<Eselon, Integer> filled = new HashMap<>();
        CityTargets.ESELON_FILLED.keySet().forEach(e -> filled.put(e, 0));
        for (CityEmployee e : CITY.employees()) {
            if (e.eselon() != Eselon.NON_ESELON) {
                filled.merge(e.eselon(), 1, Integer::sum);
                assertEquals(ReportJabatan.STRUKTURAL, e.jabatan());
                assertEquals("1", e.row().jenisJabatan.id() + "");
            }
        }
        assertEquals(CityTargets.ESELON_FILLED, filled);
        assertEquals(391, filled.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void shouldMatchTable34JabatanByGolonganGroupAndTable35ByRuang() {
        Map<Golongan, Integer> byRuang = new HashMap<>();
        Map<ReportJabatan, Map<GolonganGroup, Integer>> byGroup = new EnumMap<>(ReportJabatan.class);
        for (String[] r : pns()) {
            Golongan g = golongan(r);
            byRuang.merge(g, 1, Integer::sum);
            byGroup.computeIfAbsent(CityFixture.jabatan(r), k -> new EnumMap<>(GolonganGroup.class))
                    .merge(g.group(), 1, Integer::sum);
        }
        CityTargets.PNS_BY_GOLONGAN.forEach((g, n) -> assertEquals(n, byRuang.getOrDefault(g, 0), "3.5 " + g.code()));
        // Table 3.4 (GOL.IV … GOL.I rows per position group), printed as figures in the seed:
        int[][] table34 = {{152, 48, 261, 246}, {239, 679, 595, 751}, {0, 202, 1, 103}, {0, 3, 0, 0}};
        GolonganGroup[] rows = {GolonganGroup.IV, GolonganGroup.III, GolonganGroup.II, GolonganGroup.I};
        for (int i = 0; i < 4; i++) {
            for (ReportJabatan j : ReportJabatan.values()) {
                assertEquals(table34[i][j.ordinal()], byGroup.get(j).getOrDefault(rows[i], 0),
                        "3.4 gol " + rows[i] + " " + j.label());
            }
        }
    }

    @Test
    void shouldMatchTable36RuangPerJabatan() {
        Map<ReportJabatan, Map<Golongan, Integer>> counted = new EnumMap<>(ReportJabatan.class);
        for (String[] r : pns()) {
            counted.computeIfAbsent(CityFixture.jabatan(r), k -> new HashMap<>()).merge(golongan(r), 1, Integer::sum);
        }
        assertRuang(CityTargets.RUANG_STRUKTURAL, counted.get(ReportJabatan.STRUKTURAL), "3.6 struktural");
        assertRuang(CityTargets.RUANG_FUNGSIONAL_UMUM, counted.get(ReportJabatan.FUNGSIONAL_UMUM), "3.6 JFU");
        Map<Golongan, Integer> tertentu = new HashMap<>(counted.get(ReportJabatan.GURU));
        counted.get(ReportJabatan.NON_GURU).forEach((g, n) -> tertentu.merge(g, n, Integer::sum));
        assertRuang(CityTargets.RUANG_FUNGSIONAL_TERTENTU, tertentu, "3.6 guru+tertentu");
        // Table 3.6's first block, struktural + JF umum (1,323):
        Map<Golongan, Integer> strukPlusUmum = new HashMap<>(counted.get(ReportJabatan.STRUKTURAL));
        counted.get(ReportJabatan.FUNGSIONAL_UMUM).forEach((g, n) -> strukPlusUmum.merge(g, n, Integer::sum));
        assertEquals(1323, strukPlusUmum.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(1957, tertentu.values().stream().mapToInt(Integer::intValue).sum());
        // The judgement split between guru and non-guru (not a seed figure) is reproduced too.
        assertRuang(CityTargets.RUANG_GURU, counted.get(ReportJabatan.GURU), "guru (judgement)");
        assertRuang(CityTargets.RUANG_NON_GURU, counted.get(ReportJabatan.NON_GURU), "non-guru (judgement)");
    }

    private static void assertRuang(Map<Golongan, Integer> expected, Map<Golongan, Integer> actual, String what) {
        expected.forEach((g, n) -> assertEquals(n, actual.getOrDefault(g, 0), what + " " + g.code()));
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(total, actual.values().stream().mapToInt(Integer::intValue).sum(), what + " total");
    }

    @Test
    void shouldMatchTables37And38Education() {
        Map<JenjangPendidikan, Integer> total = new EnumMap<>(JenjangPendidikan.class);
        Map<ReportJabatan, Map<JenjangPendidikan, Integer>> byJabatan = new EnumMap<>(ReportJabatan.class);
        for (String[] r : pns()) {
            JenjangPendidikan j = TingkatPendidikan.fromSiasnId(CSV.get(r, "TINGKAT PENDIDIKAN ID")).jenjang();
            total.merge(j, 1, Integer::sum);
            byJabatan.computeIfAbsent(CityFixture.jabatan(r), k -> new EnumMap<>(JenjangPendidikan.class))
                    .merge(j, 1, Integer::sum);
        }
        CityTargets.PNS_BY_PENDIDIKAN.forEach((j, n) -> assertEquals(n, total.getOrDefault(j, 0), "3.7 " + j));
        CityTargets.PENDIDIKAN_BY_JABATAN.forEach((jab, rows) -> rows.forEach((j, n) ->
                assertEquals(n, byJabatan.get(jab).getOrDefault(j, 0), "3.8 " + jab.label() + " " + j)));
    }

    @Test
    void shouldMatchTable39GenderPerJabatan() {
        Map<ReportJabatan, int[]> counted = new EnumMap<>(ReportJabatan.class);
        for (String[] r : pns()) {
            int[] mf = counted.computeIfAbsent(CityFixture.jabatan(r), k -> new int[2]);
            mf[CSV.get(r, "JENIS KELAMIN").equals("M") ? 0 : 1]++;
        }
        CityTargets.GENDER_BY_JABATAN.forEach((j, mf) -> {
            assertEquals(mf[0], counted.get(j)[0], "3.9 men " + j.label());
            assertEquals(mf[1], counted.get(j)[1], "3.9 women " + j.label());
        });
    }

    @Test
    void shouldMatchTable310AgeBandsByCpnsPnsAndGender() {
        Map<AgeBand, int[]> counted = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            counted.put(b, new int[4]);
        }
        for (String[] r : pns()) {
            AgeBand band = AgeBand.of(CityFixture.age(r));
            assertTrue(band != null, "age " + CityFixture.age(r) + " falls in no band of Table 3.10");
            counted.get(band)[column(r)]++;
        }
        CityTargets.AGE.forEach((b, cells) -> {
            for (int c = 0; c < 4; c++) {
                assertEquals(cells[c], counted.get(b)[c], "3.10 " + b + " column " + c);
            }
        });
    }

    @Test
    void shouldMatchTable311Religion() {
        Map<Agama, int[]> counted = new EnumMap<>(Agama.class);
        for (String[] r : pns()) {
            counted.computeIfAbsent(Agama.fromSiasnId(CSV.get(r, "AGAMA ID")), k -> new int[4])[column(r)]++;
        }
        CityTargets.RELIGION.forEach((a, cells) -> {
            for (int c = 0; c < 4; c++) {
                assertEquals(cells[c], counted.getOrDefault(a, new int[4])[c], "3.11 " + a + " column " + c);
            }
        });
        assertEquals(CityTargets.RELIGION.keySet(), counted.keySet());
    }

    /** CPNS men, CPNS women, PNS men, PNS women: the columns of Tables 3.10 and 3.11. */
    private static int column(String[] r) {
        return (CityFixture.isCpns(r) ? 0 : 2) + (CSV.get(r, "JENIS KELAMIN").equals("M") ? 0 : 1);
    }

    @Test
    void shouldMatchTables312To314And323Units() {
        Map<String, Integer> pns = new TreeMap<>();
        Map<String, Integer> pppk = new TreeMap<>();
        Set<String> unorIds = new HashSet<>();
        for (String[] r : CSV.rows) {
            (CityFixture.isPppk(r) ? pppk : pns).merge(CSV.get(r, "UNOR NAMA"), 1, Integer::sum);
            unorIds.add(CSV.get(r, "UNOR ID"));
        }
        int pnsRows = 0;
        int pppkRows = 0;
        int table312Units = 0;
        for (MetroUnits.Unit u : MetroUnits.units()) {
            assertEquals(u.pns(), pns.getOrDefault(u.name(), 0), "3.14 " + u.name());
            assertEquals(u.pppk(), pppk.getOrDefault(u.name(), 0), "3.23 " + u.name());
            pnsRows += u.pns();
            pppkRows += u.pppk();
            if (!u.group().isSchool() && !u.name().startsWith("UPTD RSUD")) {
                table312Units++;
            }
        }
        // Table 3.14 prints TOTAL PNS 3762, but its rows add up to 3,280 (the headcount everywhere else): rows win.
        assertEquals(3280, pnsRows);
        // Table 3.23's rows add up to 748 (428 + 320); 15 PPPK are placed in the 15 school units it leaves out.
        assertEquals(748 + 15, pppkRows);
        assertEquals(65, table312Units, "Table 3.12: 65 units besides the two RSUD and the schools");
        assertEquals(143, MetroUnits.units().size());
        // Every unit with staff appears; the Sekretaris Daerah post and SD Negeri 5 MB have no PNS.
        assertEquals(MetroUnits.units().stream().filter(u -> u.pns() + u.pppk() > 0).count(), unorIds.size());
    }

    @Test
    void shouldMatchTables320To322Pppk() {
        Map<Golongan, int[]> golongan = new HashMap<>();
        Map<PppkPendidikanRow, int[]> pendidikan = new EnumMap<>(PppkPendidikanRow.class);
        int men = 0;
        for (String[] r : pppk()) {
            int g = CSV.get(r, "JENIS KELAMIN").equals("M") ? 0 : 1;
            men += 1 - g;
            golongan.computeIfAbsent(Golongan.parse(CSV.get(r, "GOL AKHIR NAMA")), k -> new int[2])[g]++;
            pendidikan.computeIfAbsent(pppkRow(r), k -> new int[2])[g]++;
            assertEquals(CSV.get(r, "GOL AWAL ID"), CSV.get(r, "GOL AKHIR ID"));
        }
        assertEquals(CityTargets.PPPK_GOLONGAN.keySet(), golongan.keySet());
        CityTargets.PPPK_GOLONGAN.forEach((g, mf) -> {
            assertEquals(mf[0], golongan.get(g)[0], "3.20 men " + g.code());
            assertEquals(mf[1], golongan.get(g)[1], "3.20 women " + g.code());
        });
        assertEquals(CityTargets.PPPK_PENDIDIKAN.keySet(), pendidikan.keySet());
        CityTargets.PPPK_PENDIDIKAN.forEach((row, mf) -> {
            assertEquals(mf[0], pendidikan.get(row)[0], "3.21 men " + row.label());
            assertEquals(mf[1], pendidikan.get(row)[1], "3.21 women " + row.label());
        });
        assertEquals(CityTargets.PPPK_MEN, men);
        assertEquals(CityTargets.PPPK_WOMEN, pppk().size() - men);
    }

    /** Table 3.21's row: by SIASN level, and for SLTA kejuruan by programme (STM is the SLTA TEKNIK row). */
    private static PppkPendidikanRow pppkRow(String[] r) {
        TingkatPendidikan t = TingkatPendidikan.fromSiasnId(CSV.get(r, "TINGKAT PENDIDIKAN ID"));
        if (t == TingkatPendidikan.SLTA_KEJURUAN) {
            return CSV.get(r, "PENDIDIKAN NAMA").startsWith("STM") ? PppkPendidikanRow.SLTA_TEKNIK
                    : PppkPendidikanRow.SLTA_KEJURUAN;
        }
        for (PppkPendidikanRow row : PppkPendidikanRow.values()) {
            if (row.tingkat() == t && row != PppkPendidikanRow.SLTA_TEKNIK) {
                return row;
            }
        }
        throw new AssertionError("no Table 3.21 row for " + t);
    }

    @Test
    void shouldAddUpEveryJudgementTableToTheSeedMargins() {
        int cpnsMen = 0;
        int cpnsWomen = 0;
        for (CityTargets.CpnsGroup g : CityTargets.CPNS_GROUPS) {
            cpnsMen += g.men();
            cpnsWomen += g.women();
        }
        assertEquals(37, cpnsMen);
        assertEquals(52, cpnsWomen);
        int pppk = 0;
        for (CityTargets.PppkGroup g : CityTargets.PPPK_GROUPS) {
            pppk += g.men() + g.women();
        }
        assertEquals(763, pppk);
        int officials = 0;
        for (Map<Golongan, Integer> m : CityTargets.ESELON_GOLONGAN.values()) {
            officials += m.values().stream().mapToInt(Integer::intValue).sum();
        }
        assertEquals(391, officials);
    }
}
