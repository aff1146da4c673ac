package org.openasn.demo;

import static org.openasn.reference.rank.Golongan.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganGroup;

/**
 * The figures of seed 000 (Profil Kepegawaian ASN Kota Metro, Desember 2025) that {@link CityDataset} reproduces,
 * as data, so that a test can compare the generated file with the seed cell by cell. Tables the seed prints are
 * marked with their number; figures the seed does not give but the generator needs (how a total splits where the
 * seed only prints the margins) are marked "judgement" and are not seed figures.
 *
 * <p>Where the seed's printed totals disagree with its own rows, the rows are followed:
 * <ul>
 *   <li>Table 3.14 prints "TOTAL PNS : 3762", but its 67 unit rows and 76 school rows add up to 2,390 + 890 =
 *       3,280, the headcount of Tables 3.3–3.11; the rows are reproduced and 3,762 is not.</li>
 *   <li>Table 3.13 lists 390 structural posts; Tables 3.2, 3.3, 3.4, 3.6, 3.8 and 3.9 all have 391 structural
 *       officials. The generator has 391: the extra post is a 19th sekretaris kelurahan, at IV.b, the grade
 *       Table 3.2's eselon counts need (see metro-structural-posts.tsv).</li>
 *   <li>Table 3.23 prints 763 PPPK but its unit rows add up to 428 + 320 = 748; it also leaves out exactly 15
 *       school units (14 TK Negeri and TKN Pembina MS) that Table 3.14 lists. The generator keeps 763 (Tables
 *       3.18–3.22 agree on it) and places one PPPK in each of those 15 units: an assumption, marked in
 *       metro-units.tsv.</li>
 *   <li>The text beside Table 3.22 says 498 women and 228 men (726, an older month's figure); Tables 3.20–3.22
 *       say 516 and 247, which are followed. Table 3.21's TOTAL row is shifted by one column in the seed.</li>
 *   <li>Table 3.12 counts 65 units (Kesbang-Pol as a lembaga, the two RSUD not as units); Table 3.14 lists 67
 *       (Kesbang-Pol under BADAN, both RSUD under DINAS) plus 76 schools. The CSV has one UNOR per Table 3.14 row:
 *       67 + 76 = 143 UNORs, whose SATUAN KERJA INDUK is one of the 65 units of Table 3.12 or, for the RSUD and
 *       the schools, the dinas they belong to.</li>
 * </ul>
 */
public final class CityTargets {

    private CityTargets() {
    }

    /** The date every figure is counted at: the seed's "data hingga 31 Desember 2025". */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /** NIK region (province 18 Lampung, 72 Kota Metro). */
    public static final String NIK_REGION = "1872";

    /** The position groups of the seed's tables (3.3 etc.), in the seed's order. */
    public enum ReportJabatan {
        /** JAB. STRUKTURAL. */
        STRUKTURAL("JAB. STRUKTURAL"),
        /** JAB.F. UMUM: pelaksana. */
        FUNGSIONAL_UMUM("JAB.F. UMUM"),
        /** JAB.F.GURU. */
        GURU("JAB.F.GURU"),
        /** JAB.F.NON GURU: every other fungsional tertentu (medical and non-medical). */
        NON_GURU("JAB.F.NON GURU");

        private final String label;

        ReportJabatan(String label) {
            this.label = label;
        }

        /** @return the row label as the seed prints it */
        public String label() {
            return label;
        }
    }

    /** The age bands of Table 3.10, by age in whole years on {@link #AS_OF}; age 61 is in no band (see REFERENCE). */
    public enum AgeBand {
        A21_25(21, 25), A26_30(26, 30), A31_35(31, 35), A36_40(36, 40), A41_45(41, 45), A46_50(46, 50),
        A51_55(51, 55), A56_58(56, 58), A59_60(59, 60), OVER_61(62, 120);

        private final int from;
        private final int to;

        AgeBand(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }

