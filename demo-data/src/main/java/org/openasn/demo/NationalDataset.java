package org.openasn.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.PppkEntryGolongan;
import org.openasn.reference.status.KedudukanHukum;

/**
 * N employees across M agencies with a national shape, streamed row by row: nothing but the agencies, their units
 * and three counter arrays (for unique NIP and NIK sequences) is kept in memory, so N can be ten million.
 *
 * <p>Shape (BKN, November 2025: 3.60 million PNS and 1.99 million PPPK): each row is PPPK with probability 0.36;
 * about 3.5% of PNS are CPNS; positions, education and age follow the categorical tables below, and golongan
 * follows from education and years of service, so the usual correlations (older, higher; degree, higher) hold.
 * Everybody is under BUP on 31-12-2025 and 18 or older at TMT CPNS.
 *
 * <p>Agencies: ids are 32-hex look-alikes of SIASN instansi ids (hashes of the agency's index, so the same for every
 * seed, like a reference table); names are synthetic ("PEMERINTAH KABUPATEN SUKA MAJU"). About 13% are central
 * agencies, 38 (or 6%) provinces, the rest kabupaten and kota; sizes are heavy-tailed (a few very large agencies).
 * Each agency has 40–80 units (UNOR), split into school, health and administrative units.
 */
public final class NationalDataset {

