package org.openasn.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openasn.demo.CityTargets.AgeBand;
import org.openasn.demo.CityTargets.CpnsGroup;
import org.openasn.demo.CityTargets.PppkGroup;
import org.openasn.demo.CityTargets.PppkPendidikanRow;
import org.openasn.demo.CityTargets.ReportJabatan;
import org.openasn.demo.MetroUnits.Post;
import org.openasn.demo.MetroUnits.Unit;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.person.JenjangPendidikan;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganGroup;
import org.openasn.reference.status.KedudukanHukum;

/**
 * A synthetic city shaped exactly like seed 000's Kota Metro on 31 December 2025: 3,280 PNS (89 of them CPNS) and
 * 763 PPPK in the seed's units, with every distribution of Tables 3.2–3.23 that the CSV can show reproduced cell
 * for cell ({@link CityTargets} lists them and the judgements where the seed gives only margins).
 *
 * <p>How the joint distribution is built, so that all the margins hold at once and the records stay plausible:
 * <ol>
 *   <li>structural officials are made from the 391 posts, their golongan drawn per eselon
 *       ({@link CityTargets#ESELON_GOLONGAN}); the other groups get the golongan/ruang of Table 3.6;</li>
 *   <li>the CPNS groups take their golongan, education and gender first;</li>
 *   <li>education is paired with golongan within each position group by a noisy monotone coupling (higher rank,
 *       higher education, with some mixing), which keeps Table 3.8's rows and puts SD/SLTP at the lowest ranks;</li>
 *   <li>gender is dealt out per position group (Table 3.9), religion per CPNS/PNS × gender (Table 3.11);</li>
 *   <li>ages follow seniority (promotions since the entry golongan of the education): the age bands of Table 3.10
 *       are filled from the most junior up, after the bands 59–60 and &gt;61 have been given to people whose BUP
 *       is 60 or 65 (nobody is past BUP: a PNS with BUP 58 cannot be 59);</li>
 *   <li>birth dates are drawn within the band so that no one has reached TMT pensiun by 31-12-2025, and so that
 *       exactly {@link CityTargets#BUP_RETIREMENTS_2026} reach it in 2026;</li>
 *   <li>TMT CPNS, TMT PNS, TMT golongan, masa kerja and TMT jabatan are derived from birth date, education and
 *       promotions: TMT CPNS at least 18 years (and the education's age) after birth, a PNS at least a year after
 *       TMT CPNS, promotions on 1 April or 1 October.</li>
 * </ol>
 * The same seed gives the same city; a different seed gives a different city with the same tables.
 *
 * <p>Table 3.1's movements of December are the city's too: {@link #leavers()} are in service at the end of November and
 * leave in December, {@link #arrivals()} come in by transfer on 1 December, so that the export of 30 November
 * ({@link #writeNovemberCsv}) holds the seed's 3,292 PNS, and recording the movements brings it to December's city.
 */
public final class CityDataset {

    private static final long AS_OF = CityTargets.AS_OF.toEpochDay();
    private static final long LATEST_PNS_TMT_CPNS = Ymd.epochDay(2024, 12, 1);
    private static final String CITY = "KOTA METRO";
    private static final String INSTANSI_NAMA = "Pemerintah Kota Metro";
    private static final String INSTANSI_ID = Ids.hex32(Catalog.REFERENCE_SEED, "instansi:1872");
    private static final String KPKN_ID = Ids.hex32(Catalog.REFERENCE_SEED, "kpkn:METRO");
    private static final String KPKN_NAMA = "METRO";
    private static final String LOKASI_ID = Ids.hex32(Catalog.REFERENCE_SEED, "lokasi:KOTA METRO");
    private static final String[] KECAMATAN_NAMA = {"", "METRO PUSAT", "METRO UTARA", "METRO BARAT",
        "METRO TIMUR", "METRO SELATAN"};

    /** Why one of December's leavers leaves: Table 3.1's reductions. */
    public enum Departure {
        /** BUP / pensiun: reached the retirement age in November, TMT pensiun 1 December. */
        BUP_RETIREMENT,
        /** Pemberhentian / APS (atas permintaan sendiri). */
        RESIGNATION,
        /** Meninggal dunia. */
        DEATH
    }

    /**
     * A PNS in the city at the end of November 2025 who leaves it in December (Table 3.1), not one of {@link #employees()}.
     *
     * @param employee  the PNS as the export of 30 November shows them
     * @param departure why they leave
     * @param tmt       the day they leave
     */
    public record Leaver(CityEmployee employee, Departure departure, LocalDate tmt) {
    }

    /** The TMT of December's movements that have no date of their own: the first of the month. */
    public static final LocalDate DECEMBER = LocalDate.of(2025, 12, 1);

    private final long seed;
    private final List<CityEmployee> employees;
    private final List<Leaver> leavers;
    private final List<CityEmployee> arrivals;

    private CityDataset(long seed, List<CityEmployee> employees, List<Leaver> leavers, List<CityEmployee> arrivals) {
        this.seed = seed;
        this.employees = employees;
        this.leavers = leavers;
        this.arrivals = arrivals;
    }

