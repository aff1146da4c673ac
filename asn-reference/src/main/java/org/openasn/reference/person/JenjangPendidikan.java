package org.openasn.reference.person;

/**
 * The coarse education level (jenjang pendidikan) of the staffing reports: the rows of seed 000 Tables 3.7–3.8,
 * printed there from the highest down as S-3, S-2, S-1, D-IV, D-III, D-II, D-I, SLTA, SLTP, SD. Declared here
 * from the lowest up, so natural order is the order of levels. Each {@link TingkatPendidikan} belongs to one.
 */
public enum JenjangPendidikan {

    /** Sekolah dasar: primary school. */
    SD("SD"),
    /** Sekolah lanjutan tingkat pertama: junior secondary school, general or vocational. */
    SLTP("SLTP"),
    /** Sekolah lanjutan tingkat atas: senior secondary school, general, vocational or teacher-training. */
    SLTA("SLTA"),
    /** Diploma I: one-year vocational diploma. */
    D1("D-I"),
    /** Diploma II: two-year vocational diploma. */
    D2("D-II"),
    /** Diploma III: three-year vocational diploma. */
    D3("D-III"),
    /** Diploma IV: four-year applied bachelor. */
    D4("D-IV"),
    /** Strata 1: bachelor (sarjana). */
    S1("S-1"),
    /** Strata 2: master (pasca sarjana). */
    S2("S-2"),
    /** Strata 3: doctorate (doktor). */
    S3("S-3");

    private final String label;

    JenjangPendidikan(String label) {
        this.label = label;
    }

    /** @return the row label as seed 000 prints it, e.g. "D-III" */
    public String label() {
        return label;
    }
}