    private static final long AS_OF = Ymd.epochDay(2025, 12, 31);
    private static final long BIRTH_BASE = Ymd.epochDay(1955, 1, 1);
    private static final int BIRTH_DAYS = (int) (Ymd.epochDay(2006, 1, 1) - BIRTH_BASE);
    private static final int TMT_OFFSETS = 348;   // TMT CPNS 18 to 47 years after the birth month
    private static final int NIK_DISTRICTS = 5;
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31",
        "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75",
        "76", "81", "82", "91", "92", "93", "94", "95", "96"};
    private static final String[] NAME_A = {"SUKA", "TANJUNG", "MUARA", "BUKIT", "SUMBER", "KOTA", "PASIR",
        "TELUK", "SUNGAI", "BATU", "AIR", "WAY", "GUNUNG", "TANAH", "LEMBAH", "PADANG", "KUALA", "RANTAU"};
    private static final String[] NAME_B = {"MAJU", "JAYA", "SARI", "MAKMUR", "INDAH", "BARU", "RAYA", "MULYA",
        "AGUNG", "LESTARI", "HARAPAN", "SENTOSA", "BAHAGIA", "PERMAI", "ABADI", "TIMUR", "BARAT", "TENGAH"};
    private static final String[] ADMIN_UNITS = {"SEKRETARIAT DAERAH", "SEKRETARIAT DPRD", "INSPEKTORAT",
        "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM",
        "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "BADAN PENDAPATAN DAERAH", "DINAS PEKERJAAN UMUM",
        "DINAS PERHUBUNGAN", "DINAS SOSIAL", "DINAS LINGKUNGAN HIDUP", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "DINAS KOMUNIKASI DAN INFORMATIKA", "DINAS PERTANIAN", "DINAS PERDAGANGAN", "DINAS TENAGA KERJA",
        "SATUAN POLISI PAMONG PRAJA", "BADAN PENANGGULANGAN BENCANA DAERAH", "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "DINAS PENANAMAN MODAL DAN PTSP", "BADAN KESATUAN BANGSA DAN POLITIK", "DINAS KOPERASI DAN UKM",
        "DINAS PARIWISATA", "DINAS PEMUDA DAN OLAHRAGA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
        "DINAS PENGENDALIAN PENDUDUK DAN KB", "DINAS PERIKANAN", "DINAS PETERNAKAN"};
    private static final String[] CENTRAL_ADMIN_UNITS = {"SEKRETARIAT JENDERAL", "INSPEKTORAT JENDERAL",
        "BIRO PERENCANAAN", "BIRO KEUANGAN", "BIRO SUMBER DAYA MANUSIA", "BIRO UMUM", "BIRO HUKUM",
        "PUSAT DATA DAN INFORMASI", "BADAN PENDIDIKAN DAN PELATIHAN", "DIREKTORAT JENDERAL"};
    private static final Catalog.Family[] NON_HEALTH = {Catalog.Family.AUDIT, Catalog.Family.POLPP,
        Catalog.Family.AGRICULTURE, Catalog.Family.EDUCATION_OFFICE, Catalog.Family.LIBRARY, Catalog.Family.PLANNING,
        Catalog.Family.PERSONNEL, Catalog.Family.FAMILY_PLANNING, Catalog.Family.ENVIRONMENT,
        Catalog.Family.PUBLIC_WORKS, Catalog.Family.SOCIAL, Catalog.Family.TRANSPORT, Catalog.Family.COMMUNICATION,
        Catalog.Family.PROCUREMENT, Catalog.Family.LAW, Catalog.Family.FINANCE, Catalog.Family.CIVIL_REGISTRY,
        Catalog.Family.GENERAL};

    private static final String[] AREAS = new String[NAME_A.length];

    static {
        for (int i = 0; i < NAME_A.length; i++) {
            AREAS[i] = "KEL. " + NAME_A[i] + " " + NAME_B[(i * 7) % NAME_B.length];
        }
    }

    /** Position groups of a PNS row. */
    private static final int STRUKTURAL = 0;
    private static final int GURU = 1;
    private static final int NON_GURU = 2;
    private static final int UMUM = 3;

    /** Education (TingkatPendidikan ordinal) weights per position group, out of 1000. */
    private static final TingkatPendidikan[] T = TingkatPendidikan.values();
    private static final int[][] EDU_PNS = {
        // SD SLTP SLTPk SLTA SLTAk SLTAg D1 D2 D3 D4 S1 S2 S3
        {0, 0, 0, 30, 5, 0, 0, 0, 30, 30, 470, 420, 15},      // struktural
        {0, 0, 0, 0, 0, 5, 0, 15, 10, 10, 850, 110, 0},        // guru
        {0, 0, 0, 20, 20, 0, 2, 3, 270, 70, 450, 160, 5},      // non-guru
        {8, 12, 2, 250, 60, 0, 3, 5, 130, 40, 390, 100, 0}};   // pelaksana
    private static final int[] EDU_PPPK = {5, 5, 0, 120, 30, 0, 0, 2, 170, 50, 590, 28, 0};
    private static final int[] EDU_PPPK_GURU = {0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 950, 30, 0};

    /** Share of each PNS position group out of 1000: struktural, guru, non-guru, pelaksana. */
    private static final int[] JAB_REGIONAL = {70, 300, 250, 380};
    private static final int[] JAB_CENTRAL = {90, 40, 330, 540};
    private static final int[] JAB_PPPK = {0, 420, 300, 280};

    /** PNS age weights for ages 20..64 (index = age - 20), shaped like the national pyramid. */
    private static final int[] AGE_WEIGHTS = ageWeights();

    /** An agency of the dataset. */
    public record Agency(int index, String id, String name, boolean central, boolean province, String nikRegion,
                         String lokasiId, String lokasiNama, String kpknId, String kpknNama, long rows,
                         String[] unitIds, String[] unitNames, int schoolUnits, int healthUnits) {

        /** @return the number of units (UNOR) */
        public int units() {
            return unitIds.length;
        }
    }

    /** What a run wrote. */
    public record Summary(long rows, long pns, long cpns, long pppk, long[] rowsPerAgency) {
    }

    private final long rows;
    private final long seed;
    private final List<Agency> agencies;

    private NationalDataset(long rows, long seed, List<Agency> agencies) {
        this.rows = rows;
        this.seed = seed;
        this.agencies = agencies;
    }

    /**
     * @param rows     employees to write, 1 to 10 million (more works, but sequences may run out)
     * @param agencies how many agencies, 1 to 5,000
     * @param seed     the seed; the same seed gives a byte-identical file
     */
    public static NationalDataset of(long rows, int agencies, long seed) {
        if (rows < 0 || agencies < 1 || agencies > 5000) {
            throw new IllegalArgumentException("rows must be ≥ 0 and agencies 1–5000");
        }
        return new NationalDataset(rows, seed, makeAgencies(rows, agencies, seed));
    }

    /** @return the agencies, in file order, with their row counts */
    public List<Agency> agencies() {
        return agencies;
    }

    /** Streams the header and every row as UTF-8 (the caller closes the stream). */
    public Summary writeCsv(OutputStream out) throws IOException {
        return write(SiasnCsv.to(out));
    }

    /** Streams the header and every row to the writer (the caller closes it). */
    public Summary writeCsv(Writer out) throws IOException {
        return write(SiasnCsv.to(out));
    }

    private Summary write(SiasnCsv csv) throws IOException {
        csv.writeHeader();
        RowMaker maker = new RowMaker(seed);
        long[] perAgency = new long[agencies.size()];
        long index = 0;
        for (Agency a : agencies) {
            maker.enter(a);
            for (long i = 0; i < a.rows(); i++) {
                csv.write(maker.next(index++));
                perAgency[a.index()]++;
            }
        }
        csv.flush();
        return new Summary(csv.rowsWritten(), maker.pns, maker.cpns, maker.pppk, perAgency);
    }

    // ------------------------------------------------------------------ agencies

    private static List<Agency> makeAgencies(long rows, int m, long seed) {
        Rng rng = Rng.of(0x1A5EB03EL, m);   // agency shapes depend on M only, not on the seed
        int central = (int) Math.ceil(m * 0.13);
        int provinces = Math.min(38, Math.max(0, (int) Math.round(m * 0.06)));
        if (central + provinces > m) {
            central = Math.max(1, m / 2);
            provinces = Math.min(provinces, m - central);
        }
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            double gauss = 0;
            for (int k = 0; k < 6; k++) {
                gauss += rng.nextDouble();
            }
            gauss = (gauss - 3) / 0.7071;   // ≈ N(0,1)
            double mean = i < central ? 2.2 : i < central + provinces ? 2.0 : 1.0;
            weights[i] = mean * Math.exp(0.8 * gauss);
        }
        long[] counts = apportion(rows, weights);
        List<Agency> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            boolean isCentral = i < central;
            boolean isProvince = !isCentral && i < central + provinces;
            String place = NAME_A[i % NAME_A.length] + " " + NAME_B[(i / NAME_A.length) % NAME_B.length]
                    + (i >= NAME_A.length * NAME_B.length ? " " + (i / (NAME_A.length * NAME_B.length) + 1) : "");
            String name;
            String region;
            if (isCentral) {
                name = "KEMENTERIAN/LEMBAGA " + place;
                region = "317" + (1 + i % 5);
            } else if (isProvince) {
                int p = (i - central) % PROVINCES.length;
                name = "PEMERINTAH PROVINSI " + place;
                region = PROVINCES[p] + "71";
            } else {
                int j = i - central - provinces;
                String prov = PROVINCES[j % PROVINCES.length];
                int regency = 1 + (j / PROVINCES.length) % 79;
                boolean kota = (j % 5) == 4;
                name = (kota ? "PEMERINTAH KOTA " : "PEMERINTAH KABUPATEN ") + place;
                region = prov + (regency < 10 ? "0" : "") + regency;
            }
            String id = Ids.hex32(Catalog.REFERENCE_SEED, "instansi:" + i);
            int units = 40 + rng.nextInt(41);
            int schools = isCentral ? units / 10 : (int) (units * 0.4);
            int health = (int) (units * 0.15);
            String[] unitIds = new String[units];
            String[] unitNames = new String[units];
            for (int u = 0; u < units; u++) {
                String unitName;
                if (u < schools) {
                    unitName = isCentral ? "MADRASAH NEGERI " + (u + 1)
                            : isProvince ? (u % 3 == 0 ? "SMK NEGERI " : "SMA NEGERI ") + (u / 3 + 1)
                            : (u % 4 == 3 ? "UPTD SMP NEGERI " : "UPTD SD NEGERI ") + (u + 1);
                } else if (u < schools + health) {
                    int h = u - schools;
                    unitName = h == 0 ? "DINAS KESEHATAN" : h == 1 ? "RUMAH SAKIT UMUM DAERAH" : "UPTD PUSKESMAS " + (h - 1);
                    if (isCentral) {
                        unitName = h == 0 ? "PUSAT KESEHATAN" : "BALAI KESEHATAN " + h;
                    }
                } else {
                    int k = u - schools - health;
                    String[] pool = isCentral ? CENTRAL_ADMIN_UNITS : ADMIN_UNITS;
                    unitName = k < pool.length ? pool[k] : isCentral ? "KANTOR WILAYAH " + (k - pool.length + 1)
                            : "KECAMATAN " + NAME_B[(k - pool.length) % NAME_B.length] + " "
                            + (k - pool.length + 1);
                }
                unitNames[u] = unitName;
                unitIds[u] = Ids.hex32(Catalog.REFERENCE_SEED, "unor:" + id + ":" + u);
            }
            String kota = name.substring(name.indexOf(' ') + 1);
            out.add(new Agency(i, id, name, isCentral, isProvince, region,
                    Ids.hex32(Catalog.REFERENCE_SEED, "lokasi:" + region), kota,
                    Ids.hex32(Catalog.REFERENCE_SEED, "kpkn:" + region), "KPPN " + place, counts[i],
                    unitIds, unitNames, schools, health));
        }
        return Collections.unmodifiableList(out);
    }

    private static long[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        double[] rem = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
    }

    private static int[] ageWeights() {
        int[] w = new int[45];
        for (int age = 20; age < 65; age++) {
            int v;
            if (age < 23) {
                v = 2;
            } else if (age < 30) {
                v = 10 + (age - 23) * 4;
            } else if (age < 40) {
                v = 40 + (age - 30) * 2;
            } else if (age < 56) {
                v = 60 + (age - 40);
            } else if (age < 58) {
                v = 60;
            } else if (age < 60) {
                v = 25;
            } else if (age < 61) {
                v = 8;
            } else {
                v = 1;
            }
            w[age - 20] = v;
        }
        return w;
    }

    // ------------------------------------------------------------------ rows

    /** Makes rows; one instance per run, everything reused. */
    private static final class RowMaker {

        private final long seed;
        private final Rng rng;
        private final AsnRow row = new AsnRow();
        private final StringBuilder scratch = new StringBuilder(256);
        // One reused builder per generated text column: the writer reads them, nothing is copied into a String.
        private final StringBuilder nama = new StringBuilder(64);
        private final StringBuilder email = new StringBuilder(64);
        private final StringBuilder alamat = new StringBuilder(128);
        private final StringBuilder phone = new StringBuilder(16);
        private final StringBuilder npwpText = new StringBuilder(24);
        private final StringBuilder bpjsText = new StringBuilder(16);
        private final StringBuilder nipText = new StringBuilder(18);
        private final StringBuilder nikText = new StringBuilder(16);
        private final StringBuilder skCpns = new StringBuilder(24);
        private final StringBuilder skPns = new StringBuilder(24);
        private final char[] digits = new char[18];
        private final short[] nipPns = new short[BIRTH_DAYS * TMT_OFFSETS * 2];
        private final short[] nipPppk = new short[BIRTH_DAYS * 8 * 2 * 2];
        private short[] nik;
        private final java.util.Map<String, short[]> nikByRegion = new java.util.HashMap<>();
        private final int[] ageCdf;
        private Agency agency;
        private String[][] strukturalByUnit;
        private String[][] strukturalIdsByUnit;
        private final java.util.Map<String, String[]> functionalNames = new java.util.HashMap<>();
        private final java.util.Map<String, String[]> functionalIds = new java.util.HashMap<>();
        private String lastTitle;
        long pns;
        long cpns;
        long pppk;

        RowMaker(long seed) {
            this.seed = seed;
            this.rng = Rng.of(seed, 0x4E4154L);
            this.ageCdf = cdf(AGE_WEIGHTS);
        }

        void enter(Agency a) {
            agency = a;
            // Agencies may share a region code (central agencies all sit in Jakarta), so counters are per region.
            nik = nikByRegion.computeIfAbsent(a.nikRegion(), k -> new short[NIK_DISTRICTS * BIRTH_DAYS]);
            strukturalByUnit = new String[a.units()][];
            strukturalIdsByUnit = new String[a.units()][];
            row.instansiIndukId = a.id();
            row.instansiIndukNama = a.name();
            row.instansiKerjaId = a.id();
            row.instansiKerjaNama = a.name();
            row.lokasiKerjaId = a.lokasiId();
            row.lokasiKerjaNama = a.lokasiNama();
            row.kpknId = a.kpknId();
            row.kpknNama = a.kpknNama();
        }

        AsnRow next(long index) {
            Rng r = rng;
            AsnRow w = row;
            Agency a = agency;
            boolean isPppk = r.nextInt(1000) < 360;
            Gender gender = r.nextInt(1000) < (isPppk ? 620 : 550) ? Gender.FEMALE : Gender.MALE;
            Agama agama = agama(r.nextInt(1000));
            int group = pick(r, isPppk ? JAB_PPPK : a.central() ? JAB_CENTRAL : JAB_REGIONAL);
            TingkatPendidikan tingkat = T[pick(r, isPppk ? (group == GURU ? EDU_PPPK_GURU : EDU_PPPK) : EDU_PNS[group])];
            if (group == GURU && tingkat.jenjang().ordinal() < 3) {
                tingkat = TingkatPendidikan.S1;
            }
            int unit = unitFor(r, a, group);
            w.pnsId = Ids.hex32(seed, 0x4E, index);
            w.gender = gender;
            w.agama = agama;
            w.nama = Catalog.name(r, agama.id(), gender, nama);
            Catalog.Place place = Catalog.NATIONAL_PLACES[r.nextInt(Catalog.NATIONAL_PLACES.length)];
            w.tempatLahirId = place.id();
            w.tempatLahirNama = place.name();
            w.unorId = a.unitIds()[unit];
            w.unorNama = a.unitNames()[unit];
            w.satuanKerjaIndukId = a.unitIds()[unit];
            w.satuanKerjaIndukNama = a.unitNames()[unit];
            w.satuanKerjaKerjaId = a.unitIds()[unit];
            w.satuanKerjaKerjaNama = a.unitNames()[unit];
            w.tingkatPendidikan = tingkat;
            long birth;
            if (isPppk) {
                birth = pppkRow(r, w, group, tingkat, gender);
                pppk++;
            } else {
                birth = pnsRow(r, w, group, tingkat, gender, unit);
                pns++;
            }
            w.tanggalLahir = birth;
            Catalog.Domain domain = group == GURU ? Catalog.Domain.GURU
                    : group == NON_GURU ? Catalog.domainOf(lastTitle) : Catalog.Domain.GENERAL;
            Catalog.Programme[] programmes = Catalog.programmes(domain, tingkat);
            Catalog.Programme programme = programmes[r.nextInt(programmes.length)];
            w.pendidikanId = programme.id();
            w.pendidikanNama = programme.nama();
            w.gelarDepan = programme.gelarDepan();
            w.gelarBelakang = programme.gelarBelakang();
            w.tahunLulus = tingkat.jenjang().ordinal() >= 8
                    ? Math.min(2025, Ymd.year(w.tmtCpns) + 3 + r.nextInt(10))
                    : Math.min(Ymd.year(w.tmtCpns), Ymd.year(birth) + educationAge(tingkat) + r.nextInt(3));
            w.jenisKawin = r.nextInt(100) < (Ymd.year(birth) > 1998 ? 60 : 8) ? JenisKawin.BELUM_KAWIN
                    : r.nextInt(100) < 5 ? JenisKawin.JANDA_DUDA : JenisKawin.MENIKAH;
            w.nik = nik(r, birth, gender);
            w.nomorHp = Catalog.phone(r, phone);
            w.email = r.nextInt(10) < 8 ? Catalog.email(r, nama, email) : null;
            w.emailGov = null;
            w.alamat = Catalog.address(r, AREAS[r.nextInt(AREAS.length)], a.lokasiNama(), alamat);
            w.npwp = r.nextInt(10) < 8 ? Catalog.npwp(r, npwpText) : null;
            w.bpjs = Catalog.bpjs(r, bpjsText);
            return w;
        }

        private int unitFor(Rng r, Agency a, int group) {
            int schools = a.schoolUnits();
            int health = a.healthUnits();
            int admin = a.units() - schools - health;
            if (group == GURU && schools > 0) {
                return r.nextInt(schools);
            }
            if (group == NON_GURU && r.nextInt(100) < 60) {
                return schools + r.nextInt(health);
            }
            return schools + health + r.nextInt(admin);
        }

        private long pnsRow(Rng r, AsnRow w, int group, TingkatPendidikan tingkat, Gender gender, int unit) {
            boolean isCpns = r.nextInt(1000) < 35;
            int eduAge = educationAge(tingkat);
            long birth;
            long tmtCpns;
            int entry = CityDataset.entryRank(tingkat, 17);
            int rank;
            int months;
            long tmtGol;
            if (isCpns) {
                cpns++;
                int age = Math.max(eduAge + 1, 22 + r.nextInt(13));
                birth = Ymd.epochDay(2025 - age, 1, 1) + r.nextInt(365);
                tmtCpns = r.nextInt(10) < 7 ? Ymd.epochDay(2025, 6, 1) : Ymd.epochDay(2025, 4, 1);
                rank = entry;
                tmtGol = tmtCpns;
                months = 0;
            } else {
                int age = 20 + pickCdf(r, ageCdf);
                age = Math.max(age, eduAge + 2);
                birth = Ymd.epochDay(2025 - age, 1, 1) + r.nextInt(365);
                int ageAtEntry = eduAge + r.nextInt(Math.max(1, Math.min(12, age - 1 - eduAge)));
                int monthIdx = Ymd.monthIndex(birth) + ageAtEntry * 12 + 1 + r.nextInt(12);
                tmtCpns = Ymd.firstOfMonthIndex(Math.min(monthIdx, 2024 * 12 + 11));
                if (tmtCpns < Ymd.plusYears(birth, 18)) {
                    tmtCpns = Ymd.firstOfMonthPlus(Ymd.plusYears(birth, 18), 1);
                }
                int service = (int) ((AS_OF - tmtCpns) / 365);
                int promotions = Math.max(0, service / 4 - r.nextInt(3));
                rank = Math.min(entry + promotions, maxRank(group, tingkat));
                if (group == STRUKTURAL) {
                    rank = Math.max(rank, 10);
                }
                int done = Math.max(0, rank - entry);
                if (done == 0) {
                    tmtGol = tmtCpns;
                } else {
                    int latest = 2025 * 12 + 9;
                    int from = Math.max(Ymd.monthIndex(tmtCpns) + 12, latest - 48);
                    int chosen = from >= latest ? latest : from + r.nextInt(latest - from + 1);
                    int m = Math.floorMod(chosen, 12);
                    chosen += m < 3 ? -m - 3 : m < 9 ? 3 - m : 9 - m;
                    if (chosen < Ymd.monthIndex(tmtCpns) + 12) {
                        chosen = latest;
                    }
                    tmtGol = Ymd.firstOfMonthIndex(chosen);
                }
                months = Math.max(0, Ymd.monthIndex(tmtGol) - Ymd.monthIndex(tmtCpns)
                        - (entry <= 8 && rank >= 9 ? 60 : 0) - (entry <= 4 && rank >= 5 ? 72 : 0));
            }
            Golongan golongan = CityDataset.pnsGolongan(rank);
            Eselon eselon = Eselon.NON_ESELON;
            JenjangFungsional jenjang = null;
            BupCategory bup;
            switch (group) {
                case STRUKTURAL:
                    eselon = rank >= 14 ? Eselon.II_B : rank >= 13 ? Eselon.III_A : rank >= 12 ? Eselon.III_B
                            : rank >= 11 ? Eselon.IV_A : Eselon.IV_B;
                    bup = BupCategory.derive(JenisJabatan.STRUKTURAL, eselon, null, PositionGroup.LAINNYA);
                    w.jenisJabatan = JenisJabatan.STRUKTURAL;
                    structural(w, eselon, unit);
                    break;
                case GURU:
                    jenjang = rank < 9 ? JenjangFungsional.AHLI_PERTAMA : Catalog.jenjangFor(rank, true);
                    bup = BupCategory.TEACHER;
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_TERTENTU;
                    w.jabatanNama = GURU_TITLES[jenjang.ordinal()];
                    w.jabatanId = JFT_IDS_GURU[jenjang.ordinal()];
                    break;
                case NON_GURU:
                    boolean expert = Catalog.isExpertEducation(tingkat);
                    jenjang = Catalog.jenjangFor(rank, expert);
                    boolean keahlian = jenjang.kategori() == JenjangFungsional.Kategori.KEAHLIAN;
                    Catalog.Family family = unit >= agency.schoolUnits() && unit < agency.schoolUnits() + agency.healthUnits()
                            ? Catalog.Family.HEALTH : NON_HEALTH[r.nextInt(NON_HEALTH.length)];
                    String[] titles = keahlian ? family.expertTitles : family.skilledTitles;
                    String title = titles[r.nextInt(titles.length)];
                    if ((Catalog.needsProfessionalDegree(title) && tingkat.jenjang().ordinal() < 7)
                            || (title.equals("Bidan") && gender == Gender.MALE)) {
                        title = "Perawat";
                    }
                    bup = BupCategory.derive(JenisJabatan.FUNGSIONAL_TERTENTU, Eselon.NON_ESELON, jenjang,
                            family == Catalog.Family.HEALTH ? PositionGroup.KESEHATAN : PositionGroup.LAINNYA);
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_TERTENTU;
                    functional(w, title, jenjang);
                    break;
                default:
                    bup = BupCategory.ADMINISTRATION;
                    String[] pelaksana = Catalog.pelaksanaTitles(tingkat);
                    int t = r.nextInt(pelaksana.length);
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_UMUM;
                    w.jabatanNama = pelaksana[t];
                    w.jabatanId = Catalog.pelaksanaId(pelaksana[t]);
            }
            // Keep everyone in service on 31-12-2025: move a birth date past BUP forward.
            int bupAge = Bup.age(bup);
            long earliest = Bup.earliestBirthInService(AS_OF, bupAge);
            if (birth < earliest) {
                long shift = earliest - birth + r.nextInt(3 * 365);
                birth += shift;
                if (!isCpns && tmtCpns < Ymd.plusYears(birth, 18)) {
                    tmtCpns = Ymd.firstOfMonthPlus(Ymd.plusYears(birth, 18), 1);
                    if (tmtGol < tmtCpns) {
                        tmtGol = tmtCpns;
                    }
                    months = Math.max(0, Ymd.monthIndex(tmtGol) - Ymd.monthIndex(tmtCpns));
                }
            }
            // NIP: a free sequence for (birth date, TMT month, gender); a full one moves TMT CPNS a month on.
            int birthIdx = (int) (birth - BIRTH_BASE);
            int tmtMonth = Ymd.monthIndex(tmtCpns);
            int seq;
            while (true) {
                int offset = tmtMonth - Ymd.monthIndex(birth) - 18 * 12;
                if (offset < 0 || offset >= TMT_OFFSETS || birthIdx < 0 || birthIdx >= BIRTH_DAYS) {
                    throw new IllegalStateException("TMT CPNS or birth date outside the NIP counter range");
                }
                int cell = (birthIdx * TMT_OFFSETS + offset) * 2 + (gender == Gender.FEMALE ? 1 : 0);
                seq = nipPns[cell] + 1;
                if (seq <= 999) {
                    nipPns[cell] = (short) seq;
                    break;
                }
                tmtMonth++;
            }
            if (tmtMonth != Ymd.monthIndex(tmtCpns)) {
                tmtCpns = Ymd.firstOfMonthIndex(tmtMonth);
                if (tmtGol < tmtCpns) {
                    tmtGol = tmtCpns;
                }
            }
            nipText.setLength(0);
            Ids.digits(nipText, Ymd.packed(birth), 8);
            Ids.digits(nipText, Ymd.packed(tmtCpns) / 100, 6);
            nipText.append(gender.id());
            Ids.digits(nipText, seq, 3);
            w.nipBaru = nipText;
            w.nipLama = null;
            w.statusCpnsPns = isCpns ? "CPNS" : "PNS";
            w.kedudukanHukum = KedudukanHukum.AKTIF;
            w.jenisPegawaiId = agency.central() || agency.province() ? null : "15";
            w.jenisPegawaiNama = agency.central() ? "PNS Pusat" : agency.province()
                    ? "PNS Daerah Provinsi" : "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota";
            w.kartuAsnVirtual = null;
            w.tmtCpns = tmtCpns;
            w.tanggalSkCpns = tmtCpns + r.nextInt(60) - 20;
            w.nomorSkCpns = skNumber(r, skCpns, "SK-CPNS/", Ymd.year(tmtCpns));
            if (isCpns) {
                w.tmtPns = AsnRow.NO_DATE;
                w.tanggalSkPns = AsnRow.NO_DATE;
                w.nomorSkPns = null;
            } else {
                long tmtPns = Math.min(Ymd.firstOfMonthPlus(tmtCpns, 12 + r.nextInt(6)), Ymd.epochDay(2025, 12, 1));
                w.tmtPns = tmtPns;
                w.tanggalSkPns = Math.min(AS_OF, tmtPns + r.nextInt(60));
                w.nomorSkPns = skNumber(r, skPns, "SK-PNS/", Ymd.year(tmtPns));
            }
            w.golAwal = isCpns ? golongan : CityDataset.pnsGolongan(Math.min(entry, rank));
            w.golAkhir = golongan;
            w.tmtGolongan = tmtGol;
            w.mkTahun = months / 12;
            w.mkBulan = months % 12;
            long from = Math.max(isCpns ? tmtCpns : tmtCpns + 365, Ymd.epochDay(2016, 1, 1));
            w.tmtJabatan = isCpns ? tmtCpns
                    : Ymd.firstOfMonthIndex(Math.min(2025 * 12 + 10, Ymd.monthIndex(from) + 1 + r.nextInt(
                            Math.max(1, 2025 * 12 + 10 - Ymd.monthIndex(from)))));
            return birth;
        }

        private long pppkRow(Rng r, AsnRow w, int group, TingkatPendidikan tingkat, Gender gender) {
            int year = 2021 + r.nextInt(5);
            int[] months = {1, 3, 4, 7, 10};
            long tmt = Ymd.epochDay(year, months[r.nextInt(5)], 1);
            int minAgeAtTmt = Math.max(20, educationAge(tingkat) + 1);
            int minAge = (2025 - year) + minAgeAtTmt;
            int age = minAge + r.nextInt(Math.max(1, 55 - minAge + 1));
            long birth = Ymd.epochDay(2025 - age, 1, 1) + r.nextInt(365);
            long latest = Ymd.plusYears(tmt, -minAgeAtTmt);
            if (birth > latest) {
                birth = latest - r.nextInt(365);
            }
            Golongan golongan = PppkEntryGolongan.forEducation(tingkat.jenjang());
            JenjangFungsional jenjang;
            switch (group) {
                case GURU:
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_TERTENTU;
                    w.jabatanNama = GURU_TITLES[JenjangFungsional.AHLI_PERTAMA.ordinal()];
                    w.jabatanId = JFT_IDS_GURU[JenjangFungsional.AHLI_PERTAMA.ordinal()];
                    break;
                case NON_GURU:
                    boolean expert = golongan.rank() >= 9;
                    jenjang = expert ? JenjangFungsional.AHLI_PERTAMA : JenjangFungsional.TERAMPIL;
                    Catalog.Family family = r.nextInt(100) < 65 ? Catalog.Family.HEALTH
                            : NON_HEALTH[r.nextInt(NON_HEALTH.length)];
                    String[] titles = expert ? family.expertTitles : family.skilledTitles;
                    String title = titles[r.nextInt(titles.length)];
                    if ((Catalog.needsProfessionalDegree(title) && tingkat.jenjang().ordinal() < 7)
                            || (title.equals("Bidan") && gender == Gender.MALE)) {
                        title = "Perawat";
                    }
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_TERTENTU;
                    functional(w, title, jenjang);
                    break;
                default:
                    String[] pelaksana = Catalog.pelaksanaTitles(tingkat);
                    int t = r.nextInt(pelaksana.length);
                    w.jenisJabatan = JenisJabatan.FUNGSIONAL_UMUM;
                    w.jabatanNama = pelaksana[t];
                    w.jabatanId = Catalog.pelaksanaId(pelaksana[t]);
            }
            int round = 1 + r.nextInt(2);
            int birthIdx = (int) (birth - BIRTH_BASE);
            if (birthIdx < 0 || birthIdx >= BIRTH_DAYS) {
                throw new IllegalStateException("birth date outside the NIP counter range");
            }
            int cell = ((birthIdx * 8 + (year - 2019)) * 2 + (round - 1)) * 2 + (gender == Gender.FEMALE ? 1 : 0);
            int seq = nipPppk[cell] + 1;
            if (seq > 999) {
                throw new IllegalStateException("PPPK NIP sequence exhausted");
            }
            nipPppk[cell] = (short) seq;
            nipText.setLength(0);
            Ids.digits(nipText, Ymd.packed(birth), 8);
            Ids.digits(nipText, year, 4);
            nipText.append('2').append(round).append(gender.id());
            Ids.digits(nipText, seq, 3);
            w.nipBaru = nipText;
            w.nipLama = null;
            w.statusCpnsPns = null;
            w.kedudukanHukum = KedudukanHukum.PPPK_AKTIF;
            w.jenisPegawaiId = null;
            w.jenisPegawaiNama = "PPPK";
            w.kartuAsnVirtual = null;
            w.tmtCpns = tmt;
            w.tanggalSkCpns = tmt + r.nextInt(40) - 20;
            w.nomorSkCpns = skNumber(r, skCpns, "SK-PPPK/", year);
            w.tmtPns = AsnRow.NO_DATE;
            w.tanggalSkPns = AsnRow.NO_DATE;
            w.nomorSkPns = null;
            w.golAwal = golongan;
            w.golAkhir = golongan;
            w.tmtGolongan = tmt;
            w.mkTahun = 0;
            w.mkBulan = 0;
            w.tmtJabatan = tmt;
            return birth;
        }

        private StringBuilder nik(Rng r, long birth, Gender gender) {
            int district = r.nextInt(NIK_DISTRICTS);
            int cell = district * BIRTH_DAYS + (int) (birth - BIRTH_BASE);
            int seq = (nik[cell] & 0xFFFF) + 1;
            if (seq > 9999) {
                throw new IllegalStateException("NIK sequence exhausted in region " + agency.nikRegion());
            }
            nik[cell] = (short) seq;
            int p = Ymd.packed(birth);
            StringBuilder b = nikText;
            b.setLength(0);
            b.append(agency.nikRegion());
            Ids.digits(b, district + 1, 2);
            Ids.digits(b, p % 100 + (gender == Gender.FEMALE ? 40 : 0), 2);
            Ids.digits(b, p / 100 % 100, 2);
            Ids.digits(b, p / 10000 % 100, 2);
            Ids.digits(b, seq, 4);
            return b;
        }

        /** Names and ids of functional positions, made once per title and level. */
        private void functional(AsnRow w, String title, JenjangFungsional jenjang) {
            String[] names = functionalNames.get(title);
            String[] ids = functionalIds.get(title);
            if (names == null) {
                names = new String[JenjangFungsional.values().length];
                ids = new String[names.length];
                for (JenjangFungsional j : JenjangFungsional.values()) {
                    names[j.ordinal()] = title + " " + j.label();
                    ids[j.ordinal()] = Ids.hex32(Catalog.REFERENCE_SEED, "jft:" + names[j.ordinal()]);
                }
                functionalNames.put(title, names);
                functionalIds.put(title, ids);
            }
            w.jabatanNama = names[jenjang.ordinal()];
            w.jabatanId = ids[jenjang.ordinal()];
            lastTitle = title;
        }

        /** Structural posts of a unit, by grade (II.b head, III.a secretary, III.b bidang, IV.a seksi, IV.b subbagian). */
        private void structural(AsnRow w, Eselon eselon, int unit) {
            if (strukturalByUnit[unit] == null) {
                String unitName = agency.unitNames()[unit];
                String[] titles = {"Kepala " + unitName, "Sekretaris " + unitName, "Kepala Bidang " + unitName,
                    "Kepala Seksi " + unitName, "Kepala Subbagian " + unitName};
                String[] ids = new String[titles.length];
                for (int i = 0; i < titles.length; i++) {
                    ids[i] = Ids.hex32(Catalog.REFERENCE_SEED, "jabatan:" + agency.id() + ":" + unit + ":" + i);
                }
                strukturalByUnit[unit] = titles;
                strukturalIdsByUnit[unit] = ids;
            }
            int k = eselon == Eselon.II_B ? 0 : eselon == Eselon.III_A ? 1 : eselon == Eselon.III_B ? 2
                    : eselon == Eselon.IV_A ? 3 : 4;
            w.jabatanNama = strukturalByUnit[unit][k];
            w.jabatanId = strukturalIdsByUnit[unit][k];
        }

        private StringBuilder skNumber(Rng r, StringBuilder out, String prefix, int year) {
            out.setLength(0);
            out.append(prefix).append(1 + r.nextInt(9999)).append('/').append(year);
            return out;
        }
    }

    private static final String[] GURU_TITLES = new String[JenjangFungsional.values().length];
    private static final String[] JFT_IDS_GURU = new String[JenjangFungsional.values().length];

    static {
        for (JenjangFungsional j : JenjangFungsional.values()) {
            GURU_TITLES[j.ordinal()] = "Guru " + j.label();
            JFT_IDS_GURU[j.ordinal()] = Ids.hex32(Catalog.REFERENCE_SEED, "jft:Guru " + j.label());
        }
    }

    private static int educationAge(TingkatPendidikan t) {
        return Math.max(18, CityDataset.educationAge(t.jenjang().ordinal()));
    }

    /** The highest rank (1 = I/a … 17 = IV/e) a position group reaches with an education. */
    private static int maxRank(int group, TingkatPendidikan t) {
        int j = t.jenjang().ordinal();   // SD 0 … S3 9
        if (group == UMUM) {
            return j <= 0 ? 5 : j == 1 ? 7 : j <= 4 ? 10 : j == 5 ? 11 : j <= 7 ? 12 : 13;
        }
        if (group == STRUKTURAL) {
            return 15;
        }
        return j <= 5 ? 12 : 15;
    }

    private static Agama agama(int perMille) {
        if (perMille < 870) {
            return Agama.ISLAM;
        }
        if (perMille < 940) {
            return Agama.KRISTEN;
        }
        if (perMille < 970) {
            return Agama.KATHOLIK;
        }
        if (perMille < 990) {
            return Agama.HINDU;
        }
        return perMille < 997 ? Agama.BUDHA : Agama.KONGHUCU;
    }

    private static int pick(Rng r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int[] cdf(int[] weights) {
        int[] c = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static int pickCdf(Rng r, int[] cdf) {
        int x = r.nextInt(cdf[cdf.length - 1]);
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
