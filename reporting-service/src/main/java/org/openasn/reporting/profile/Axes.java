package org.openasn.reporting.profile;

import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.unit.JenisUnit;
import org.openasn.reference.unit.JenjangSekolah;

import org.openasn.reporting.headcount.AgeBands;
import org.openasn.reporting.profile.units.UnitStructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows and columns the profile tables are made of, with the labels seed 000 (Kota Metro, December 2025) and seed
 * 002 (Kota Serang) print, and the rule that puts each count in one of them.
 */
public final class Axes {

    /** Seed 000's four position categories (Tables 3.3, 3.4, 3.8, 3.9, 3.17, 3.19). */
    public static final List<Bin> JABATAN = List.of(Bin.of("STRUKTURAL", "JAB. STRUKTURAL"), Bin.of("FU", "JAB.F. UMUM"),
            Bin.of("GURU", "JAB.F.GURU"), Bin.of("NON_GURU", "JAB.F.NON GURU"));

    private Axes() {
    }

    /**
     * Position category: jenis jabatan 1 struktural (and 3 rangkap, who hold a structural post beside a functional one)
     * → JAB. STRUKTURAL; 4 fungsional umum → JAB.F. UMUM; 2 fungsional tertentu → JAB.F.GURU for teachers, else
     * JAB.F.NON GURU (medical and other functional positions).
     */
    public static String jabatan(Count c) {
        String jenis = c.value("jenisJabatan");
        if (jenis == null) {
            return null;
        }
        return switch (jenis) {
            case "1", "3" -> "STRUKTURAL";
            case "4" -> "FU";
            case "2" -> "GURU".equals(c.value("group")) ? "GURU" : "NON_GURU";
            default -> null;
        };
    }

    public static Axis jabatan() {
        return Axis.of("jabatan", JABATAN, Axes::jabatan);
    }

    /** Seed 000 Table 3.6's three columns: struktural, fungsional umum, fungsional tertentu (guru and non-guru together). */
    public static Axis jabatanTertentu() {
        return Axis.of("jabatan", List.of(Bin.of("STRUKTURAL", "JAB. STRUKTURAL"), Bin.of("FU", "JAB.F. UMUM"),
                Bin.of("TERTENTU", "JAB.F. TERTENTU (GURU + NON GURU)")), c -> {
                    String jabatan = jabatan(c);
                    return "GURU".equals(jabatan) || "NON_GURU".equals(jabatan) ? "TERTENTU" : jabatan;
                });
    }

    /** The PNS golongan/ruang of a count, {@code null} when not recorded or not a PNS golongan. */
    static Golongan pnsGolongan(Count c) {
        String ruang = c.value("ruang");
        if (ruang == null) {
            return null;
        }
        try {
            Golongan golongan = Golongan.parse(ruang);
            return golongan.kind() == Golongan.Kind.PNS ? golongan : null;
        } catch (InvalidReferenceException e) {
            return null;
        }
    }

    /** PNS golongan/ruang from IV/e down to I/a, labelled {@code prefix + code} (e.g. "GOLONGAN IV/e"). */
    public static List<Bin> ruangBins(String prefix) {
        List<Bin> bins = new ArrayList<>();
        List<Golongan> pns = Arrays.stream(Golongan.values()).filter(g -> g.kind() == Golongan.Kind.PNS).toList();
        for (int i = pns.size() - 1; i >= 0; i--) {
            bins.add(Bin.of(pns.get(i).code(), prefix + pns.get(i).code()));
        }
        return bins;
    }

    /** Golongan/ruang rows, IV/e first. */
    public static Axis ruang() {
        return Axis.of("ruang", ruangBins("GOLONGAN "), c -> {
            Golongan g = pnsGolongan(c);
            return g == null ? null : g.code();
        });
    }

    /** PNS golongan without ruang, IV first, labelled {@code prefix + IV}. */
    public static Axis golonganGroup(String prefix) {
        return Axis.of("golongan", List.of(Bin.of("IV", prefix + "IV"), Bin.of("III", prefix + "III"), Bin.of("II", prefix + "II"),
                Bin.of("I", prefix + "I")), c -> {
                    Golongan g = pnsGolongan(c);
                    return g == null ? null : g.group().name();
                });
    }