    /** Builds the city for a seed; about 4,000 employees, in memory (the file itself is streamed). */
    public static CityDataset generate(long seed) {
        return new Builder(seed).build();
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return every employee, in file order: PNS and CPNS by unit, then PPPK by unit */
    public List<CityEmployee> employees() {
        return employees;
    }

    /**
     * @return the PNS who leave in December (Table 3.1's reductions), none of {@link #employees()} nor structural: the 11
     *         BUP retirements on 1 December, in the golongan of Table 3.15 (II 1, III 2, IV 8), then a pelaksana who
     *         resigns and two who die
     */
    public List<Leaver> leavers() {
        return leavers;
    }

    /**
     * @return the two PNS of {@link #employees()} who come in by transfer from another agency on {@link #DECEMBER}
     *         (Table 3.1's mutasi masuk): pelaksana, not retiring before 2027, in units with other PNS
     */
    public List<CityEmployee> arrivals() {
        return arrivals;
    }

    /**
     * Writes the SIASN export of 30 November 2025: every employee but the {@link #arrivals()}, and the {@link #leavers()}
     * (after the PNS, before the PPPK). Returns the rows written.
     */
    public long writeNovemberCsv(OutputStream out) throws IOException {
        List<CityEmployee> rows = new ArrayList<>(employees.size() + leavers.size());
        employees.stream().filter(e -> e.kind() != EmployeeKind.PPPK && !arrivals.contains(e)).forEach(rows::add);
        leavers.forEach(l -> rows.add(l.employee()));
        employees.stream().filter(e -> e.kind() == EmployeeKind.PPPK).forEach(rows::add);
        return write(SiasnCsv.to(out), rows);
    }

    /** Writes the header and every employee as UTF-8 to the stream (which the caller closes). */
    public long writeCsv(OutputStream out) throws IOException {
        return write(SiasnCsv.to(out), employees);
    }

    /** Writes the header and every employee to the writer (which the caller closes). */
    public long writeCsv(Writer out) throws IOException {
        return write(SiasnCsv.to(out), employees);
    }

    private static long write(SiasnCsv csv, List<CityEmployee> rows) throws IOException {
        csv.writeHeader();
        for (CityEmployee e : rows) {
            csv.write(e.row());
        }
        csv.flush();
        return csv.rowsWritten();
    }

    /**
     * The generator's own list of BUP retirements whose TMT pensiun falls in {@code year}, in TMT order: the
     * expected answer for any retirement computation over the CSV. PPPK are all far from BUP (see the builder), so
     * the list holds PNS only.
     */
    public List<Retirement> retirementsIn(int year) {
        List<Retirement> out = new ArrayList<>();
        for (CityEmployee e : employees) {
            if (e.tmtPensiun().getYear() == year) {
                AsnRow r = e.row();
                out.add(new Retirement(r.nipBaru.toString(), r.nama.toString(), Ymd.toLocalDate(r.tanggalLahir),
                        e.bupCategory(), e.bupAge(), e.tmtPensiun(), r.jabatanNama.toString(), r.unorNama.toString()));
            }
        }
        out.sort(Comparator.comparing(Retirement::tmtPensiun).thenComparing(Retirement::nip));
        return Collections.unmodifiableList(out);
    }

    // ====================================================================================================

    /** One employee while being built. */
    private static final class Person {
        EmployeeKind kind = EmployeeKind.PNS;
        ReportJabatan jabatan;
        Golongan golongan;
        TingkatPendidikan tingkat;
        PppkPendidikanRow pppkRow;
        Gender gender;
        Agama agama;
        Unit unit;
        Post post;
        JenjangFungsional jenjang;
        BupCategory bup;
        int bupAge;
        AgeBand band;
        long birth;
        double score;
        String title;
        boolean forceDoctor;

        boolean cpns() {
            return kind == EmployeeKind.CPNS;
        }

        /**
         * Another PNS in the same (non-structural) position and jenjang, rank, education, unit and BUP, of the same gender
         * and religion, not yet born.
         */
        Person alike() {
            Person p = new Person();
            p.jabatan = jabatan;
            p.golongan = golongan;
            p.tingkat = tingkat;
            p.gender = gender;
            p.agama = agama;
            p.unit = unit;
            p.title = title;
            p.jenjang = jenjang;
            p.bup = bup;
            p.bupAge = bupAge;
            return p;
        }
    }

    private static final class Builder {

        private final long seed;
        private final Rng rng;
        private final StringBuilder scratch = new StringBuilder(128);
        private final Map<String, Integer> nipSequence = new HashMap<>();
        private final Map<String, Integer> nikSequence = new HashMap<>();

        Builder(long seed) {
            this.seed = seed;
            this.rng = Rng.of(seed, 1872);
        }

        CityDataset build() {
            List<Person> pns = buildPns();
            List<Person> pppk = buildPppk();
            List<CityEmployee> out = new ArrayList<>(pns.size() + pppk.size());
            Comparator<Person> fileOrder = Comparator.<Person>comparingInt(p -> p.unit.index())
                    .thenComparingInt(p -> p.post == null ? 99 : p.post.eselon().id())
                    .thenComparing(p -> p.jabatan)
                    .thenComparingInt(p -> -p.golongan.rank());
            pns.sort(fileOrder);
            pppk.sort(fileOrder);
            int index = 0;
            for (Person p : pns) {
                out.add(toEmployee(p, index++));
            }
            for (Person p : pppk) {
                out.add(toEmployee(p, index++));
            }
            // after the city, from streams of their own, so that the city is the same with or without them
            List<Leaver> leavers = leavers(pns, index);
            return new CityDataset(seed, Collections.unmodifiableList(out), leavers, arrivals(out));
        }

        // ------------------------------------------------------------------ December's movements (Table 3.1)

        /**
         * PNS like the city's non-structural ones, who leave in December: the BUP retirements in the golongan of Table
         * 3.15, born in November of the year that makes them reach their BUP then (TMT pensiun 1 December 2025); the
         * resignation and the deaths pelaksana of the age of the one they are drawn after.
         */
        private List<Leaver> leavers(List<Person> pns, int firstIndex) {
            Rng r = Rng.of(seed, 0x4C454156L);
            List<Person> serving = pns.stream().filter(p -> p.jabatan != ReportJabatan.STRUKTURAL && !p.cpns()).toList();
            List<Leaver> out = new ArrayList<>();
            for (Map.Entry<GolonganGroup, Integer> group : CityTargets.DECEMBER_BUP_BY_GOLONGAN.entrySet()) {
                List<Person> inGroup = serving.stream().filter(p -> p.golongan.group() == group.getKey()).toList();
                for (int n = 0; n < group.getValue(); n++) {
                    Person p = inGroup.get(r.nextInt(inGroup.size())).alike();
                    p.birth = Ymd.plusYears(Ymd.epochDay(2025, 11, r.between(1, 30)), -p.bupAge);
                    out.add(new Leaver(toEmployee(p, firstIndex + out.size()), Departure.BUP_RETIREMENT,
                            Ymd.toLocalDate(Bup.tmtPensiun(p.birth, p.bupAge))));
                }
            }
            List<Person> pelaksana = serving.stream().filter(p -> p.jabatan == ReportJabatan.FUNGSIONAL_UMUM).toList();
            for (Departure departure : List.of(Departure.RESIGNATION, Departure.DEATH)) {
                int count = departure == Departure.RESIGNATION ? CityTargets.DECEMBER_RESIGNATIONS : CityTargets.DECEMBER_DEATHS;
                for (int n = 0; n < count; n++) {
                    Person like = pelaksana.get(r.nextInt(pelaksana.size()));
                    Person p = like.alike();
                    p.birth = like.birth;
                    LocalDate tmt = departure == Departure.RESIGNATION ? DECEMBER : DECEMBER.plusDays(r.between(1, 29));
                    out.add(new Leaver(toEmployee(p, firstIndex + out.size()), departure, tmt));
                }
            }
            return Collections.unmodifiableList(out);
        }

        /** Two pelaksana of the city, not retiring before 2027, from units where other PNS work. */
        private List<CityEmployee> arrivals(List<CityEmployee> city) {
            Map<Unit, Integer> pnsPerUnit = new HashMap<>();
            city.stream().filter(e -> e.kind() != EmployeeKind.PPPK).forEach(e -> pnsPerUnit.merge(e.unit(), 1, Integer::sum));
            List<CityEmployee> candidates = city.stream()
                    .filter(e -> e.kind() == EmployeeKind.PNS && e.jabatan() == ReportJabatan.FUNGSIONAL_UMUM
                            && e.tmtPensiun().getYear() > 2026 && pnsPerUnit.get(e.unit()) > 2)
                    .toList();
            Rng r = Rng.of(seed, 0x4D415355L);
            List<CityEmployee> out = new ArrayList<>();
            while (out.size() < CityTargets.DECEMBER_TRANSFERS_IN) {
                CityEmployee e = candidates.get(r.nextInt(candidates.size()));
                if (!out.contains(e) && out.stream().noneMatch(o -> o.unit() == e.unit())) {
                    out.add(e);
                }
            }
            return Collections.unmodifiableList(out);
        }

        // ------------------------------------------------------------------ PNS

        private List<Person> buildPns() {
            Map<ReportJabatan, List<Person>> byJabatan = new EnumMap<>(ReportJabatan.class);
            byJabatan.put(ReportJabatan.STRUKTURAL, officials());
            byJabatan.put(ReportJabatan.FUNGSIONAL_UMUM, withRuang(ReportJabatan.FUNGSIONAL_UMUM,
                    CityTargets.RUANG_FUNGSIONAL_UMUM));
            byJabatan.put(ReportJabatan.GURU, withRuang(ReportJabatan.GURU, CityTargets.RUANG_GURU));
            byJabatan.put(ReportJabatan.NON_GURU, withRuang(ReportJabatan.NON_GURU, CityTargets.RUANG_NON_GURU));

            for (CpnsGroup g : CityTargets.CPNS_GROUPS) {
                markCpns(byJabatan.get(g.jabatan()), g);
            }
            for (ReportJabatan j : ReportJabatan.values()) {
                List<Person> people = byJabatan.get(j);
                coupleEducation(people, CityTargets.PENDIDIKAN_BY_JABATAN.get(j));
                dealGender(people, CityTargets.GENDER_BY_JABATAN.get(j));
            }
            placeInUnits(byJabatan);

            List<Person> all = new ArrayList<>();
            for (List<Person> people : byJabatan.values()) {
                all.addAll(people);
            }
            dealReligion(all);
            for (Person p : all) {
                decidePosition(p);
            }
            assignAgeBands(all);
            drawBirthDates(all);
            return all;
        }

        private List<Person> officials() {
            List<Person> people = new ArrayList<>();
            Map<Eselon, List<Post>> posts = new EnumMap<>(Eselon.class);
            for (Post post : MetroUnits.posts()) {
                posts.computeIfAbsent(post.eselon(), e -> new ArrayList<>()).add(post);
            }
            for (Map.Entry<Eselon, Map<Golongan, Integer>> e : CityTargets.ESELON_GOLONGAN.entrySet()) {
                List<Golongan> ranks = expand(e.getValue());
                List<Post> filled = posts.get(e.getKey());
                if (filled.size() != ranks.size()) {
                    throw new IllegalStateException("eselon " + e.getKey().code() + ": " + filled.size()
                            + " posts but " + ranks.size() + " golongan");
                }
                rng.shuffle(ranks);
                // The most senior post of a unit (listed first) gets the highest rank among equals.
                for (int i = 0; i < filled.size(); i++) {
                    Person p = new Person();
                    p.jabatan = ReportJabatan.STRUKTURAL;
                    p.post = filled.get(i);
                    p.unit = p.post.unit();
                    p.golongan = ranks.get(i);
                    people.add(p);
                }
            }
            return people;
        }

        private List<Person> withRuang(ReportJabatan jabatan, Map<Golongan, Integer> ruang) {
            List<Person> people = new ArrayList<>();
            for (Golongan g : expand(ruang)) {
                Person p = new Person();
                p.jabatan = jabatan;
                p.golongan = g;
                people.add(p);
            }
            return people;
        }

        private static List<Golongan> expand(Map<Golongan, Integer> counts) {
            List<Golongan> out = new ArrayList<>();
            for (Map.Entry<Golongan, Integer> e : counts.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        private void markCpns(List<Person> people, CpnsGroup g) {
            int men = g.men();
            int women = g.women();
            for (Person p : people) {
                if (men + women == 0) {
                    break;
                }
                if (p.kind == EmployeeKind.PNS && p.golongan == g.golongan()) {
                    p.kind = EmployeeKind.CPNS;
                    p.tingkat = g.pendidikan();
                    p.gender = men > 0 ? Gender.MALE : Gender.FEMALE;
                    if (men > 0) {
                        men--;
                    } else {
                        women--;
                    }
                    p.forceDoctor = g.jabatan() == ReportJabatan.NON_GURU && g.golongan() == Golongan.III_B;
                }
            }
            if (men + women > 0) {
                throw new IllegalStateException("not enough " + g.golongan().code() + " for CPNS group " + g);
            }
        }

        /** Pairs the remaining education levels with the non-CPNS by rank, with noise. */
        private void coupleEducation(List<Person> people, Map<JenjangPendidikan, Integer> target) {
            Map<JenjangPendidikan, Integer> left = new EnumMap<>(target);
            List<Person> open = new ArrayList<>();
            for (Person p : people) {
                if (p.tingkat != null) {
                    left.merge(p.tingkat.jenjang(), -1, Integer::sum);
                } else {
                    open.add(p);
                }
            }
            List<JenjangPendidikan> levels = new ArrayList<>();
            for (JenjangPendidikan j : JenjangPendidikan.values()) {
                int n = left.getOrDefault(j, 0);
                if (n < 0) {
                    throw new IllegalStateException("CPNS groups use more " + j + " than the seed has");
                }
                for (int i = 0; i < n; i++) {
                    levels.add(j);
                }
            }
            if (levels.size() != open.size()) {
                throw new IllegalStateException("education rows " + levels.size() + " ≠ people " + open.size());
            }
            for (Person p : open) {
                p.score = p.golongan.rank() + rng.nextDouble() * 2.5;
            }
            open.sort(Comparator.comparingDouble(p -> p.score));
            for (int i = 0; i < open.size(); i++) {
                open.get(i).tingkat = tingkatFor(levels.get(i), open.get(i).jabatan);
            }
        }

        private TingkatPendidikan tingkatFor(JenjangPendidikan j, ReportJabatan jabatan) {
            switch (j) {
                case SD: return TingkatPendidikan.SD;
                case SLTP: return TingkatPendidikan.SLTP;
                case SLTA:
                    if (jabatan == ReportJabatan.GURU) {
                        return TingkatPendidikan.SLTA_KEGURUAN;
                    }
                    if (jabatan == ReportJabatan.NON_GURU) {
                        return TingkatPendidikan.SLTA_KEJURUAN;
                    }
                    return rng.chance(0.2) ? TingkatPendidikan.SLTA_KEJURUAN : TingkatPendidikan.SLTA;
                case D1: return TingkatPendidikan.D1;
                case D2: return TingkatPendidikan.D2;
                case D3: return TingkatPendidikan.D3;
                case D4: return TingkatPendidikan.D4;
                case S1: return TingkatPendidikan.S1;
                case S2: return TingkatPendidikan.S2;
                default: return TingkatPendidikan.S3;
            }
        }

        private void dealGender(List<Person> people, int[] menWomen) {
            int men = menWomen[0];
            int women = menWomen[1];
            List<Person> open = new ArrayList<>();
            for (Person p : people) {
                if (p.gender == Gender.MALE) {
                    men--;
                } else if (p.gender == Gender.FEMALE) {
                    women--;
                } else {
                    open.add(p);
                }
            }
            rng.shuffle(open);
            // The one person over 61 of Table 3.10 is a woman with BUP 65: the IV/e (ahli utama) official.
            open.sort(Comparator.comparingInt(p -> p.golongan == Golongan.IV_E ? 1 : 0));
            for (int i = 0; i < open.size(); i++) {
                open.get(i).gender = i < men ? Gender.MALE : Gender.FEMALE;
            }
            if (men + women != open.size()) {
                throw new IllegalStateException("gender margins do not match the group");
            }
        }

        private void dealReligion(List<Person> people) {
            for (int column = 0; column < 4; column++) {
                boolean cpns = column < 2;
                Gender gender = column % 2 == 0 ? Gender.MALE : Gender.FEMALE;
                List<Person> group = new ArrayList<>();
                for (Person p : people) {
                    if (p.cpns() == cpns && p.gender == gender) {
                        group.add(p);
                    }
                }
                rng.shuffle(group);
                int i = 0;
                for (Map.Entry<Agama, int[]> e : CityTargets.RELIGION.entrySet()) {
                    for (int k = 0; k < e.getValue()[column]; k++) {
                        group.get(i++).agama = e.getKey();
                    }
                }
                if (i != group.size()) {
                    throw new IllegalStateException("religion column " + column + " covers " + i + " of "
                            + group.size());
                }
            }
        }

        /** Puts the non-structural PNS in units so that every unit has its Table 3.14 headcount. */
        private void placeInUnits(Map<ReportJabatan, List<Person>> byJabatan) {
            List<Unit> units = MetroUnits.units();
            int n = units.size();
            int[] struk = new int[n];
            for (Person p : byJabatan.get(ReportJabatan.STRUKTURAL)) {
                struk[p.unit.index()]++;
            }
            int[] rest = new int[n];
            for (Unit u : units) {
                rest[u.index()] = u.pns() - struk[u.index()];
            }
            int[][] slots = splitStaff(units, rest, byJabatan.get(ReportJabatan.FUNGSIONAL_UMUM).size(),
                    byJabatan.get(ReportJabatan.NON_GURU).size());
            fill(byJabatan.get(ReportJabatan.FUNGSIONAL_UMUM), units, slots[0], false);
            fill(byJabatan.get(ReportJabatan.GURU), units, slots[1], false);
            fill(byJabatan.get(ReportJabatan.NON_GURU), units, slots[2], true);
        }

        /**
         * Splits each unit's non-structural headcount into pelaksana, guru and non-guru functional: schools hold the
         * guru and some pelaksana (put in the SMPs, in proportion), other units split by their functional weight.
         *
         * @return per unit: pelaksana, guru, non-guru
         */
        private int[][] splitStaff(List<Unit> units, int[] rest, int pelaksana, int nonGuru) {
            int n = units.size();
            int[] umum = new int[n];
            int[] guru = new int[n];
            int[] tertentu = new int[n];
            double[] schoolWeights = new double[n];
            int[] schoolCaps = new int[n];
            int schoolTotal = 0;
            double[] weights = new double[n];
            int[] caps = new int[n];
            int otherTotal = 0;
            for (Unit u : units) {
                int i = u.index();
                if (u.group().isSchool()) {
                    schoolTotal += rest[i];
                    if (u.group() == MetroUnits.Group.SEKOLAH_SMP) {
                        schoolWeights[i] = rest[i];
                        schoolCaps[i] = rest[i];
                    }
                } else {
                    otherTotal += rest[i];
                    weights[i] = u.nonGuruWeight() * rest[i];
                    caps[i] = rest[i];
                }
            }
            int guruTotal = schoolTotal - (pelaksana - (otherTotal - nonGuru));
            int schoolPelaksana = schoolTotal - guruTotal;
            int[] inSchools = Apportion.split(schoolPelaksana, schoolWeights, schoolCaps);
            int[] functional = Apportion.split(nonGuru, weights, caps);
            for (Unit u : units) {
                int i = u.index();
                if (u.group().isSchool()) {
                    umum[i] = inSchools[i];
                    guru[i] = rest[i] - inSchools[i];
                } else {
                    tertentu[i] = functional[i];
                    umum[i] = rest[i] - functional[i];
                }
            }
            return new int[][] {umum, guru, tertentu};
        }

        /** Deals people into unit slots; for non-guru functional, CPNS and doctors go to health units first. */
        private void fill(List<Person> people, List<Unit> units, int[] slots, boolean healthFirst) {
            List<Person> order = new ArrayList<>(people);
            rng.shuffle(order);
            List<Unit> unitOrder = new ArrayList<>(units);
            if (healthFirst) {
                order.sort(Comparator.comparingInt(p -> p.kind == EmployeeKind.CPNS ? 0 : 1));
                unitOrder.sort(Comparator.comparingInt(u -> u.family() == Catalog.Family.HEALTH ? 0 : 1));
            }
            int k = 0;
            for (Unit u : unitOrder) {
                for (int s = 0; s < slots[u.index()]; s++) {
                    order.get(k++).unit = u;
                }
            }
            if (k != order.size()) {
                throw new IllegalStateException("placed " + k + " of " + order.size());
            }
        }

        /** Jenjang, BUP category and title, which the age assignment needs (BUP 60 for the oldest bands). */
        private void decidePosition(Person p) {
            int rank = p.golongan.rank();
            switch (p.jabatan) {
                case STRUKTURAL:
                    p.title = p.post.title();
                    p.bup = BupCategory.derive(JenisJabatan.STRUKTURAL, p.post.eselon(), null, PositionGroup.LAINNYA);
                    break;
                case FUNGSIONAL_UMUM:
                    p.title = rng.pick(Catalog.pelaksanaTitles(p.tingkat));
                    p.bup = BupCategory.ADMINISTRATION;
                    break;
                case GURU:
                    p.jenjang = rank < 9 ? JenjangFungsional.AHLI_PERTAMA : Catalog.jenjangFor(rank, true);
                    p.title = "Guru";
                    p.bup = BupCategory.TEACHER;
                    break;
                default:
                    boolean expert = Catalog.isExpertEducation(p.tingkat);
                    p.jenjang = Catalog.jenjangFor(rank, expert);
                    p.title = functionalTitle(p, p.jenjang.kategori() == JenjangFungsional.Kategori.KEAHLIAN);
                    p.bup = BupCategory.derive(JenisJabatan.FUNGSIONAL_TERTENTU, Eselon.NON_ESELON, p.jenjang,
                            p.unit.family() == Catalog.Family.HEALTH ? PositionGroup.KESEHATAN : PositionGroup.LAINNYA);
            }
            p.bupAge = Bup.age(p.bup);
        }

        private String functionalTitle(Person p, boolean expertLevel) {
            if (p.forceDoctor) {
                return "Dokter";
            }
            Catalog.Family family = p.unit.family();
            String[] titles = expertLevel ? family.expertTitles : family.skilledTitles;
            String title = rng.pick(titles);
            boolean degree = p.tingkat == TingkatPendidikan.S1 || p.tingkat == TingkatPendidikan.S2
                    || p.tingkat == TingkatPendidikan.S3;
            if (Catalog.needsProfessionalDegree(title) && !degree) {
                title = "Perawat";
            }
            if (title.equals("Bidan") && p.gender == Gender.MALE) {
                title = "Perawat";
            }
            return title;
        }

        /** Fills Table 3.10 per gender: the oldest bands from BUP 60+ people, the others by seniority. */
        private void assignAgeBands(List<Person> people) {
            for (Person p : people) {
                int entry = entryRank(p.tingkat, p.golongan.rank());
                p.score = (p.golongan.rank() - entry) + 0.3 * p.golongan.rank() + rng.nextDouble() * 2.0;
            }
            for (int column = 0; column < 4; column++) {
                boolean cpns = column < 2;
                Gender gender = column % 2 == 0 ? Gender.MALE : Gender.FEMALE;
                List<Person> group = new ArrayList<>();
                for (Person p : people) {
                    if (p.cpns() == cpns && p.gender == gender) {
                        group.add(p);
                    }
                }
                if (cpns) {
                    for (Person p : group) {
                        p.score = p.tingkat.jenjang().ordinal() + rng.nextDouble() * 4;
                    }
                }
                // Oldest bands first, from those whose BUP allows the age, most senior first.
                for (AgeBand band : new AgeBand[] {AgeBand.OVER_61, AgeBand.A59_60}) {
                    int need = CityTargets.AGE.get(band)[column];
                    List<Person> eligible = new ArrayList<>();
                    for (Person p : group) {
                        if (p.band == null && p.bupAge > band.from()) {
                            eligible.add(p);
                        }
                    }
                    eligible.sort(Comparator.comparingDouble((Person p) -> p.score).reversed());
                    if (eligible.size() < need) {
                        throw new IllegalStateException("too few with BUP above " + band.from());
                    }
                    for (int i = 0; i < need; i++) {
                        eligible.get(i).band = band;
                    }
                }
                // Band 56–58: half from BUP 58 (who retire at 58 and so thin out), half from BUP 60, most senior
                // first; without the split seniority alone would fill it with teachers and ahli madya.
                int need5658 = CityTargets.AGE.get(AgeBand.A56_58)[column];
                int bup58 = need5658 / 2;
                for (int pass = 0; pass < 2; pass++) {
                    List<Person> eligible = new ArrayList<>();
                    for (Person p : group) {
                        if (p.band == null && (pass == 0 ? p.bupAge == 58 : true)) {
                            eligible.add(p);
                        }
                    }
                    eligible.sort(Comparator.comparingDouble((Person p) -> p.score).reversed());
                    int take = pass == 0 ? bup58 : need5658 - bup58;
                    for (int i = 0; i < take; i++) {
                        eligible.get(i).band = AgeBand.A56_58;
                    }
                }
                List<Person> rest = new ArrayList<>();
                for (Person p : group) {
                    if (p.band == null) {
                        rest.add(p);
                    }
                }
                rest.sort(Comparator.comparingDouble(p -> p.score));
                int i = 0;
                for (AgeBand band : AgeBand.values()) {
                    if (band == AgeBand.OVER_61 || band == AgeBand.A59_60 || band == AgeBand.A56_58) {
                        continue;
                    }
                    for (int k = 0; k < CityTargets.AGE.get(band)[column]; k++) {
                        rest.get(i++).band = band;
                    }
                }
                if (i != rest.size()) {
                    throw new IllegalStateException("age column " + column + " covers " + i + " of " + rest.size());
                }
            }
        }

        /** Draws birth dates: inside the band, in service on 31-12-2025, and the planned 2026 retirements. */
        private void drawBirthDates(List<Person> people) {
            List<Person> adjustable = new ArrayList<>();
            int retiring = 0;
            for (Person p : people) {
                if (p.band == AgeBand.A56_58 && p.bupAge == 58) {
                    adjustable.add(p);
                    continue;
                }
                long[] range = birthRange(p);
                p.birth = rng.between(range[0], range[1]);
                if (Ymd.year(Bup.tmtPensiun(p.birth, p.bupAge)) == 2026) {
                    retiring++;
                }
            }
            int k = CityTargets.BUP_RETIREMENTS_2026 - retiring;
            if (k < 0 || k > adjustable.size()) {
                throw new IllegalStateException("cannot plan " + CityTargets.BUP_RETIREMENTS_2026
                        + " retirements in 2026: " + retiring + " already, " + adjustable.size() + " adjustable");
            }
            rng.shuffle(adjustable);
            long retireFrom = Ymd.epochDay(1967, 12, 1);   // BUP 58 birthday in December 2025: TMT 01-01-2026
            long retireTo = Ymd.epochDay(1968, 11, 30);    // BUP 58 birthday in November 2026: TMT 01-12-2026
            for (int i = 0; i < adjustable.size(); i++) {
                Person p = adjustable.get(i);
                p.birth = i < k ? rng.between(retireFrom, retireTo)
                        : rng.between(retireTo + 1, Ymd.epochDay(1969, 12, 31));
            }
        }

        private long[] birthRange(Person p) {
            long lo = Ymd.epochDay(2025 - p.band.to(), 1, 1);
            long hi = Ymd.epochDay(2025 - p.band.from(), 12, 31);
            if (p.band == AgeBand.OVER_61) {
                lo = Ymd.epochDay(1962, 1, 1);
                hi = Ymd.epochDay(1963, 12, 31);
            }
            lo = Math.max(lo, Bup.earliestBirthInService(AS_OF, p.bupAge));
            int eduAge = Math.max(18, educationAge(entryTingkatRank(p)));
            long latestTmt = p.cpns() ? Ymd.epochDay(2025, 4, 1) : LATEST_PNS_TMT_CPNS;
            hi = Math.min(hi, Ymd.plusYears(latestTmt, -eduAge));
            if (p.cpns()) {
                lo = Math.max(lo, Ymd.epochDay(1990, 1, 1));   // at most 35 when applying in 2024
            }
            if (lo > hi) {
                throw new IllegalStateException("no birth date for " + p.jabatan + " " + p.golongan.code() + " "
                        + p.tingkat + " in band " + p.band);
            }
            return new long[] {lo, hi};
        }

        // ------------------------------------------------------------------ PPPK

        private List<Person> buildPppk() {
            List<Person> people = new ArrayList<>();
            for (PppkGroup g : CityTargets.PPPK_GROUPS) {
                for (int i = 0; i < g.men() + g.women(); i++) {
                    Person p = new Person();
                    p.kind = EmployeeKind.PPPK;
                    p.jabatan = g.jabatan();
                    p.golongan = g.golongan();
                    p.pppkRow = g.pendidikan();
                    p.tingkat = g.pendidikan().tingkat();
                    p.gender = i < g.men() ? Gender.MALE : Gender.FEMALE;
                    p.forceDoctor = g.jabatan() == ReportJabatan.NON_GURU && g.golongan() == Golongan.PPPK_X
                            && g.pendidikan() == PppkPendidikanRow.SARJANA;
                    people.add(p);
                }
            }
            placePppk(people);
            for (Person p : people) {
                p.agama = pppkAgama();
                switch (p.jabatan) {
                    case GURU:
                        p.jenjang = JenjangFungsional.AHLI_PERTAMA;
                        p.title = "Guru";
                        p.bup = BupCategory.TEACHER;
                        break;
                    case NON_GURU:
                        boolean expert = p.golongan.rank() >= 9;
                        p.jenjang = expert ? JenjangFungsional.AHLI_PERTAMA : JenjangFungsional.TERAMPIL;
                        p.title = functionalTitle(p, expert);
                        p.bup = BupCategory.derive(JenisJabatan.FUNGSIONAL_TERTENTU, Eselon.NON_ESELON, p.jenjang,
                                PositionGroup.LAINNYA);
                        break;
                    default:
                        p.title = rng.pick(Catalog.pelaksanaTitles(p.tingkat));
                        p.bup = BupCategory.ADMINISTRATION;
                }
                p.bupAge = Bup.age(p.bup);
            }
            return people;
        }

        /** Seed 000 has no PPPK religion table; the PNS shares are used (about 95% Islam). */
        private Agama pppkAgama() {
            int r = rng.nextInt(3280);
            if (r < 3104) {
                return Agama.ISLAM;
            }
            if (r < 3104 + 72) {
                return Agama.KRISTEN;
            }
            if (r < 3104 + 72 + 68) {
                return Agama.KATHOLIK;
            }
            return r < 3278 ? Agama.HINDU : Agama.BUDHA;
        }

        private void placePppk(List<Person> people) {
            List<Unit> units = MetroUnits.units();
            int n = units.size();
            Map<ReportJabatan, List<Person>> byJabatan = new EnumMap<>(ReportJabatan.class);
            for (ReportJabatan j : ReportJabatan.values()) {
                byJabatan.put(j, new ArrayList<>());
            }
            for (Person p : people) {
                byJabatan.get(p.jabatan).add(p);
            }
            int[] rest = new int[n];
            for (Unit u : units) {
                rest[u.index()] = u.pppk();
            }
            int[][] slots = splitStaff(units, rest, byJabatan.get(ReportJabatan.FUNGSIONAL_UMUM).size(),
                    byJabatan.get(ReportJabatan.NON_GURU).size());
            fill(byJabatan.get(ReportJabatan.FUNGSIONAL_UMUM), units, slots[0], false);
            fill(byJabatan.get(ReportJabatan.GURU), units, slots[1], false);
            List<Person> nonGuru = byJabatan.get(ReportJabatan.NON_GURU);
            for (Person p : nonGuru) {
                // fill() sends CPNS first to health units; for PPPK the doctors and the D-III health staff go first.
                p.kind = p.forceDoctor || p.golongan == Golongan.PPPK_VII ? EmployeeKind.CPNS : EmployeeKind.PPPK;
            }
            fill(nonGuru, units, slots[2], true);
            for (Person p : nonGuru) {
                p.kind = EmployeeKind.PPPK;
            }
        }

        // ------------------------------------------------------------------ rows

        private CityEmployee toEmployee(Person p, int index) {
            Rng r = Rng.of(seed, 100_000 + index);
            AsnRow row = new AsnRow();
            Unit u = p.unit;
            boolean pppk = p.kind == EmployeeKind.PPPK;
            if (pppk) {
                pppkCareer(p, row, r);
            } else {
                pnsCareer(p, row, r);
            }
            long birth = p.birth;
            row.pnsId = Ids.hex32(seed, 0x504E53L, index);
            row.tanggalLahir = birth;
            row.gender = p.gender;
            row.agama = p.agama;
            row.nama = Catalog.name(r, p.agama.id(), p.gender, scratch).toString();
            Catalog.Place place = birthPlace(r, p.agama);
            row.tempatLahirId = place.id();
            row.tempatLahirNama = place.name();
            row.jenisKawin = maritalStatus(r, Ymd.yearsBetween(birth, AS_OF), p.gender);
            row.nik = nik(r, u.kecamatan(), birth, p.gender);
            row.nomorHp = Catalog.phone(r, scratch).toString();
            row.email = Catalog.email(r, row.nama, scratch).toString();
            row.alamat = Catalog.address(r, "KEC. " + KECAMATAN_NAMA[Integer.parseInt(u.kecamatan())], CITY,
                    scratch).toString();
            row.npwp = r.chance(0.85) ? Catalog.npwp(r, scratch).toString() : null;
            row.bpjs = Catalog.bpjs(r, scratch).toString();
            row.kpknId = KPKN_ID;
            row.kpknNama = KPKN_NAMA;
            row.lokasiKerjaId = LOKASI_ID;
            row.lokasiKerjaNama = CITY;
            row.unorId = unorId(u.name());
            row.unorNama = u.name();
            row.instansiIndukId = INSTANSI_ID;
            row.instansiIndukNama = INSTANSI_NAMA;
            row.instansiKerjaId = INSTANSI_ID;
            row.instansiKerjaNama = INSTANSI_NAMA;
            row.satuanKerjaIndukId = unorId(u.induk());
            row.satuanKerjaIndukNama = u.induk();
            row.satuanKerjaKerjaId = row.unorId;
            row.satuanKerjaKerjaNama = u.name();
            position(p, row, r);
            education(p, row, r);
            if (!pppk && r.chance(0.3)) {
                row.emailGov = row.nipBaru.toString() + "@metrokota.go.id";
            }
            Eselon eselon = p.post == null ? Eselon.NON_ESELON : p.post.eselon();
            row.eselon = p.post == null ? null : eselon;
            return new CityEmployee(row, p.kind, p.jabatan, eselon, p.jenjang, p.bup, p.bupAge,
                    Ymd.toLocalDate(Bup.tmtPensiun(birth, p.bupAge)), u);
        }

        private void position(Person p, AsnRow row, Rng r) {
            switch (p.jabatan) {
                case STRUKTURAL:
                    row.jenisJabatan = JenisJabatan.STRUKTURAL;
                    row.jabatanNama = p.title;
                    row.jabatanId = Ids.hex32(Catalog.REFERENCE_SEED, "jabatan:1872:" + p.unit.name() + ":" + p.title);
                    break;
                case FUNGSIONAL_UMUM:
                    row.jenisJabatan = JenisJabatan.FUNGSIONAL_UMUM;
                    row.jabatanNama = p.title;
                    row.jabatanId = Catalog.pelaksanaId(p.title);
                    break;
                default:
                    row.jenisJabatan = JenisJabatan.FUNGSIONAL_TERTENTU;
                    row.jabatanNama = p.title + " " + p.jenjang.label();
                    row.jabatanId = Ids.hex32(Catalog.REFERENCE_SEED, "jft:" + row.jabatanNama);
            }
        }

        private void education(Person p, AsnRow row, Rng r) {
            Catalog.Domain domain = p.jabatan == ReportJabatan.GURU ? Catalog.Domain.GURU
                    : p.jabatan == ReportJabatan.NON_GURU ? Catalog.domainOf(p.title) : Catalog.Domain.GENERAL;
            Catalog.Programme programme;
            if (p.pppkRow == PppkPendidikanRow.SLTA_TEKNIK) {
                programme = Catalog.STM;
            } else if (p.pppkRow == PppkPendidikanRow.SLTA_KEJURUAN) {
                programme = r.pick(Catalog.programmes(Catalog.Domain.GENERAL, TingkatPendidikan.SLTA_KEJURUAN));
            } else {
                programme = r.pick(Catalog.programmes(domain, p.tingkat));
                if (programme.tingkat() != p.tingkat) {
                    programme = r.pick(Catalog.programmes(Catalog.Domain.GENERAL, p.tingkat));
                }
            }
            row.tingkatPendidikan = p.tingkat;
            row.pendidikanId = programme.id();
            row.pendidikanNama = programme.nama();
            row.gelarDepan = programme.gelarDepan();
            row.gelarBelakang = programme.gelarBelakang();
            int birthYear = Ymd.year(p.birth);
            int entryYear = Ymd.year(row.tmtCpns);
            int lulus;
            if (p.tingkat.jenjang().compareTo(JenjangPendidikan.S2) >= 0) {
                lulus = Math.min(2025, Math.max(entryYear + r.between(3, 15), birthYear + 25));
            } else {
                lulus = Math.max(birthYear + educationAge(p.tingkat.jenjang().ordinal()), entryYear - r.between(0, 3));
                lulus = Math.min(lulus, entryYear);
            }
            row.tahunLulus = lulus;
        }

        private void pnsCareer(Person p, AsnRow row, Rng r) {
            int rank = p.golongan.rank();
            int entryRank = entryRank(p.tingkat, rank);
            Golongan awal = pnsGolongan(entryRank);
            long tmtCpns;
            long tmtGolongan;
            if (p.cpns()) {
                tmtCpns = r.chance(0.7) ? Ymd.epochDay(2025, 6, 1) : Ymd.epochDay(2025, 4, 1);
                tmtGolongan = tmtCpns;
                awal = p.golongan;
            } else {
                int promotions = rank - entryRank;
                int eduAge = Math.max(18, educationAge(entryTingkatRank(p)));
                long earliest = Ymd.firstOfMonthPlus(Ymd.plusYears(p.birth, eduAge), 1);
                long latest = Math.min(LATEST_PNS_TMT_CPNS, Ymd.firstOfMonthPlus(Ymd.plusYears(p.birth, 40), 0));
                int service = promotions == 0 ? r.between(1, 8) : 4 * promotions + r.between(0, 5);
                long wanted = Ymd.firstOfMonthIndex(Ymd.monthIndex(AS_OF) - service * 12 - r.between(0, 11));
                tmtCpns = Math.max(earliest, Math.min(latest, wanted));
                tmtGolongan = promotions == 0 ? tmtCpns : lastPromotion(r, tmtCpns, promotions);
            }
            row.tmtCpns = tmtCpns;
            row.statusCpnsPns = p.cpns() ? "CPNS" : "PNS";
            row.kedudukanHukum = KedudukanHukum.AKTIF;
            row.jenisPegawaiId = "15";
            row.jenisPegawaiNama = "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota";
            row.nomorSkCpns = skNumber("813.3/", r, Ymd.year(tmtCpns));
            row.tanggalSkCpns = Math.min(AS_OF, tmtCpns + r.between(-30, 60));
            if (!p.cpns()) {
                long tmtPns = Ymd.firstOfMonthPlus(tmtCpns, 12 + (r.chance(0.3) ? r.between(1, 12) : 0));
                tmtPns = Math.min(tmtPns, Ymd.epochDay(2025, 12, 1));
                row.tmtPns = tmtPns;
                row.nomorSkPns = skNumber("821.13/", r, Ymd.year(tmtPns));
                row.tanggalSkPns = Math.min(AS_OF, tmtPns + r.between(-20, 90));
            }
            row.golAwal = awal;
            row.golAkhir = p.golongan;
            row.tmtGolongan = tmtGolongan;
            int months = Math.max(0, Ymd.monthIndex(tmtGolongan) - Ymd.monthIndex(tmtCpns));
            if (awal.group().ordinal() == 1 && p.golongan.group().ordinal() >= 2) {
                months -= 60;   // moving from golongan II to III counts masa kerja less five years
            }
            if (awal.group().ordinal() == 0 && p.golongan.group().ordinal() >= 1) {
                months -= 72;   // from golongan I to II, less six years
            }
            months = Math.max(0, months);
            row.mkTahun = months / 12;
            row.mkBulan = months % 12;
            row.tmtJabatan = tmtJabatan(p, r, tmtCpns, row.tmtPns);
            row.nipBaru = nipPns(p.birth, tmtCpns, p.gender);
            if (tmtCpns < Ymd.epochDay(1999, 1, 1)) {
                scratch.setLength(0);
                scratch.append('4');
                Ids.digits(scratch, r.nextInt(100_000_000), 8);
                row.nipLama = scratch.toString();
            }
        }

        /** The last promotion: a 1 April or 1 October after at least two years per promotion, within four years. */
        private long lastPromotion(Rng r, long tmtCpns, int promotions) {
            int latest = 2025 * 12 + 9;                 // October 2025
            int fastest = Ymd.monthIndex(tmtCpns) + 24 * promotions;
            int from = Math.max(fastest, latest - 48);
            if (from > latest) {
                from = Math.max(Ymd.monthIndex(tmtCpns) + 12, latest - 12);
                if (from > latest) {
                    return tmtCpns;
                }
            }
            int chosen = from + r.nextInt(latest - from + 1);
            int month = Math.floorMod(chosen, 12);
            int period = month < 3 ? chosen - month - 3 : month < 9 ? chosen - month + 3 : chosen - month + 9;
            if (period < Ymd.monthIndex(tmtCpns) + 12) {
                period = latest;
            }
            return Ymd.firstOfMonthIndex(period);
        }

        private long tmtJabatan(Person p, Rng r, long tmtCpns, long tmtPns) {
            if (p.cpns()) {
                return tmtCpns;
            }
            int lookBack = p.jabatan == ReportJabatan.STRUKTURAL ? 6 : p.jabatan == ReportJabatan.FUNGSIONAL_UMUM ? 10 : 8;
            long from = Math.max(p.jabatan == ReportJabatan.STRUKTURAL ? tmtPns : tmtCpns,
                    Ymd.epochDay(2025 - lookBack, 12, 1));
            int a = Ymd.monthIndex(from) + (Ymd.day(from) == 1 ? 0 : 1);
            int b = 2025 * 12 + 10;                      // November 2025
            return Ymd.firstOfMonthIndex(a >= b ? b : a + r.nextInt(b - a + 1));
        }

        private void pppkCareer(Person p, AsnRow row, Rng r) {
            int year;
            switch (p.jabatan) {
                case GURU: year = 2021 + r.nextInt(3); break;
                case NON_GURU: year = 2022 + r.nextInt(3); break;
                default: year = 2023 + r.nextInt(2);
            }
            int[] months = {1, 3, 4, 7, 10};
            long tmt = Ymd.epochDay(year, months[r.nextInt(months.length)], 1);
            int minAgeAtTmt = Math.max(20, educationAge(p.tingkat.jenjang().ordinal()) + 1);
            int minAge = (2025 - year) + minAgeAtTmt;
            int age = minAge + r.nextInt(Math.max(1, 55 - minAge + 1));
            // PPPK are kept at 55 or younger, so none reaches BUP (58 or 60) before 2028: no PPPK retires in 2026.
            long lo = Ymd.epochDay(2025 - age, 1, 1);
            long hi = Ymd.epochDay(2025 - age, 12, 31);
            hi = Math.min(hi, Ymd.plusYears(tmt, -minAgeAtTmt));
            p.birth = r.between(lo, Math.max(lo, hi));
            row.tmtCpns = tmt;
            row.statusCpnsPns = null;
            row.kedudukanHukum = KedudukanHukum.PPPK_AKTIF;
            row.jenisPegawaiId = null;
            row.jenisPegawaiNama = "PPPK";
            row.nomorSkCpns = skNumber("800.1.13.1/", r, year);
            row.tanggalSkCpns = Math.min(AS_OF, tmt + r.between(-30, 30));
            row.golAwal = p.golongan;
            row.golAkhir = p.golongan;
            row.tmtGolongan = tmt;
            row.tmtJabatan = tmt;
            row.nipBaru = nipPppk(p.birth, year, 1 + r.nextInt(2), p.gender);
        }

        private String skNumber(String prefix, Rng r, int year) {
            scratch.setLength(0);
            scratch.append(prefix).append(r.between(1, 999)).append("/D.2/").append(year);
            return scratch.toString();
        }

        // ------------------------------------------------------------------ identifiers

        private String nipPns(long birth, long tmtCpns, Gender gender) {
            scratch.setLength(0);
            Ids.digits(scratch, Ymd.packed(birth), 8);
            Ids.digits(scratch, Ymd.packed(tmtCpns) / 100, 6);
            scratch.append(gender.id());
            String key = scratch.toString();
            int sequence = nipSequence.merge(key, 1, Integer::sum);
            Ids.digits(scratch, sequence, 3);
            return scratch.toString();
        }

        private String nipPppk(long birth, int year, int round, Gender gender) {
            scratch.setLength(0);
            Ids.digits(scratch, Ymd.packed(birth), 8);
            Ids.digits(scratch, year, 4);
            scratch.append('2').append(round).append(gender.id());
            String key = scratch.toString();
            int sequence = nipSequence.merge(key, 1, Integer::sum);
            Ids.digits(scratch, sequence, 3);
            return scratch.toString();
        }

        private String nik(Rng r, String kecamatan, long birth, Gender gender) {
            int packed = Ymd.packed(birth);
            scratch.setLength(0);
            scratch.append(CityTargets.NIK_REGION).append(kecamatan);
            int day = packed % 100 + (gender == Gender.FEMALE ? 40 : 0);
            Ids.digits(scratch, day, 2);
            Ids.digits(scratch, packed / 100 % 100, 2);
            Ids.digits(scratch, packed / 10000 % 100, 2);
            String key = scratch.toString();
            int sequence = nikSequence.merge(key, 1, Integer::sum);
            Ids.digits(scratch, sequence, 4);
            return scratch.toString();
        }

        private static String unorId(String name) {
            return Ids.hex32(Catalog.REFERENCE_SEED, "unor:1872:" + name);
        }

        // ------------------------------------------------------------------ small rules

        private Catalog.Place birthPlace(Rng r, Agama agama) {
            if (agama == Agama.HINDU) {
                return r.pick(Catalog.BALI_PLACES);
            }
            if ((agama == Agama.KRISTEN || agama == Agama.KATHOLIK) && r.chance(0.5)) {
                return r.pick(Catalog.BATAK_PLACES);
            }
            return r.pick(Catalog.LAMPUNG_PLACES);
        }

        private static JenisKawin maritalStatus(Rng r, int age, Gender gender) {
            double single = age < 25 ? 0.75 : age < 30 ? 0.35 : age < 40 ? 0.08 : 0.04;
            double widowed = age > 50 ? (gender == Gender.FEMALE ? 0.10 : 0.04) : 0.01;
            double x = r.nextDouble();
            if (x < single) {
                return JenisKawin.BELUM_KAWIN;
            }
            if (x < single + widowed) {
                return JenisKawin.JANDA_DUDA;
            }
            if (x < single + widowed + 0.03) {
                return JenisKawin.CERAI;
            }
            return JenisKawin.MENIKAH;
        }
    }

    // ------------------------------------------------------------------ shared career rules

    /**
     * The rank (1 = I/a) someone with this education usually entered at, or, when the current rank is below it
     * (a degree earned in service, not yet recognised), the SLTA entry II/a or the SD entry I/a.
     */
    static int entryRank(TingkatPendidikan tingkat, int currentRank) {
        int entry;
        switch (tingkat.jenjang()) {
            case SD: entry = 1; break;
            case SLTP: entry = 3; break;
            case SLTA: case D1: entry = 5; break;
            case D2: entry = 6; break;
            case D3: entry = 7; break;
            default: entry = 9;
        }
        if (entry > currentRank) {
            entry = currentRank >= 5 ? 5 : 1;
        }
        return Math.min(entry, currentRank);
    }

    private static int entryTingkatRank(Person p) {
        int entry = entryRank(p.tingkat, p.golongan.rank());
        // the jenjang ordinal the person entered with, for the education age
        return entry >= 9 ? JenjangPendidikan.S1.ordinal() : entry >= 7 ? JenjangPendidikan.D3.ordinal()
                : entry >= 5 ? JenjangPendidikan.SLTA.ordinal() : entry >= 3 ? JenjangPendidikan.SLTP.ordinal()
                : JenjangPendidikan.SD.ordinal();
    }

    /** The usual age at graduation of a jenjang (by ordinal of {@link JenjangPendidikan}). */
    static int educationAge(int jenjangOrdinal) {
        switch (JENJANG[jenjangOrdinal]) {
            case SD: return 13;
            case SLTP: return 16;
            case SLTA: return 19;
            case D1: return 20;
            case D2: return 21;
            case D3: return 21;
            case D4: case S1: return 22;
            case S2: return 24;
            default: return 28;
        }
    }

    static Golongan pnsGolongan(int rank) {
        return GOLONGAN[rank - 1];
    }

    private static final JenjangPendidikan[] JENJANG = JenjangPendidikan.values();
    private static final Golongan[] GOLONGAN = Golongan.values();
}
