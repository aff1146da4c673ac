package org.openasn.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.JenjangFungsional;

/**
 * The vocabulary the generators draw from: Indonesian names by religion and gender, places of birth, education
 * programmes with the academic titles (gelar) they confer, and the names of functional and pelaksana positions.
 * All of it is shared by the city and the national generator and precomputed once, ids included, so the hot loop
 * only indexes arrays. Reference ids (place, programme, position) do not depend on the seed: like SIASN's own
 * reference tables they are the same in every file.
 */
final class Catalog {

    private Catalog() {
    }

    /** Reference ids are hashed under this constant, not under the dataset seed. */
    static final long REFERENCE_SEED = 0x0A5EB03E23CFCF6AL;

    // ---------------------------------------------------------------- names

    static final String[] MUSLIM_MALE = {"AHMAD", "MUHAMMAD", "BUDI", "AGUS", "DEDI", "EKO", "HENDRA", "IWAN",
        "JOKO", "RUDI", "SUGENG", "WAHYU", "YUDI", "ANDI", "ARIF", "BAMBANG", "DIDIK", "FAJAR", "GUNAWAN", "HADI",
        "IRFAN", "RIZKI", "TAUFIK", "SLAMET", "SUTRISNO", "HERU", "DWI", "TRI", "NUR", "RAHMAT", "FIKRI", "HAFIZ",
        "TOPAN", "INDRA", "YOGI", "DANI", "RIDWAN", "SAIFUL", "ZAINAL", "ROBY", "FERRY", "ARDIANSYAH", "BAYU",
        "KHOIRUL", "MUKHLIS", "SYAMSUL", "ADITYA", "ILHAM", "FU'AD", "HARIS"};
    static final String[] MUSLIM_FEMALE = {"SITI", "SRI", "DEWI", "RINA", "YULI", "ENDANG", "NURUL", "RATNA",
        "FITRI", "INDAH", "DIAN", "MEGA", "NOVI", "PUTRI", "RIKA", "SUSI", "TUTI", "WULAN", "YANTI", "AYU", "EKA",
        "HERLINA", "IKA", "LINDA", "MAYA", "NINING", "RETNO", "SUMARNI", "ANISA", "ERNA", "NURHAYATI", "ROSMALA",
        "SUCI", "TRI", "DWI", "NOVITA", "FARIDA", "LAILA", "KHOIRUNNISA", "ZAHRA", "AINUN", "MARYATI", "SETIA",
        "HANIFAH", "ISTIQOMAH", "RAHMAWATI", "UMI", "NENG", "LUTFIA", "SALMA"};
    static final String[] MUSLIM_LAST_MALE = {"SAPUTRA", "WIJAYA", "SETIAWAN", "HIDAYAT", "KURNIAWAN", "PRATAMA",
        "NUGROHO", "SANTOSO", "WIBOWO", "PURNOMO", "HARTONO", "SUSANTO", "FIRMANSYAH", "RAMADHAN", "HAKIM",
        "SYAHPUTRA", "MAULANA", "PRASETYO", "WAHYUDI", "YULIANSAH", "APRIADI", "SUGIARTO", "HARAHAP", "NASUTION",
        "EFENDI", "SURYADI", "MULYADI", "SETIADI", "FAUZI", "ANSORI"};
    static final String[] MUSLIM_LAST_FEMALE = {"LESTARI", "RAHAYU", "SUSANTI", "HANDAYANI", "WULANDARI",
        "ANGGRAINI", "SARI", "PERMATASARI", "NINGSIH", "SAPUTRI", "PRATIWI", "KURNIASIH", "YULIANA", "MARLINA",
        "SURYANI", "HASANAH", "FITRIANI", "NOVIANTI", "PUSPITASARI", "WAHYUNI", "ASTUTI", "MULYANI", "AGUSTINA",
        "FEBRIANTI", "OKTAVIANI", "UTAMI", "MAHARANI", "AMALIA", "RAMADHANI", "ZULAIKHA"};
    static final String[] CHRISTIAN_MALE = {"YOHANES", "PETRUS", "PAULUS", "STEFANUS", "MARKUS", "YOSEF",
        "ANDREAS", "MATIUS", "ROBERTUS", "FRANSISKUS", "DANIEL", "MIKAEL"};
    static final String[] CHRISTIAN_FEMALE = {"MARIA", "MAGDALENA", "KRISTINA", "ELISABETH", "THERESIA", "AGNES",
        "VERONIKA", "MONIKA", "YOSEFINA", "RUTH", "DEBORA", "LUSIANA"};
    static final String[] CHRISTIAN_LAST = {"SIMANJUNTAK", "SIHOMBING", "SITUMORANG", "NAINGGOLAN", "TAMPUBOLON",
        "MANURUNG", "SIREGAR", "PANJAITAN", "SITORUS", "WIDODO", "SETIAWAN", "GULTOM"};
    static final String[] BALI_ORDER = {"WAYAN", "MADE", "NYOMAN", "KETUT", "PUTU", "KADEK", "KOMANG", "GEDE"};
    static final String[] HINDU_MALE = {"SUDARSANA", "ARTHA", "SUPARTA", "WIRAWAN", "ADNYANA", "SUASTIKA",
        "PARWATA", "MERTAYASA", "SUKARDANA", "ARIAWAN"};
    static final String[] HINDU_FEMALE = {"SUARTINI", "ARIANI", "SUKERTI", "SUDIARTI", "WIDIASTUTI", "MERTASARI",
        "PURNAMI", "ASTITI", "RAI", "SRIASIH"};
    static final String[] BUDDHIST_FIRST = {"HENDRA", "LINDA", "SUSANTO", "MELIANA", "WILLY", "VIVIAN", "HARYANTO",
        "LIANA"};
    static final String[] BUDDHIST_LAST = {"TANJAYA", "HALIM", "GUNAWAN", "SALIM", "WIJAYA", "SANTOSO", "HARTANTO",
        "KUSUMA"};

