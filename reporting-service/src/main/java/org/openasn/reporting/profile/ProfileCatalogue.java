package org.openasn.reporting.profile;

import org.openasn.reference.unit.JenisUnit;
import org.openasn.reporting.profile.units.UnitStructure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the monthly staffing profile: seed 000's Tables 3.1–3.23 (Kota Metro, December 2025) with their
 * numbers, titles, rows and columns, and seed 002's variants (Kota Serang) under numbers of their own.
 */
public final class ProfileCatalogue {

    /** Where seed 000's tables come from. */
    public static final String SEED_000 = "Profil Kepegawaian ASN Kota Metro, Desember 2025";
    /** Where seed 002's tables come from. */
    public static final String SEED_002 = "Profil Kepegawaian ASN Kota Serang, 2022";

    private static final String REDUCTION = "reduction";
    private static final String ADDITION = "addition";
    /** Status of the counts of formasi posts not filled on the day. */
    public static final String VACANT = "LOWONG";
    /** Status of the counts of formasi posts being prepared (disiapkan). */
    public static final String PREPARED = "DISIAPKAN";
    private static final String FORMASI_NOTE = "Formasi posts are those set by personnel-service (formasi-set events) in force on the day: "
            + "each position's latest setting from on or before it. An agency without formasi has none vacant or prepared.";

    private static final String UNIT_TYPE_NOTE = "A unit's type and school level are those personnel-service last published "
            + "(set when the unit is registered, read from its name only when the name states them, or by an operator): "
            + "current knowledge, not as of the month or as known at knownAt.";

    private static final String UNIT_LISTING_NOTE = "Every unit existing at the month's end is listed, in sections by kind of unit as "
            + "seed 000 prints them: a UPTD under its dinas's kind (DINAS when it has no parent of an SKPD kind), a school under SEKOLAH, "
            + "a unit without type under TIDAK TERCATAT. Within a section a unit follows its parent, and units side by side are in "
            + "the order of their names (numbers by value), schools by level first.";