    /** PPPK golongan I to XVII (seed 000 Table 3.20). */
    public static Axis pppkGolongan() {
        List<Bin> bins = Arrays.stream(Golongan.values()).filter(g -> g.kind() == Golongan.Kind.PPPK).map(g -> Bin.of(g.code(), g.code()))
                .toList();
        return Axis.of("golongan", bins, c -> c.value("ruang"));
    }

    /** L and P, labelled LAKI-LAKI and PEREMPUAN. */
    public static Axis gender() {
        return Axis.of("gender", List.of(Bin.of("L", "LAKI-LAKI"), Bin.of("P", "PEREMPUAN")), c -> c.value("gender"));
    }

    /** L and P as short column heads under one group (e.g. PPPK over L, P). */
    public static Axis gender(String group) {
        return Axis.of("gender", List.of(Bin.grouped("L", group, "L"), Bin.grouped("P", group, "P")), c -> c.value("gender"));
    }

    /** Seed 000 Tables 3.10–3.11's columns: CPNS L, CPNS P, PNS L, PNS P. */
    public static Axis kindGender() {
        return Axis.of("kindGender", List.of(Bin.grouped("CPNS L", "CPNS", "L"), Bin.grouped("CPNS P", "CPNS", "P"),
                Bin.grouped("PNS L", "PNS", "L"), Bin.grouped("PNS P", "PNS", "P")), c -> {
                    String kind = c.value("kind");
                    String gender = c.value("gender");
                    return kind == null || gender == null ? null : kind + " " + gender;
                });
    }

    static TingkatPendidikan tingkat(Count c) {
        String code = c.value("pendidikan");
        if (code == null) {
            return null;
        }
        try {
            return TingkatPendidikan.fromSiasnId(code);
        } catch (InvalidReferenceException e) {
            return null;
        }
    }

    /** Seed 000 Tables 3.7–3.8: S-3 down to SD. */
    public static Axis pendidikan() {
        List<Bin> bins = new ArrayList<>();
        JenjangPendidikan[] levels = JenjangPendidikan.values();
        for (int i = levels.length - 1; i >= 0; i--) {
            bins.add(Bin.of(levels[i].name(), levels[i].label()));
        }
        return Axis.of("pendidikan", bins, c -> {
            TingkatPendidikan t = tingkat(c);
            return t == null ? null : t.jenjang().name();
        });
    }

    /**
     * Seed 000 Table 3.21's rows that a SIASN level can be counted in. SIASN has no level for its rows SLTA TEKNIK
     * and SLTA KEJURUAN 4 TH (both recorded as SLTA kejuruan), AKTA IV PENDIDIKAN or SPESIALIS I; SLTA keguruan
     * gets a row of its own when someone has it.
     */
    public static Axis pppkPendidikan() {
        Map<TingkatPendidikan, Bin> rows = new java.util.LinkedHashMap<>();
        rows.put(TingkatPendidikan.SD, Bin.of("05", "SD SEDERAJAT"));
        rows.put(TingkatPendidikan.SLTP, Bin.of("10", "SLTP UMUM"));
        rows.put(TingkatPendidikan.SLTP_KEJURUAN, Bin.of("12", "SLTP KEJURUAN"));
        rows.put(TingkatPendidikan.SLTA, Bin.of("15", "SLTA UMUM"));
        rows.put(TingkatPendidikan.SLTA_KEJURUAN, Bin.of("17", "SLTA KEJURUAN"));
        rows.put(TingkatPendidikan.SLTA_KEGURUAN, Bin.optional("18", "SLTA KEGURUAN"));
        rows.put(TingkatPendidikan.D1, Bin.of("20", "DIPLOMA I"));
        rows.put(TingkatPendidikan.D2, Bin.of("25", "DIPLOMA II"));
        rows.put(TingkatPendidikan.D3, Bin.of("30", "DIPLOMA III"));
        rows.put(TingkatPendidikan.D4, Bin.of("35", "DIPLOMA IV"));
        rows.put(TingkatPendidikan.S1, Bin.of("40", "SARJANA"));
        rows.put(TingkatPendidikan.S2, Bin.of("45", "PASCA SARJANA"));
        rows.put(TingkatPendidikan.S3, Bin.of("50", "DOKTOR"));
        return Axis.of("pendidikan", List.copyOf(rows.values()), c -> {
            TingkatPendidikan t = tingkat(c);
            return t == null ? null : rows.get(t).key();
        });
    }