    // ---------------------------------------------------------------- places

    /** A place of birth with its id: what TEMPAT LAHIR ID/NAMA hold. */
    record Place(String id, String name) {
    }

    static final Place[] LAMPUNG_PLACES = places("METRO", "METRO", "METRO", "LAMPUNG TENGAH", "LAMPUNG TENGAH",
            "LAMPUNG TIMUR", "LAMPUNG TIMUR", "BANDAR LAMPUNG", "PRINGSEWU", "TANGGAMUS", "PESAWARAN",
            "LAMPUNG SELATAN", "LAMPUNG UTARA", "TULANG BAWANG", "WAY KANAN", "PALEMBANG", "YOGYAKARTA",
            "KLATEN", "KEBUMEN", "BANYUMAS", "PONOROGO", "KEDIRI", "JAKARTA");
    static final Place[] BALI_PLACES = places("TABANAN", "GIANYAR", "BULELENG", "LAMPUNG TENGAH");
    static final Place[] BATAK_PLACES = places("MEDAN", "TAPANULI UTARA", "PEMATANG SIANTAR", "TOBA SAMOSIR");
    static final Place[] NATIONAL_PLACES = places("JAKARTA", "BANDUNG", "SURABAYA", "SEMARANG", "YOGYAKARTA",
            "MEDAN", "PALEMBANG", "MAKASSAR", "PADANG", "PEKANBARU", "BANJARMASIN", "PONTIANAK", "MANADO",
            "DENPASAR", "MATARAM", "KUPANG", "AMBON", "JAYAPURA", "BANDAR LAMPUNG", "METRO", "MALANG", "SOLO",
            "BOGOR", "BEKASI", "TANGERANG", "SERANG", "CIREBON", "TASIKMALAYA", "GARUT", "KEDIRI", "JEMBER",
            "BANYUWANGI", "MADIUN", "KLATEN", "KEBUMEN", "PURWOKERTO", "TEGAL", "PEKALONGAN", "JAMBI", "BENGKULU",
            "ACEH BESAR", "LHOKSEUMAWE", "BUKITTINGGI", "SAMARINDA", "BALIKPAPAN", "PALU", "KENDARI", "GORONTALO",
            "TERNATE", "SORONG", "BIMA", "ENDE", "PALANGKA RAYA", "TANJUNG PINANG", "PANGKAL PINANG", "MAMUJU",
            "TARAKAN", "BONE", "GOWA", "SUMEDANG");