    private static final List<TableDefinition> TABLES = List.of(
            movements("3.1", "Rekapitulasi Jumlah Penambahan dan Pengurangan PNS", Population.PNS),
            TableDefinition.table("3.2", "Rekapitulasi Jabatan (Eselon) yang Terisi dan Lowong")
                    .description("Eselon posts by eselon: filled (PNS holding an eselon post) and vacant (each formasi post's slots "
                            + "less the PNS in service holding that position in that unit, never below zero)")
                    .dimensions("eselon").withFormasi().filter(c -> Axes.eselonHolder(c) && !PREPARED.equals(c.value("status")))
                    .rows("JABATAN (ESELON)", Axes.eselon("ESELON ", code -> code.replace('.', '-')))
                    .columns(Axis.of("status", List.of(Bin.of("TERISI", "TERISI"), Bin.of(VACANT, VACANT)),
                            c -> c.value("status") == null ? "TERISI" : c.value("status")))
                    .note(FORMASI_NOTE).build(),
            TableDefinition.table("3.3", "Rekapitulasi Jumlah PNS berdasarkan Jabatan").description("PNS by position category")
                    .dimensions("jenisJabatan", "group").rows("JABATAN", Axes.jabatan()).build(),
            TableDefinition.table("3.4", "Rekapitulasi Jabatan berdasarkan Golongan").description("PNS by golongan and position category")
                    .dimensions("ruang", "jenisJabatan", "group").rows("GOLONGAN", Axes.golonganGroup("GOL."))
                    .columns(Axes.jabatan()).build(),
            TableDefinition.table("3.5", "Rekapitulasi Jumlah PNS berdasarkan Golongan").description("PNS by golongan/ruang")
                    .dimensions("ruang").rows("GOLONGAN", Axes.ruang()).build(),
            TableDefinition.table("3.6", "Rekapitulasi Jumlah PNS berdasarkan Golongan per Jabatan")
                    .description("PNS by golongan/ruang and position category (seed 000 prints struktural, fungsional umum and "
                            + "fungsional tertentu; its 'struktural + fungsional umum' page is the sum of the first two columns)")
                    .dimensions("ruang", "jenisJabatan", "group").rows("GOLONGAN", Axes.ruang()).columns(Axes.jabatanTertentu()).build(),
            TableDefinition.table("3.7", "Rekapitulasi Jumlah PNS berdasarkan Pendidikan").description("PNS by education level")
                    .dimensions("pendidikan").rows("PENDIDIKAN", Axes.pendidikan()).build(),
            TableDefinition.table("3.8", "Rincian Jumlah PNS berdasarkan Pendidikan per Jabatan")
                    .description("PNS by education level and position category").dimensions("pendidikan", "jenisJabatan", "group")
                    .rows("PENDIDIKAN", Axes.pendidikan()).columns(Axes.jabatan()).build(),
            TableDefinition.table("3.9", "Rincian Jumlah PNS berdasarkan Jenis Kelamin").description("PNS by position category and gender")
                    .dimensions("jenisJabatan", "group", "gender").rows("JABATAN", Axes.jabatan()).columns(Axes.gender()).build(),
            TableDefinition.table("3.10", "Rincian Jumlah PNS berdasarkan Kelompok Umur")
                    .description("PNS by age on the month's last day, CPNS and PNS, by gender").dimensions("ageGroup", "gender")
                    .rows("JENJANG USIA", Axes.ageGroup()).columns(Axes.kindGender())
                    .note("Ages over 60 are one band, '> 60 Tahun': the seed's '> 61 Tahun' would leave out those aged 61.").build(),
            TableDefinition.table("3.11", "Rincian Jumlah PNS berdasarkan Agama").description("PNS by religion, CPNS and PNS, by gender")
                    .dimensions("agama", "gender").rows("AGAMA", Axes.agama()).columns(Axes.kindGender()).build(),
            TableDefinition.table("3.12", "Daftar SKPD")
                    .description("The agency's SKPD (perangkat daerah) existing on the month's last day, by kind: units of an SKPD type, "
                            + "and top-level units without a type (TIDAK TERCATAT); UPTD, schools and sub-units without a type are parts of an SKPD")
                    .measure(Measure.UNITS).rows("SKPD", Axis.of(UnitStructure.UNIT_TYPE,
                            Axes.skpdTypes(t -> t == JenisUnit.LEMBAGA_LAIN ? "LEMBAGA" : t.label()), c -> c.value(UnitStructure.UNIT_TYPE)))
                    .columns(Axis.of("skpd", List.of(Bin.of("SKPD", "SKPD")), c -> "SKPD"))
                    .note(UNIT_TYPE_NOTE).build(),
            TableDefinition.table("3.13", "Rincian Jabatan")
                    .description("PNS holding an eselon post on the month's last day, by kind of SKPD of their unit and title of the post "
                            + "(read from the leading words of the position's name)")
                    .measure(Measure.ESELON_POSTS)
                    .sections(Axis.of(UnitStructure.SECTION, Axes.skpdTypes(JenisUnit::label), c -> c.value(UnitStructure.SECTION)))
                    .rows("JABATAN", Axis.perSection("title", PostTitles::bins, c -> PostTitles.rowOf(c.value(UnitStructure.SECTION),
                            c.value(UnitStructure.UNIT_TYPE), c.value(UnitStructure.JABATAN))))
                    .totalLabel("JUMLAH TOTAL")
                    .note(UNIT_TYPE_NOTE)
                    .note("A post counts under the kind of its unit; a post in a UPTD or school under the kind of the nearest unit above it "
                            + "that is an SKPD, or under DINAS when none is (imported units have no parent); in a unit without a type "
                            + "under TIDAK TERCATAT. Titles are read from the position's name by the leading words listed in "
                            + "post-titles.tsv (KEPALA BIDANG → KABID, the longest match winning); other named posts are LAINNYA. Seed 000's "
                            + "row DIREKTUR RSUD SSB (one hospital's director) is counted in DIREKTUR.").build(),
            TableDefinition.table("3.14", "Daftar Jumlah PNS per Satuan Kerja")
                    .description("PNS by the unit they are placed in (not rolled up to parent units)").dimensions("unit")
                    .sections(Axes.unitListingSections()).rows("SATUAN KERJA", Axes.unit()).note(UNIT_LISTING_NOTE).note(UNIT_TYPE_NOTE).build(),
            TableDefinition.table("3.15", "Daftar BUP PNS Bulan {bulan} {tahun} per Golongan")
                    .description("PNS retired at BUP with TMT pensiun in the month, by golongan held when retiring")
                    .measure(Measure.BUP_MONTH).dimensions("ruang").rows("GOLONGAN", Axes.golonganGroup("GOLONGAN ")).build(),
            TableDefinition.table("3.16", "Daftar BUP PNS Per Bulan Tahun {tahun}")
                    .description("PNS retired at BUP in each month of the year, January to the month asked for")
                    .measure(Measure.BUP_BY_MONTH).rows("BULAN", Axes.months()).totalLabel("JUMLAH TOTAL").build(),
            TableDefinition.table("3.17", "Daftar BUP PNS Per Tahun {tahun} berdasarkan Jabatan dan Golongan")
                    .description("PNS retired at BUP from January to the month, by golongan and position category held when retiring")
                    .measure(Measure.BUP_YEAR).dimensions("ruang", "jenisJabatan", "group").rows("GOLONGAN", Axes.golonganGroup("GOLONGAN "))
                    .columns(Axes.jabatan()).build(),
            movements("3.18", "Rekapitulasi Data PPPK", Population.PPPK),
            TableDefinition.table("3.19", "Rekapitulasi Data PPPK berdasarkan Jabatan").population(Population.PPPK)
                    .description("PPPK by position category").dimensions("jenisJabatan", "group").rows("JABATAN", Axes.jabatan()).build(),
            TableDefinition.table("3.20", "Rekapitulasi Data PPPK berdasarkan Golongan").population(Population.PPPK)
                    .description("PPPK by golongan I–XVII and gender").dimensions("ruang", "gender").rows("GOLONGAN", Axes.pppkGolongan())
                    .columns(Axes.gender("PPPK")).totalLabel("TOTAL").build(),
            TableDefinition.table("3.21", "Rekapitulasi Data PPPK berdasarkan Pendidikan").population(Population.PPPK)
                    .description("PPPK by education level (SIASN tingkat pendidikan) and gender").dimensions("pendidikan", "gender")
                    .rows("JENJANG PENDIDIKAN", Axes.pppkPendidikan()).columns(Axes.gender("PPPK")).totalLabel("TOTAL")
                    .note("Seed 000's rows SLTA TEKNIK and SLTA KEJURUAN 4 TH are counted in SLTA KEJURUAN (SIASN records both as "
                            + "SLTA kejuruan); AKTA IV PENDIDIKAN and SPESIALIS I have no SIASN level and are not rows.").build(),
            TableDefinition.table("3.22", "Rekapitulasi Data PPPK berdasarkan Jenis Kelamin").population(Population.PPPK)
                    .description("PPPK by gender").dimensions("gender").rows("JENIS KELAMIN", Axes.gender()).totalLabel("TOTAL").build(),
            TableDefinition.table("3.23", "Rekapitulasi Data PPPK berdasarkan Satuan Kerja").population(Population.PPPK)
                    .description("PPPK by the unit they are placed in (not rolled up to parent units)").dimensions("unit")
                    .sections(Axes.unitListingSections()).rows("SATUAN KERJA", Axes.unit()).note(UNIT_LISTING_NOTE).note(UNIT_TYPE_NOTE).build(),
            TableDefinition.table("002.eselon", "Data Pejabat/Eselon").source(SEED_002)
                    .description("PNS holding an eselon post (jabatan terisi) by eselon and gender, and beside them the formasi posts "
                            + "being prepared (jabatan disiapkan), not added into the row totals")
                    .dimensions("eselon", "gender").withFormasi().filter(c -> Axes.eselonHolder(c) && !VACANT.equals(c.value("status")))
                    .rows("JABATAN/ESELON", Axes.eselon("", code -> code.toUpperCase(java.util.Locale.ROOT)))
                    .columns(Axis.of("terisi", List.of(Bin.grouped("L", "TERISI", "L"), Bin.grouped("P", "TERISI", "P"),
                            Bin.memo(PREPARED, PREPARED)), c -> c.value("status") == null ? c.value("gender") : c.value("status")))
                    .note(FORMASI_NOTE).build(),
            TableDefinition.table("002.guru", "Data Guru ASN Tingkat SD-SMP Negeri").source(SEED_002).population(Population.ASN)
                    .description("Teachers (PNS, CPNS and PPPK in guru positions) on the month's last day by the level of the school "
                            + "(unit) they are placed in; teachers placed in a unit that is not a school are TIDAK TERCATAT")
                    .dimensions("unit", "group").filter(c -> "GURU".equals(c.value("group")))
                    .rows("JENJANG SEKOLAH", Axes.schoolLevel()).note(UNIT_TYPE_NOTE).build(),
            TableDefinition.table("002.golongan", "Data PNS & CPNS").source(SEED_002)
                    .description("PNS (with CPNS) by ruang letter, golongan I–IV and gender").dimensions("ruang", "gender")
                    .rows("RUANG", Axes.ruangLetter()).columns(Axes.golonganGender()).build(),
            TableDefinition.table("002.pendidikan", "Data ASN berdasarkan Tingkat Pendidikan").source(SEED_002)
                    .description("PNS (with CPNS) by education level and gender, with each level's share of the total")
                    .dimensions("pendidikan", "gender").rows("TINGKAT PENDIDIKAN", Axes.pendidikanSerang()).columns(Axes.gender(null))
                    .percentages().build(),
            TableDefinition.table("002.jenjang", "Data Jabatan Fungsional berdasarkan Jenjang dan Golongan").source(SEED_002)
                    .description("PNS in functional positions (fungsional tertentu) by jenjang, golongan/ruang, position group and gender")
                    .dimensions("jenisJabatan", "jenjang", "ruang", "group", "gender").filter(c -> "2".equals(c.value("jenisJabatan")))
                    .sections(Axes.jenjangFungsional()).rows("JENJANG / GOL. RUANG", Axes.ruangWithinJenjang()).columns(Axes.groupGender())
                    .note("Seed 002 splits functional staff into pengawas, penilik, guru and pamong; the read model knows the position "
                            + "group (guru, kesehatan, lainnya), which is used instead.").build());