    /** Seed 002's education rows: SD ... S3, with SLTA kejuruan (and keguruan) apart from SLTA. */
    public static Axis pendidikanSerang() {
        List<Bin> bins = List.of(Bin.of("SD", "SD"), Bin.of("SLTP", "SLTP"), Bin.of("SLTA", "SLTA"), Bin.of("SLTA_K", "SLTA KEJURUAN"),
                Bin.of("D1", "DIPLOMA 1"), Bin.of("D2", "DIPLOMA 2"), Bin.of("D3", "DIPLOMA 3"), Bin.of("D4", "DIPLOMA 4"),
                Bin.of("S1", "S1"), Bin.of("S2", "S2"), Bin.of("S3", "S3"));
        return Axis.of("pendidikan", bins, c -> {
            TingkatPendidikan t = tingkat(c);
            if (t == null) {
                return null;
            }
            return t == TingkatPendidikan.SLTA_KEJURUAN || t == TingkatPendidikan.SLTA_KEGURUAN ? "SLTA_K" : t.jenjang().name();
        });
    }

    /** Seed 000 Table 3.11: religions, Konghucu and other only when someone has them. */
    public static Axis agama() {
        List<Bin> bins = Arrays.stream(Agama.values()).map(a -> new Bin(Integer.toString(a.id()), null,
                a.label().toUpperCase(java.util.Locale.ROOT), a == Agama.KONGHUCU || a == Agama.LAINNYA)).toList();
        return Axis.of("agama", bins, c -> c.value("agama"));
    }