    private static Place[] places(String... names) {
        Place[] out = new Place[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = new Place(Ids.hex32(REFERENCE_SEED, "lokasi:" + names[i]), names[i]);
        }
        return out;
    }

    // ---------------------------------------------------------------- education

    /** The field an education programme belongs to, which decides its programme names and titles. */
    enum Domain { GENERAL, GURU, NURSE, MIDWIFE, DOCTOR, DENTIST, PHARMA, HEALTH_OTHER }

    /**
     * An education programme (PENDIDIKAN ID/NAMA) with the titles it confers: {@code gelarDepan} before the name,
     * {@code gelarBelakang} after it; either may be null.
     */
    record Programme(String id, String nama, TingkatPendidikan tingkat, String gelarDepan, String gelarBelakang) {
    }

    private static final Map<Domain, Map<TingkatPendidikan, Programme[]>> PROGRAMMES = new EnumMap<>(Domain.class);

    static {
        for (Domain d : Domain.values()) {
            PROGRAMMES.put(d, new EnumMap<>(TingkatPendidikan.class));
        }
        add(Domain.GENERAL, TingkatPendidikan.SD, "SEKOLAH DASAR", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTP, "SMP", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTP_KEJURUAN, "SMP KEJURUAN", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA, "SMA IPA", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA, "SMA IPS", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA, "SMA", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA_KEJURUAN, "SMK AKUNTANSI", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA_KEJURUAN, "SMEA", null, null);
        add(Domain.GENERAL, TingkatPendidikan.SLTA_KEGURUAN, "SPG (SEKOLAH PENDIDIKAN GURU)", null, null);
        add(Domain.GENERAL, TingkatPendidikan.D1, "D-I KOMPUTER", null, "A.Ma.");
        add(Domain.GENERAL, TingkatPendidikan.D2, "D-II KOMPUTER", null, "A.Ma.");
        add(Domain.GENERAL, TingkatPendidikan.D3, "D-III MANAJEMEN INFORMATIKA", null, "A.Md.Kom.");
        add(Domain.GENERAL, TingkatPendidikan.D3, "D-III AKUNTANSI", null, "A.Md.Ak.");
        add(Domain.GENERAL, TingkatPendidikan.D3, "D-III ADMINISTRASI NEGARA", null, "A.Md.");
        add(Domain.GENERAL, TingkatPendidikan.D4, "D-IV ILMU PEMERINTAHAN (IPDN)", null, "S.STP.");
        add(Domain.GENERAL, TingkatPendidikan.D4, "D-IV AKUNTANSI SEKTOR PUBLIK", null, "S.Tr.Ak.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 ILMU PEMERINTAHAN", null, "S.IP.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 ADMINISTRASI NEGARA", null, "S.Sos.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 AKUNTANSI", null, "S.E.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 MANAJEMEN", null, "S.E.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 ILMU HUKUM", null, "S.H.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 TEKNIK SIPIL", null, "S.T.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 TEKNIK INFORMATIKA", null, "S.Kom.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 AGRIBISNIS", null, "S.P.");
        add(Domain.GENERAL, TingkatPendidikan.S1, "S-1 ILMU KOMUNIKASI", null, "S.I.Kom.");
        add(Domain.GENERAL, TingkatPendidikan.S2, "S-2 MAGISTER MANAJEMEN", null, "S.E., M.M.");
        add(Domain.GENERAL, TingkatPendidikan.S2, "S-2 ILMU PEMERINTAHAN", null, "S.IP., M.IP.");
        add(Domain.GENERAL, TingkatPendidikan.S2, "S-2 ADMINISTRASI PUBLIK", null, "S.Sos., M.AP.");
        add(Domain.GENERAL, TingkatPendidikan.S2, "S-2 ILMU HUKUM", null, "S.H., M.H.");
        add(Domain.GENERAL, TingkatPendidikan.S2, "S-2 PERENCANAAN WILAYAH DAN KOTA", null, "S.T., M.T.");
        add(Domain.GENERAL, TingkatPendidikan.S3, "S-3 ILMU ADMINISTRASI", "Dr.", "S.Sos., M.Si.");
        add(Domain.GENERAL, TingkatPendidikan.S3, "S-3 ILMU PEMERINTAHAN", "Dr.", "S.IP., M.IP.");

        add(Domain.GURU, TingkatPendidikan.SLTA_KEGURUAN, "SPG (SEKOLAH PENDIDIKAN GURU)", null, null);
        add(Domain.GURU, TingkatPendidikan.D2, "D-II PGSD", null, "A.Ma.Pd.");
        add(Domain.GURU, TingkatPendidikan.D3, "D-III PENDIDIKAN", null, "A.Md.Pd.");
        add(Domain.GURU, TingkatPendidikan.D4, "D-IV PENDIDIKAN TEKNIK", null, "S.ST.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN GURU SEKOLAH DASAR", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN GURU SEKOLAH DASAR", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN MATEMATIKA", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN BAHASA INDONESIA", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN BAHASA INGGRIS", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN AGAMA ISLAM", null, "S.Pd.I.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN JASMANI", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN GURU PAUD", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S1, "S-1 PENDIDIKAN IPA", null, "S.Pd.");
        add(Domain.GURU, TingkatPendidikan.S2, "S-2 MANAJEMEN PENDIDIKAN", null, "S.Pd., M.Pd.");
        add(Domain.GURU, TingkatPendidikan.S2, "S-2 PENDIDIKAN BAHASA", null, "S.Pd., M.Pd.");

        add(Domain.NURSE, TingkatPendidikan.SLTA_KEJURUAN, "SPK (SEKOLAH PERAWAT KESEHATAN)", null, null);
        add(Domain.NURSE, TingkatPendidikan.D3, "D-III KEPERAWATAN", null, "A.Md.Kep.");
        add(Domain.NURSE, TingkatPendidikan.D4, "D-IV KEPERAWATAN", null, "S.Tr.Kep.");
        add(Domain.NURSE, TingkatPendidikan.S1, "S-1 KEPERAWATAN / NERS", null, "S.Kep., Ners");
        add(Domain.NURSE, TingkatPendidikan.S2, "S-2 KEPERAWATAN", null, "S.Kep., Ners, M.Kep.");
        add(Domain.MIDWIFE, TingkatPendidikan.D1, "D-I KEBIDANAN", null, null);
        add(Domain.MIDWIFE, TingkatPendidikan.D3, "D-III KEBIDANAN", null, "A.Md.Keb.");
        add(Domain.MIDWIFE, TingkatPendidikan.D4, "D-IV KEBIDANAN", null, "S.Tr.Keb.");
        add(Domain.MIDWIFE, TingkatPendidikan.S1, "S-1 KEBIDANAN", null, "S.Keb., Bd.");
        add(Domain.MIDWIFE, TingkatPendidikan.S2, "S-2 KEBIDANAN", null, "S.Tr.Keb., M.Keb.");
        add(Domain.DOCTOR, TingkatPendidikan.S1, "PROFESI DOKTER", "dr.", null);
        add(Domain.DOCTOR, TingkatPendidikan.S2, "S-2 MANAJEMEN RUMAH SAKIT", "dr.", "M.M.R.S.");
        add(Domain.DOCTOR, TingkatPendidikan.S2, "S-2 ILMU KESEHATAN MASYARAKAT", "dr.", "M.Kes.");
        add(Domain.DOCTOR, TingkatPendidikan.S3, "S-3 ILMU KEDOKTERAN", "Dr. dr.", "M.Kes.");
        add(Domain.DENTIST, TingkatPendidikan.S1, "PROFESI DOKTER GIGI", "drg.", null);
        add(Domain.DENTIST, TingkatPendidikan.S2, "S-2 ILMU KESEHATAN MASYARAKAT", "drg.", "M.Kes.");
        add(Domain.PHARMA, TingkatPendidikan.SLTA_KEJURUAN, "SMF (SEKOLAH MENENGAH FARMASI)", null, null);
        add(Domain.PHARMA, TingkatPendidikan.D3, "D-III FARMASI", null, "A.Md.Farm.");
        add(Domain.PHARMA, TingkatPendidikan.S1, "PROFESI APOTEKER", null, "S.Farm., Apt.");
        add(Domain.PHARMA, TingkatPendidikan.S2, "S-2 FARMASI KLINIK", null, "S.Farm., Apt., M.Farm.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.SLTA_KEJURUAN, "SMAK (SEKOLAH MENENGAH ANALIS KESEHATAN)",
                null, null);
        add(Domain.HEALTH_OTHER, TingkatPendidikan.D3, "D-III ANALIS KESEHATAN", null, "A.Md.AK.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.D3, "D-III GIZI", null, "A.Md.Gz.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.D3, "D-III KESEHATAN LINGKUNGAN", null, "A.Md.KL.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.D3, "D-III REKAM MEDIS", null, "A.Md.RMIK.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.D4, "D-IV ANALIS KESEHATAN", null, "S.Tr.AK.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.S1, "S-1 KESEHATAN MASYARAKAT", null, "S.KM.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.S1, "S-1 GIZI", null, "S.Gz.");
        add(Domain.HEALTH_OTHER, TingkatPendidikan.S2, "S-2 KESEHATAN MASYARAKAT", null, "S.KM., M.Kes.");
    }

