package org.openasn.reference.position;

/**
 * The kinds of position that a BUP rule set gives an age to (batas usia pensiun, PP 11/2017 as amended
 * by PP 17/2020; UU 20/2023; UU 14/2005 for guru and dosen). Every rule set gives every category an age.
 * The names are the keys of the API and of the {@code bup_rule} table: never rename one.
 */
public enum BupCategory {

    /**
     * <i>Pejabat administrasi</i>: administrator (eselon III), pengawas (eselon IV) and pelaksana
     * (jabatan fungsional umum, JFU).
     */
    ADMINISTRATION("Pejabat administrasi (administrator, pengawas, pelaksana/JFU)", 58),
    /** <i>Pejabat pimpinan tinggi</i> (JPT): structural positions of eselon II (and I). */
    SENIOR_LEADERSHIP("Pejabat pimpinan tinggi (JPT, eselon II)", 60),
    /** <i>Fungsional ahli pertama</i>: the first expert level of a functional position (III/a–III/b). */
    EXPERT_FIRST("Fungsional ahli pertama", 58),
    /** <i>Fungsional ahli muda</i>: the junior expert level (III/c–III/d). */
    EXPERT_JUNIOR("Fungsional ahli muda", 58),
    /** <i>Fungsional ahli madya</i>: the middle expert level (IV/a–IV/c). */
    EXPERT_MIDDLE("Fungsional ahli madya", 60),
    /** <i>Fungsional ahli utama</i>: the main (highest) expert level (IV/d–IV/e). */
    EXPERT_MAIN("Fungsional ahli utama", 65),
    /** <i>Fungsional keterampilan</i>: every skilled level (pemula, terampil, mahir, penyelia). */
    SKILLED("Fungsional keterampilan (pemula, terampil, mahir, penyelia)", 58),
    /** <i>Guru</i>: teachers, at every jenjang (UU 14/2005). */
    TEACHER("Guru (every jenjang)", 60),
    /** <i>Dosen</i>: lecturers (UU 14/2005). */
    LECTURER("Dosen", 65),
    /** <i>Peneliti ahli utama, perekayasa ahli utama</i>: researchers and engineers at the main expert level. */
    RESEARCHER_ENGINEER_MAIN("Peneliti ahli utama, perekayasa ahli utama", 70),
    /** <i>Guru besar / profesor</i>: professors. */
    PROFESSOR("Guru besar/profesor", 70);

    private final String term;
    private final int statutoryAge;

    BupCategory(String term, int statutoryAge) {
        this.term = term;
        this.statutoryAge = statutoryAge;
    }

    /** The Indonesian name of the position kind, as the regulation and users say it. */
    public String term() {
        return term;
    }

    /**
     * The statutory age under PP 11/2017 jo. PP 17/2020, for checks that need no policy history;
     * retirement-service holds the versioned rules (a {@code bup_rule} set with its legal basis and validity), which
     * a retirement decision must use instead.
     *
     * @return the retirement age in years: 58, 60, 65 or 70
     */
    public int statutoryAge() {
        return statutoryAge;
    }

    /**
     * The category a position implies by its type, eselon, functional level and group. Lecturers, professors
     * and main-level researchers/engineers cannot be told apart by these codes: a position record names them
     * explicitly, and this method is its default.
     */
    public static BupCategory derive(JenisJabatan jenis, Eselon eselon, JenjangFungsional jenjang, PositionGroup group) {
        if (group == PositionGroup.GURU) {
            return TEACHER;
        }
        return switch (jenis) {
            case STRUKTURAL, RANGKAP -> eselon != null && eselon.kategori().filter(k -> k == KategoriJabatan.JPT).isPresent()
                    ? SENIOR_LEADERSHIP : ADMINISTRATION;
            case FUNGSIONAL_UMUM -> ADMINISTRATION;
            case FUNGSIONAL_TERTENTU -> {
                if (jenjang == null) {
                    throw new IllegalArgumentException("a fungsional tertentu position needs its jenjang to derive the BUP category");
                }
                yield switch (jenjang) {
                    case AHLI_PERTAMA -> EXPERT_FIRST;
                    case AHLI_MUDA -> EXPERT_JUNIOR;
                    case AHLI_MADYA -> EXPERT_MIDDLE;
                    case AHLI_UTAMA -> EXPERT_MAIN;
                    case PEMULA, TERAMPIL, MAHIR, PENYELIA -> SKILLED;
                };
            }
        };
    }
}