    /**
     * Seed 000 Table 3.10's age bands ({@link AgeBands#SEED_000}), the youngest (under 21) only when someone is in it;
     * over 60 is one band (the seed's "> 61" would drop 61).
     */
    public static Axis ageGroup() {
        List<String> labels = AgeBands.SEED_000.labels();
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < labels.size(); b++) {
            String label = labels.get(b);
            String printed = label.replace("<", "< ").replace(">", "> ") + " Tahun";
            bins.add(b == 0 ? Bin.optional(label, printed) : Bin.of(label, printed));
        }
        return Axis.of("ageGroup", bins, c -> c.value("ageGroup"));
    }

    static Eselon eselon(Count c) {
        String id = c.value("eselon");
        if (id == null) {
            return null;
        }
        try {
            return Eselon.fromSiasnId(id);
        } catch (InvalidReferenceException e) {
            return null;
        }
    }

    /** Whether the count is of holders of an eselon post (eselon recorded and not 99 non-eselon). */
    public static boolean eselonHolder(Count c) {
        Eselon e = eselon(c);
        return e != null && e != Eselon.NON_ESELON;
    }

    /** Eselon II.a to V as seed 000 Table 3.2 prints them ("ESELON II-a"); I.a and I.b (provinces, ministries) when held. */
    public static Axis eselon(String prefix, Function<String, String> spell) {
        List<Bin> bins = new ArrayList<>();
        for (Eselon e : List.of(Eselon.I_A, Eselon.I_B, Eselon.II_A, Eselon.II_B, Eselon.III_A, Eselon.III_B, Eselon.IV_A, Eselon.IV_B)) {
            String label = prefix + spell.apply(e.code());
            bins.add(e == Eselon.I_A || e == Eselon.I_B ? Bin.optional(e.name(), label) : Bin.of(e.name(), label));
        }
        bins.add(Bin.of("V", prefix + "V"));
        return Axis.of("eselon", bins, c -> {
            Eselon e = eselon(c);
            return e == null ? null : e == Eselon.V_A || e == Eselon.V_B ? "V" : e.name();
        });
    }

    /** Ruang letters A to E (seed 002's golongan table). */
    public static Axis ruangLetter() {
        return Axis.of("ruangLetter", List.of(Bin.of("a", "A"), Bin.of("b", "B"), Bin.of("c", "C"), Bin.of("d", "D"), Bin.of("e", "E")),
                c -> {
                    Golongan g = pnsGolongan(c);
                    return g == null ? null : g.ruang().map(String::valueOf).orElse(null);
                });
    }

    /** Golongan I–IV, each split L and P (seed 002's golongan table). */
    public static Axis golonganGender() {
        List<Bin> bins = new ArrayList<>();
        for (String g : List.of("I", "II", "III", "IV")) {
            bins.add(Bin.grouped(g + " L", "GOL " + g, "L"));
            bins.add(Bin.grouped(g + " P", "GOL " + g, "P"));
        }
        return Axis.of("golonganGender", bins, c -> {
            Golongan g = pnsGolongan(c);
            String gender = c.value("gender");
            return g == null || gender == null ? null : g.group().name() + " " + gender;
        });
    }

    /** Functional levels, the expert ones first (seed 002 prints Pertama, Muda, Madya, Utama). */
    public static Axis jenjangFungsional() {
        List<Bin> bins = Arrays.stream(JenjangFungsional.values())
                .map(j -> Bin.of(j.name(), j.label().toUpperCase(java.util.Locale.ROOT))).toList();
        return Axis.of("jenjang", bins, c -> c.value("jenjang"));
    }

    /** Within a functional level, the ruang of its range (always), and any other ruang someone holds at that level. */
    public static Axis ruangWithinJenjang() {
        Set<String> names = Arrays.stream(JenjangFungsional.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        return Axis.perSection("ruang", section -> {
            List<Bin> bins = new ArrayList<>();
            for (Bin bin : ruangBins("")) {
                Golongan g = Golongan.parse(bin.key());
                boolean inRange = names.contains(section) && JenjangFungsional.valueOf(section).isWithinRange(g);
                bins.add(new Bin(bin.key(), null, bin.label(), !inRange));
            }
            // lowest first within a level, as seed 002 prints III/a before III/b
            java.util.Collections.reverse(bins);
            return bins;
        }, c -> {
            Golongan g = pnsGolongan(c);
            return g == null ? null : g.code();
        });
    }

    /** Position group, each split L and P: guru, kesehatan (health), lainnya (others). */
    public static Axis groupGender() {
        List<Bin> bins = new ArrayList<>();
        for (String[] group : List.of(new String[]{"GURU", "GURU"}, new String[]{"KESEHATAN", "KESEHATAN"}, new String[]{"LAINNYA", "LAINNYA"})) {
            bins.add(Bin.grouped(group[0] + " L", group[1], "L"));
            bins.add(Bin.grouped(group[0] + " P", group[1], "P"));
        }
        return Axis.of("groupGender", bins, c -> {
            String group = c.value("group");
            String gender = c.value("gender");
            return group == null || gender == null ? null : group + " " + gender;
        });
    }

    /** The agency's units (rows known when the table is built). */
    public static Axis unit() {
        return Axis.dynamic("unit", c -> c.value("unit"));
    }

    /** The sections Tables 3.14 and 3.23 list units in, given when built: the kinds of unit the agency has. */
    public static Axis unitListingSections() {
        return Axis.dynamic("unitSection", c -> c.value(UnitStructure.LISTING_SECTION));
    }

    /** Months of the year (seed 000 Table 3.16), rows given when built: January to the month asked for. */
    public static Axis months() {
        return Axis.dynamic("month", c -> c.value("month"));
    }

    /** The rows of {@link #months()} from January to {@code upTo}. */
    public static List<Bin> monthBins(int upTo) {
        List<Bin> bins = new ArrayList<>();
        for (int m = 1; m <= upTo; m++) {
            bins.add(Bin.of(Integer.toString(m), Bulan.upper(m)));
        }
        return bins;
    }

    /** The kinds of SKPD in seed 000's order (Tables 3.12, 3.13), labelled by {@code label}; keyed by {@link JenisUnit} name. */
    public static List<Bin> skpdTypes(Function<JenisUnit, String> label) {
        return Arrays.stream(JenisUnit.values()).filter(JenisUnit::isSkpd).map(t -> Bin.of(t.name(), label.apply(t))).toList();
    }

    /**
     * School levels (seed 002's teachers by school level): SD and SMP, which a city runs, always; TK, SMA, SMK, SLB
     * when someone is in them. Keyed by {@link JenjangSekolah} name, labelled as seed 002 prints them.
     */
    public static Axis schoolLevel() {
        List<Bin> bins = Arrays.stream(JenjangSekolah.values()).map(l -> l == JenjangSekolah.SD || l == JenjangSekolah.SMP
                ? Bin.of(l.name(), l.label()) : Bin.optional(l.name(), l.label())).toList();
        List<Bin> ordered = new ArrayList<>(bins.stream().filter(b -> !b.optional()).toList());
        ordered.addAll(bins.stream().filter(Bin::optional).toList());
        return Axis.of("schoolLevel", ordered, c -> c.value("schoolLevel"));
    }
}