    private static void add(Domain domain, TingkatPendidikan tingkat, String nama, String depan, String belakang) {
        Map<TingkatPendidikan, Programme[]> byTingkat = PROGRAMMES.get(domain);
        Programme[] old = byTingkat.getOrDefault(tingkat, new Programme[0]);
        Programme[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = new Programme(Ids.hex32(REFERENCE_SEED, "pendidikan:" + nama + ":" + tingkat.id()),
                nama, tingkat, depan, belakang);
        byTingkat.put(tingkat, grown);
    }

    /** SLTA teknik (STM), Table 3.21's own row, written as SLTA kejuruan. */
    static final Programme STM = new Programme(Ids.hex32(REFERENCE_SEED, "pendidikan:STM TEKNIK:17"),
            "STM TEKNIK MESIN", TingkatPendidikan.SLTA_KEJURUAN, null, null);

    /**
     * The programmes of a domain at a level; falls back to the general programmes, then to the SLTA ones when
     * the domain has none at that level (a nurse with only SLTA is a graduate of SPK, say).
     */
    static Programme[] programmes(Domain domain, TingkatPendidikan tingkat) {
        Programme[] own = PROGRAMMES.get(domain).get(tingkat);
        if (own != null) {
            return own;
        }
        Programme[] general = PROGRAMMES.get(Domain.GENERAL).get(tingkat);
        if (general != null) {
            return general;
        }
        throw new IllegalStateException("no programme for " + domain + " " + tingkat);
    }

    // ---------------------------------------------------------------- positions

    /**
     * A family of functional positions: the titles held at the expert (keahlian) levels and at the skilled
     * (keterampilan) levels; the jabatan name is the title followed by the jenjang, e.g. "Perawat Ahli Muda".
     */
    enum Family {
        HEALTH(new String[] {"Perawat", "Perawat", "Perawat", "Perawat", "Bidan", "Bidan", "Dokter", "Dokter",
            "Dokter", "Dokter Gigi", "Apoteker", "Nutrisionis", "Pranata Laboratorium Kesehatan",
            "Tenaga Sanitasi Lingkungan", "Epidemiolog Kesehatan", "Administrator Kesehatan",
            "Administrator Kesehatan", "Penyuluh Kesehatan Masyarakat", "Radiografer", "Perekam Medis"},
            new String[] {"Perawat", "Perawat", "Perawat", "Perawat", "Perawat", "Bidan", "Bidan", "Bidan",
                "Asisten Apoteker", "Pranata Laboratorium Kesehatan", "Nutrisionis", "Tenaga Sanitasi Lingkungan",
                "Radiografer", "Perekam Medis", "Terapis Gigi dan Mulut"}),
        AUDIT(new String[] {"Auditor", "Auditor", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah"},
            new String[] {"Auditor"}),
        POLPP(new String[] {"Polisi Pamong Praja"}, new String[] {"Polisi Pamong Praja"}),
        AGRICULTURE(new String[] {"Penyuluh Pertanian", "Penyuluh Pertanian", "Pengawas Mutu Hasil Pertanian",
            "Analis Ketahanan Pangan"}, new String[] {"Penyuluh Pertanian", "Pengawas Mutu Hasil Pertanian"}),
        EDUCATION_OFFICE(new String[] {"Pengawas Sekolah", "Pengawas Sekolah", "Penilik"},
            new String[] {"Pranata Komputer", "Arsiparis"}),
        LIBRARY(new String[] {"Pustakawan", "Pustakawan", "Arsiparis"}, new String[] {"Pustakawan", "Arsiparis"}),
        PLANNING(new String[] {"Perencana", "Perencana", "Statistisi"}, new String[] {"Statistisi",
            "Pranata Komputer"}),
        PERSONNEL(new String[] {"Analis Sumber Daya Manusia Aparatur", "Asesor Sumber Daya Manusia Aparatur"},
            new String[] {"Pranata Sumber Daya Manusia Aparatur"}),
        FAMILY_PLANNING(new String[] {"Penyuluh Keluarga Berencana", "Analis Kebijakan"},
            new String[] {"Penyuluh Keluarga Berencana"}),
        ENVIRONMENT(new String[] {"Pengendali Dampak Lingkungan", "Pengawas Lingkungan Hidup"},
            new String[] {"Pengendali Dampak Lingkungan"}),
        PUBLIC_WORKS(new String[] {"Teknik Jalan dan Jembatan", "Teknik Pengairan", "Penata Ruang"},
            new String[] {"Teknik Jalan dan Jembatan", "Teknik Pengairan"}),
        DISASTER(new String[] {"Analis Kebijakan"}, new String[] {"Pemadam Kebakaran", "Pemadam Kebakaran"}),
        SOCIAL(new String[] {"Pekerja Sosial", "Penyuluh Sosial"}, new String[] {"Pekerja Sosial"}),
        TRANSPORT(new String[] {"Penguji Kendaraan Bermotor"}, new String[] {"Penguji Kendaraan Bermotor"}),
        COMMUNICATION(new String[] {"Pranata Komputer", "Pranata Hubungan Masyarakat", "Statistisi", "Sandiman"},
            new String[] {"Pranata Komputer", "Pranata Hubungan Masyarakat"}),
        PROCUREMENT(new String[] {"Pengelola Pengadaan Barang/Jasa"}, new String[] {"Arsiparis"}),
        LAW(new String[] {"Perancang Peraturan Perundang-undangan", "Analis Hukum"}, new String[] {"Arsiparis"}),
        FINANCE(new String[] {"Analis Keuangan Pusat dan Daerah", "Analis Pengelolaan Keuangan APBD"},
            new String[] {"Arsiparis", "Pranata Komputer"}),
        CIVIL_REGISTRY(new String[] {"Administrator Database Kependudukan"},
            new String[] {"Administrator Database Kependudukan"}),
        TRADE(new String[] {"Pengawas Perdagangan", "Penera"}, new String[] {"Penera"}),
        GENERAL(new String[] {"Analis Kebijakan", "Arsiparis", "Pranata Komputer", "Pranata Hubungan Masyarakat"},
            new String[] {"Arsiparis", "Pranata Komputer"});

        final String[] expertTitles;
        final String[] skilledTitles;

        Family(String[] expertTitles, String[] skilledTitles) {
            this.expertTitles = expertTitles;
            this.skilledTitles = skilledTitles;
        }
    }

    /** The education domain a functional title trains in. */
    static Domain domainOf(String title) {
        switch (title) {
            case "Perawat": return Domain.NURSE;
            case "Bidan": return Domain.MIDWIFE;
            case "Dokter": return Domain.DOCTOR;
            case "Dokter Gigi": return Domain.DENTIST;
            case "Apoteker": case "Asisten Apoteker": return Domain.PHARMA;
            case "Nutrisionis": case "Pranata Laboratorium Kesehatan": case "Tenaga Sanitasi Lingkungan":
            case "Epidemiolog Kesehatan": case "Administrator Kesehatan": case "Penyuluh Kesehatan Masyarakat":
            case "Radiografer": case "Perekam Medis": case "Terapis Gigi dan Mulut":
                return Domain.HEALTH_OTHER;
            default: return Domain.GENERAL;
        }
    }

    /** Titles that need a degree (dokter, apoteker …) and so are never held at a skilled level or with a diploma. */
    static boolean needsProfessionalDegree(String title) {
        return title.equals("Dokter") || title.equals("Dokter Gigi") || title.equals("Apoteker");
    }

    /** Pelaksana (JFU) positions by education, after the 2024 nomenclature (KepmenPANRB 11/2024). */
    static final String[] PELAKSANA_BASIC = {"Operator Layanan Operasional", "Pengelola Umum Operasional"};
    static final String[] PELAKSANA_SECONDARY = {"Pengadministrasi Perkantoran", "Operator Layanan Operasional",
        "Pengadministrasi Perkantoran", "Pengelola Umum Operasional"};
    static final String[] PELAKSANA_DIPLOMA = {"Pengolah Data dan Informasi", "Pengelola Layanan Operasional"};
    static final String[] PELAKSANA_DEGREE = {"Penata Layanan Operasional", "Pengelola Layanan Operasional",
        "Penata Kelola Sistem dan Teknologi Informasi"};

    private static final Map<String, String> PELAKSANA_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reference id of a pelaksana position (the same in the city and the national file). */
    static String pelaksanaId(String title) {
        return PELAKSANA_IDS.computeIfAbsent(title, t -> Ids.hex32(REFERENCE_SEED, "jfu:" + t));
    }

    static String[] pelaksanaTitles(TingkatPendidikan tingkat) {
        switch (tingkat.jenjang()) {
            case SD: case SLTP: return PELAKSANA_BASIC;
            case SLTA: case D1: case D2: return PELAKSANA_SECONDARY;
            case D3: return PELAKSANA_DIPLOMA;
            default: return PELAKSANA_DEGREE;
        }
    }

    /** The jenjang of a PNS functional position at a golongan rank (1 = I/a … 17 = IV/e) and education. */
    static JenjangFungsional jenjangFor(int golonganRank, boolean expert) {
        if (golonganRank >= 16) {
            return JenjangFungsional.AHLI_UTAMA;
        }
        if (golonganRank >= 13) {
            return JenjangFungsional.AHLI_MADYA;
        }
        if (golonganRank >= 11) {
            return expert ? JenjangFungsional.AHLI_MUDA : JenjangFungsional.PENYELIA;
        }
        if (golonganRank >= 9) {
            return expert ? JenjangFungsional.AHLI_PERTAMA : JenjangFungsional.MAHIR;
        }
        if (golonganRank >= 6) {
            return JenjangFungsional.TERAMPIL;
        }
        return JenjangFungsional.PEMULA;
    }

    /** Whether an education level qualifies for the expert (keahlian) levels: D-IV and above. */
    static boolean isExpertEducation(TingkatPendidikan t) {
        return t.jenjang().compareTo(org.openasn.reference.person.JenjangPendidikan.D4) >= 0;
    }

    /** Picks a name by religion (Agama id) and gender. */
    static StringBuilder name(Rng rng, int agamaId, Gender gender, StringBuilder scratch) {
        scratch.setLength(0);
        boolean male = gender == Gender.MALE;
        switch (agamaId) {
            case 2: case 3:
                scratch.append(rng.pick(male ? CHRISTIAN_MALE : CHRISTIAN_FEMALE));
                if (rng.chance(0.5)) {
                    scratch.append(' ').append(rng.pick(male ? MUSLIM_MALE : MUSLIM_LAST_FEMALE));
                }
                scratch.append(' ').append(rng.pick(CHRISTIAN_LAST));
                break;
            case 4:
                scratch.append(male ? "I " : "NI ").append(rng.pick(BALI_ORDER)).append(' ')
                        .append(rng.pick(male ? HINDU_MALE : HINDU_FEMALE));
                break;
            case 5: case 6:
                scratch.append(rng.pick(BUDDHIST_FIRST)).append(' ').append(rng.pick(BUDDHIST_LAST));
                break;
            default:
                String first = rng.pick(male ? MUSLIM_MALE : MUSLIM_FEMALE);
                scratch.append(first);
                if (rng.chance(0.35)) {
                    String second = rng.pick(male ? MUSLIM_MALE : MUSLIM_FEMALE);
                    if (!second.equals(first)) {
                        scratch.append(' ').append(second);
                    }
                }
                if (rng.chance(0.85)) {
                    scratch.append(' ').append(rng.pick(male ? MUSLIM_LAST_MALE : MUSLIM_LAST_FEMALE));
                }
        }
        return scratch;
    }

    /** A personal e-mail from the name: lower case letters and dots, two digits, a common provider. */
    static StringBuilder email(Rng rng, CharSequence nama, StringBuilder scratch) {
        scratch.setLength(0);
        boolean dot = false;
        for (int i = 0; i < nama.length(); i++) {
            char c = nama.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (dot) {
                    scratch.append('.');
                    dot = false;
                }
                scratch.append((char) (c + 32));
            } else if (c == ' ' && scratch.length() > 0) {
                dot = true;
            }
        }
        Ids.digits(scratch, rng.nextInt(100), 2);
        scratch.append(rng.chance(0.8) ? "@gmail.com" : "@yahoo.co.id");
        return scratch;
    }

    static final String[] STREETS = {"JL. JENDERAL SUDIRMAN", "JL. A.H. NASUTION", "JL. IMAM BONJOL",
        "JL. KI HAJAR DEWANTARA", "JL. RA KARTINI", "JL. DIPONEGORO", "JL. PATTIMURA", "JL. SOEKARNO HATTA",
        "JL. BUDI UTOMO", "JL. CEMPAKA", "JL. MELATI", "JL. KENANGA", "JL. MERDEKA", "JL. PERINTIS KEMERDEKAAN"};

    /** An address with commas, so that RFC 4180 quoting is exercised on real data. */
    static StringBuilder address(Rng rng, String area, String city, StringBuilder scratch) {
        scratch.setLength(0);
        scratch.append(rng.pick(STREETS)).append(" NO. ").append(rng.between(1, 150)).append(", RT ");
        Ids.digits(scratch, rng.between(1, 40), 3);
        scratch.append(" RW ");
        Ids.digits(scratch, rng.between(1, 12), 3);
        scratch.append(", ").append(area).append(", ").append(city);
        return scratch;
    }

    /** A mobile number: 08, an operator prefix, eight digits. */
    static StringBuilder phone(Rng rng, StringBuilder scratch) {
        scratch.setLength(0);
        scratch.append("08");
        scratch.append(PHONE_PREFIX[rng.nextInt(PHONE_PREFIX.length)]);
        Ids.digits(scratch, rng.nextInt(100_000_000), 8);
        return scratch;
    }

    private static final String[] PHONE_PREFIX = {"11", "12", "13", "21", "22", "52", "53", "55", "56", "57",
        "58", "77", "78", "31", "38", "95", "96", "97", "98", "99"};

    /** An NPWP in its 15-digit printed form 99.999.999.9-999.999. */
    static StringBuilder npwp(Rng rng, StringBuilder scratch) {
        scratch.setLength(0);
        Ids.digits(scratch, rng.nextInt(100), 2);
        scratch.append('.');
        Ids.digits(scratch, rng.nextInt(1000), 3);
        scratch.append('.');
        Ids.digits(scratch, rng.nextInt(1000), 3);
        scratch.append('.');
        Ids.digits(scratch, rng.nextInt(10), 1);
        scratch.append('-');
        Ids.digits(scratch, rng.nextInt(1000), 3);
        scratch.append(".000");
        return scratch;
    }

    /** A BPJS Kesehatan card number: 13 digits starting 000. */
    static StringBuilder bpjs(Rng rng, StringBuilder scratch) {
        scratch.setLength(0);
        scratch.append("000");
        Ids.digits(scratch, Math.floorMod(rng.nextLong(), 10_000_000_000L), 10);
        return scratch;
    }

    /** Joins title pieces that may be null. */
    static String joinTitles(List<String> parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