        /** @return the band of an age, or null for an age in no band (under 21, or 61) */
        public static AgeBand of(int age) {
            for (AgeBand b : values()) {
                if (age >= b.from && age <= b.to) {
                    return b;
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ PNS (CPNS included)

    /** Headcount of PNS including CPNS (text of Table 3.1, Tables 3.3–3.11). */
    public static final int PNS_TOTAL = 3280;
    /** CPNS inside the PNS headcount (Table 3.10: 37 + 52). */
    public static final int CPNS_TOTAL = 89;

    /** Table 3.3. */
    public static final Map<ReportJabatan, Integer> PNS_BY_JABATAN = jabatan(391, 932, 857, 1100);

    /** Table 3.2, filled posts (II.a 0, V 0). */
    public static final Map<Eselon, Integer> ESELON_FILLED = eselon(0, 28, 44, 65, 133, 121);
    /** Table 3.2, vacant posts; not in the CSV (it lists people), kept for reports that show formasi. */
    public static final Map<Eselon, Integer> ESELON_VACANT = eselon(1, 4, 4, 11, 23, 12);

    /** Table 3.5. */
    public static final Map<Golongan, Integer> PNS_BY_GOLONGAN = ruang(1, 1, 143, 204, 358, 828, 407, 470, 559,
            156, 120, 23, 7, 3, 0, 0, 0);

    /** Table 3.6, struktural. */
    public static final Map<Golongan, Integer> RUANG_STRUKTURAL = ruang(0, 1, 20, 40, 91, 126, 70, 39, 4,
            0, 0, 0, 0, 0, 0, 0, 0);
    /** Table 3.6, JF umum. */
    public static final Map<Golongan, Integer> RUANG_FUNGSIONAL_UMUM = ruang(0, 0, 2, 6, 40, 148, 100, 147, 284,
            74, 98, 23, 7, 3, 0, 0, 0);
    /** Table 3.6, "guru + tertentu": guru and non-guru together. */
    public static final Map<Golongan, Integer> RUANG_FUNGSIONAL_TERTENTU = ruang(1, 0, 121, 158, 227, 554, 237, 284,
            271, 82, 22, 0, 0, 0, 0, 0, 0);
    /**
     * Judgement: the seed splits functional ruang only by golongan group between guru and non-guru (Table 3.4);
     * this is the split by ruang, adding up to Table 3.4's guru column (IV 261, III 595, II 1).
     */
    public static final Map<Golongan, Integer> RUANG_GURU = ruang(0, 0, 50, 90, 121, 300, 100, 110, 85,
            1, 0, 0, 0, 0, 0, 0, 0);
    /** Judgement: Table 3.6's fungsional tertentu minus {@link #RUANG_GURU}; adds up to Table 3.4's non-guru column. */
    public static final Map<Golongan, Integer> RUANG_NON_GURU = ruang(1, 0, 71, 68, 106, 254, 137, 174, 186,
            81, 22, 0, 0, 0, 0, 0, 0);

    /** Table 3.7 (the sum of Table 3.8). */
    public static final Map<JenjangPendidikan, Integer> PNS_BY_PENDIDIKAN = pendidikan(5, 538, 1847, 124, 397, 9, 1,
            340, 12, 7);

    /** Table 3.8, per position group. */
    public static final Map<ReportJabatan, Map<JenjangPendidikan, Integer>> PENDIDIKAN_BY_JABATAN = byJabatan(
            pendidikan(5, 171, 179, 11, 11, 0, 0, 14, 0, 0),
            pendidikan(0, 86, 388, 40, 112, 3, 1, 283, 12, 7),
            pendidikan(0, 69, 777, 1, 4, 5, 0, 1, 0, 0),
            pendidikan(0, 212, 503, 72, 270, 1, 0, 42, 0, 0));

    /** Table 3.9: men and women per position group. */
    public static final Map<ReportJabatan, int[]> GENDER_BY_JABATAN = byJabatan(
            new int[] {207, 184}, new int[] {444, 488}, new int[] {237, 620}, new int[] {416, 684});

    /** Table 3.10: per band, CPNS men, CPNS women, PNS men, PNS women. */
    public static final Map<AgeBand, int[]> AGE = ages();

    /** Table 3.11: per religion, CPNS men, CPNS women, PNS men, PNS women. */
    public static final Map<Agama, int[]> RELIGION = religions();

    /**
     * Judgement: eselon × golongan of the 391 officials, inside each eselon's PP 13/2002 range where Table 3.6's
     * struktural column allows (IV.a holds 30 at IV/a and IV.b 8 at III/d above their range; IV.b 4 at III/a
     * below it, as Table 3.6 has struktural staff at III/a). Adds up to Table 3.6 struktural and Table 3.2.
     */
    public static final Map<Eselon, Map<Golongan, Integer>> ESELON_GOLONGAN = eselonGolongan();

    /** A group of CPNS with one golongan and education; a judgement, see {@link #CPNS_GROUPS}. */
    public record CpnsGroup(ReportJabatan jabatan, Golongan golongan, TingkatPendidikan pendidikan, int men,
                            int women) {
    }

    /**
     * Judgement: who the 89 CPNS are. The seed gives only their gender and age (Tables 3.10–3.11). Teachers are now
     * recruited as PPPK, so the CPNS are put in health (non-guru functional) and pelaksana posts, at the entry
     * golongan of their education (S-1/D-IV III/a, D-III II/c, SLTA II/a; doctors III/b).
     */
    public static final java.util.List<CpnsGroup> CPNS_GROUPS = java.util.List.of(
            new CpnsGroup(ReportJabatan.NON_GURU, III_A, TingkatPendidikan.S1, 11, 19),
            new CpnsGroup(ReportJabatan.NON_GURU, III_A, TingkatPendidikan.D4, 2, 6),
            new CpnsGroup(ReportJabatan.NON_GURU, II_C, TingkatPendidikan.D3, 6, 11),
            new CpnsGroup(ReportJabatan.NON_GURU, III_B, TingkatPendidikan.S1, 3, 2),
            new CpnsGroup(ReportJabatan.FUNGSIONAL_UMUM, III_A, TingkatPendidikan.S1, 12, 10),
            new CpnsGroup(ReportJabatan.FUNGSIONAL_UMUM, II_C, TingkatPendidikan.D3, 2, 3),
            new CpnsGroup(ReportJabatan.FUNGSIONAL_UMUM, II_A, TingkatPendidikan.SLTA, 1, 1));

    /**
     * Judgement, not a seed figure: PNS whose TMT pensiun (BUP) falls in 2026. The seed's 135 BUP retirements of
     * 2025 (Table 3.16) have left by December 2025 and are not in the file; the birth dates are drawn so that
     * this many of those still serving reach BUP in 2026, close to 2025's 135.
     */
    public static final int BUP_RETIREMENTS_2026 = 130;

    // ------------------------------------------------------------------ Table 3.1: December's movements

    /** Table 3.1: PNS at the end of November 2025 (JUMLAH PNS NOVEMBER 2025). */
    public static final int PNS_NOVEMBER = 3292;
    /** Table 3.1's reductions in December: BUP / pensiun. */
    public static final int DECEMBER_BUP_RETIREMENTS = 11;
    /** Table 3.15: December's BUP retirements by golongan (IV 8, III 2, II 1, I none). */
    public static final Map<GolonganGroup, Integer> DECEMBER_BUP_BY_GOLONGAN = decemberBupByGolongan();
    /** Table 3.1's reductions in December: pemberhentian / APS. */
    public static final int DECEMBER_RESIGNATIONS = 1;
    /** Table 3.1's reductions in December: meninggal dunia (mutasi keluar: none). */
    public static final int DECEMBER_DEATHS = 2;
    /** Table 3.1's additions in December: mutasi masuk (pengangkatan CPNS and kesalahan data: none). */
    public static final int DECEMBER_TRANSFERS_IN = 2;

    // ------------------------------------------------------------------ PPPK

    /** Table 3.18/3.22. */
    public static final int PPPK_TOTAL = 763;

    /** Table 3.19. */
    public static final Map<ReportJabatan, Integer> PPPK_BY_JABATAN = jabatan(0, 215, 303, 245);

    /** Table 3.20: men and women per PPPK golongan (the golongan without rows have none). */
    public static final Map<Golongan, int[]> PPPK_GOLONGAN = pppkGolongan();

    /** The rows of Table 3.21, with the SIASN level each is written as. */
    public enum PppkPendidikanRow {
        SD_SEDERAJAT("SD SEDERAJAT", TingkatPendidikan.SD),
        SLTP_UMUM("SLTP UMUM", TingkatPendidikan.SLTP),
        SLTA_UMUM("SLTA UMUM", TingkatPendidikan.SLTA),
        SLTA_KEJURUAN("SLTA KEJURUAN", TingkatPendidikan.SLTA_KEJURUAN),
        /** Written as SLTA kejuruan (17) with programme "STM"; SIASN has no separate level for it. */
        SLTA_TEKNIK("SLTA TEKNIK", TingkatPendidikan.SLTA_KEJURUAN),
        DIPLOMA_III("DIPLOMA III", TingkatPendidikan.D3),
        DIPLOMA_IV("DIPLOMA IV", TingkatPendidikan.D4),
        SARJANA("SARJANA", TingkatPendidikan.S1),
        PASCA_SARJANA("PASCA SARJANA", TingkatPendidikan.S2);

        private final String label;
        private final TingkatPendidikan tingkat;

        PppkPendidikanRow(String label, TingkatPendidikan tingkat) {
            this.label = label;
            this.tingkat = tingkat;
        }

        public String label() {
            return label;
        }

        public TingkatPendidikan tingkat() {
            return tingkat;
        }
    }

    /** Table 3.21: men and women per education row (rows with none left out). */
    public static final Map<PppkPendidikanRow, int[]> PPPK_PENDIDIKAN = pppkPendidikan();

    /** Table 3.22. */
    public static final int PPPK_MEN = 247;
    /** Table 3.22. */
    public static final int PPPK_WOMEN = 516;

    /** A group of PPPK with one position group, education row and golongan; a judgement, see {@link #PPPK_GROUPS}. */
    public record PppkGroup(ReportJabatan jabatan, PppkPendidikanRow pendidikan, Golongan golongan, int men,
                            int women) {
    }

    /**
     * Judgement: how Tables 3.19 (position group), 3.20 (golongan × gender) and 3.21 (education × gender) combine;
     * the seed prints only the three margins. Entry golongan follows education (PppkEntryGolongan); the 9 S-1
     * holders at X are doctors. Every margin adds up exactly.
     */
    public static final java.util.List<PppkGroup> PPPK_GROUPS = java.util.List.of(
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SD_SEDERAJAT, PPPK_I, 3, 1),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SLTP_UMUM, PPPK_III, 3, 0),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SLTA_UMUM, PPPK_V, 69, 27),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SLTA_KEJURUAN, PPPK_V, 3, 0),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SLTA_TEKNIK, PPPK_V, 1, 0),
            new PppkGroup(ReportJabatan.NON_GURU, PppkPendidikanRow.DIPLOMA_III, PPPK_VII, 15, 85),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.DIPLOMA_III, PPPK_VII, 16, 16),
            new PppkGroup(ReportJabatan.GURU, PppkPendidikanRow.SARJANA, PPPK_IX, 85, 205),
            new PppkGroup(ReportJabatan.GURU, PppkPendidikanRow.PASCA_SARJANA, PPPK_X, 3, 10),
            new PppkGroup(ReportJabatan.NON_GURU, PppkPendidikanRow.DIPLOMA_IV, PPPK_IX, 3, 32),
            new PppkGroup(ReportJabatan.NON_GURU, PppkPendidikanRow.SARJANA, PPPK_IX, 22, 75),
            new PppkGroup(ReportJabatan.NON_GURU, PppkPendidikanRow.SARJANA, PPPK_X, 2, 7),
            new PppkGroup(ReportJabatan.NON_GURU, PppkPendidikanRow.PASCA_SARJANA, PPPK_X, 1, 3),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.DIPLOMA_IV, PPPK_IX, 1, 6),
            new PppkGroup(ReportJabatan.FUNGSIONAL_UMUM, PppkPendidikanRow.SARJANA, PPPK_IX, 20, 49));

    // ------------------------------------------------------------------ builders

    private static Map<GolonganGroup, Integer> decemberBupByGolongan() {
        Map<GolonganGroup, Integer> m = new EnumMap<>(GolonganGroup.class);
        m.put(GolonganGroup.II, 1);
        m.put(GolonganGroup.III, 2);
        m.put(GolonganGroup.IV, 8);
        return Collections.unmodifiableMap(m);
    }

    private static <V> Map<ReportJabatan, V> byJabatan(V struktural, V umum, V guru, V nonGuru) {
        Map<ReportJabatan, V> m = new EnumMap<>(ReportJabatan.class);
        m.put(ReportJabatan.STRUKTURAL, struktural);
        m.put(ReportJabatan.FUNGSIONAL_UMUM, umum);
        m.put(ReportJabatan.GURU, guru);
        m.put(ReportJabatan.NON_GURU, nonGuru);
        return Collections.unmodifiableMap(m);
    }

    private static Map<ReportJabatan, Integer> jabatan(int struktural, int umum, int guru, int nonGuru) {
        return byJabatan(struktural, umum, guru, nonGuru);
    }

    private static Map<Eselon, Integer> eselon(int iia, int iib, int iiia, int iiib, int iva, int ivb) {
        Map<Eselon, Integer> m = new LinkedHashMap<>();
        m.put(Eselon.II_A, iia);
        m.put(Eselon.II_B, iib);
        m.put(Eselon.III_A, iiia);
        m.put(Eselon.III_B, iiib);
        m.put(Eselon.IV_A, iva);
        m.put(Eselon.IV_B, ivb);
        return Collections.unmodifiableMap(m);
    }

    /** Counts in the seed's order: IV/e, IV/d … I/a. */
    private static Map<Golongan, Integer> ruang(int... fromTop) {
        Golongan[] order = {IV_E, IV_D, IV_C, IV_B, IV_A, III_D, III_C, III_B, III_A, II_D, II_C, II_B, II_A,
            I_D, I_C, I_B, I_A};
        Map<Golongan, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < order.length; i++) {
            m.put(order[i], fromTop[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Counts in the seed's order: S-3, S-2, S-1, D-IV, D-III, D-II, D-I, SLTA, SLTP, SD. */
    private static Map<JenjangPendidikan, Integer> pendidikan(int... fromTop) {
        JenjangPendidikan[] order = {JenjangPendidikan.S3, JenjangPendidikan.S2, JenjangPendidikan.S1,
            JenjangPendidikan.D4, JenjangPendidikan.D3, JenjangPendidikan.D2, JenjangPendidikan.D1,
            JenjangPendidikan.SLTA, JenjangPendidikan.SLTP, JenjangPendidikan.SD};
        Map<JenjangPendidikan, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < order.length; i++) {
            m.put(order[i], fromTop[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<AgeBand, int[]> ages() {
        Map<AgeBand, int[]> m = new EnumMap<>(AgeBand.class);
        m.put(AgeBand.A21_25, new int[] {15, 24, 6, 4});
        m.put(AgeBand.A26_30, new int[] {16, 18, 67, 146});
        m.put(AgeBand.A31_35, new int[] {6, 10, 138, 174});
        m.put(AgeBand.A36_40, new int[] {0, 0, 143, 334});
        m.put(AgeBand.A41_45, new int[] {0, 0, 255, 355});
        m.put(AgeBand.A46_50, new int[] {0, 0, 292, 391});
        m.put(AgeBand.A51_55, new int[] {0, 0, 250, 281});
        m.put(AgeBand.A56_58, new int[] {0, 0, 99, 202});
        m.put(AgeBand.A59_60, new int[] {0, 0, 17, 36});
        m.put(AgeBand.OVER_61, new int[] {0, 0, 0, 1});
        return Collections.unmodifiableMap(m);
    }

    private static Map<Agama, int[]> religions() {
        Map<Agama, int[]> m = new EnumMap<>(Agama.class);
        m.put(Agama.ISLAM, new int[] {35, 48, 1188, 1833});
        m.put(Agama.KRISTEN, new int[] {1, 0, 26, 45});
        m.put(Agama.KATHOLIK, new int[] {1, 3, 37, 27});
        m.put(Agama.HINDU, new int[] {0, 1, 16, 17});
        m.put(Agama.BUDHA, new int[] {0, 0, 0, 2});
        return Collections.unmodifiableMap(m);
    }

    private static Map<Eselon, Map<Golongan, Integer>> eselonGolongan() {
        Map<Eselon, Map<Golongan, Integer>> m = new LinkedHashMap<>();
        m.put(Eselon.II_B, ordered(IV_D, 1, IV_C, 20, IV_B, 7));
        m.put(Eselon.III_A, ordered(IV_B, 33, IV_A, 11));
        m.put(Eselon.III_B, ordered(IV_A, 50, III_D, 15));
        m.put(Eselon.IV_A, ordered(IV_A, 30, III_D, 103));
        m.put(Eselon.IV_B, ordered(III_D, 8, III_C, 70, III_B, 39, III_A, 4));
        return Collections.unmodifiableMap(m);
    }

    private static Map<Golongan, Integer> ordered(Object... pairs) {
        Map<Golongan, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Golongan) pairs[i], (Integer) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<Golongan, int[]> pppkGolongan() {
        Map<Golongan, int[]> m = new LinkedHashMap<>();
        m.put(PPPK_I, new int[] {3, 1});
        m.put(PPPK_III, new int[] {3, 0});
        m.put(PPPK_V, new int[] {73, 27});
        m.put(PPPK_VII, new int[] {31, 101});
        m.put(PPPK_IX, new int[] {131, 367});
        m.put(PPPK_X, new int[] {6, 20});
        return Collections.unmodifiableMap(m);
    }

    private static Map<PppkPendidikanRow, int[]> pppkPendidikan() {
        Map<PppkPendidikanRow, int[]> m = new EnumMap<>(PppkPendidikanRow.class);
        m.put(PppkPendidikanRow.SD_SEDERAJAT, new int[] {3, 1});
        m.put(PppkPendidikanRow.SLTP_UMUM, new int[] {3, 0});
        m.put(PppkPendidikanRow.SLTA_UMUM, new int[] {69, 27});
        m.put(PppkPendidikanRow.SLTA_KEJURUAN, new int[] {3, 0});
        m.put(PppkPendidikanRow.SLTA_TEKNIK, new int[] {1, 0});
        m.put(PppkPendidikanRow.DIPLOMA_III, new int[] {31, 101});
        m.put(PppkPendidikanRow.DIPLOMA_IV, new int[] {4, 38});
        m.put(PppkPendidikanRow.SARJANA, new int[] {129, 336});
        m.put(PppkPendidikanRow.PASCA_SARJANA, new int[] {4, 13});
        return Collections.unmodifiableMap(m);
    }
}