    private ProfileCatalogue() {
    }

    public static List<TableDefinition> all() {
        return TABLES;
    }

    public static Optional<TableDefinition> byNumber(String number) {
        return TABLES.stream().filter(t -> t.number().equals(number)).findFirst();
    }

    /** Tables 3.1 and 3.18: the month's reductions and additions by reason, with the counts before and after. */
    private static TableDefinition movements(String number, String title, Population population) {
        boolean pns = population == Population.PNS;
        List<Bin> reductions = List.of(Bin.of("BUP", "BUP / PENSIUN"), Bin.of("APS", pns ? "PEMBERHENTIAN / APS" : "PEMBERHENTIAN"),
                Bin.of("DIED", "MENINGGAL DUNIA"), Bin.of("OUT", "MUTASI KELUAR"), Bin.optional("CORRECTION", "KESALAHAN DATA"),
                Bin.optional("OTHER", "LAINNYA"));
        List<Bin> additions = List.of(Bin.of("IN", "MUTASI MASUK"), Bin.of("APPOINTED", pns ? "PENGANGKATAN CPNS" : "PENGANGKATAN"),
                Bin.of("CORRECTION", "KESALAHAN DATA"), Bin.optional("OTHER", "LAINNYA"));
        Set<String> leaving = pns ? Set.of("RETIRED_APS", "RESIGNED", "DISMISSED") : Set.of("RETIRED_APS", "RESIGNED", "DISMISSED", "CONTRACT_ENDED");
        String appointed = pns ? "cpns-appointed" : "pppk-appointed";
        return TableDefinition.table(number, title).population(population).measure(Measure.MOVEMENTS)
                .description("The month's reductions and additions of " + population.label() + " by reason, from the changes whose TMT "
                        + "falls in the month, with the counts at the end of the previous month and of the month")
                .sections(Axis.of("movement", List.of(Bin.of(REDUCTION, Reconciliation.REDUCTIONS), Bin.of(ADDITION, Reconciliation.ADDITIONS)),
                        c -> c.value("movement")))
                .rows("KETERANGAN DATA", Axis.perSection("reason", section -> REDUCTION.equals(section) ? reductions
                        : ADDITION.equals(section) ? additions : List.of(), c -> {
                            String reason = c.value("reason");
                            if ("data-corrected".equals(reason)) {
                                return "CORRECTION";
                            }
                            if (REDUCTION.equals(c.value("movement"))) {
                                return "RETIRED_BUP".equals(reason) || "RETIRED_DISABILITY".equals(reason) ? "BUP"
                                        : leaving.contains(reason) ? "APS" : "DIED".equals(reason) ? "DIED"
                                        : "TRANSFERRED_OUT".equals(reason) ? "OUT" : "OTHER";
                            }
                            return "transferred-in".equals(reason) ? "IN" : appointed.equals(reason) ? "APPOINTED" : "OTHER";
                        }))
                .totalLabel("JUMLAH MUTASI")
                .note("BUP / PENSIUN counts retirements at BUP and for disability; LAINNYA counts the other changes between counted "
                        + "and not counted (unpaid leave and the return from it, a change of employee kind, registration by import).")
                .build();
    }
}
