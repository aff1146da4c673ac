package org.openasn.reference.person;

import org.openasn.reference.SiasnId;

/**
 * Tingkat pendidikan: the SIASN education level of an employee's highest qualification, with its two-digit SIASN
 * id (the export's TINGKAT PENDIDIKAN ID) and the {@link JenjangPendidikan} that the reports count it under.
 * SIASN separates vocational (kejuruan) and teacher-training (keguruan) secondary schools; the reports do not.
 */
public enum TingkatPendidikan {

    /** 05 SD: primary school. */
    SD(5, "Sekolah Dasar", JenjangPendidikan.SD),
    /** 10 SLTP: junior secondary school. */
    SLTP(10, "SLTP", JenjangPendidikan.SLTP),
    /** 12 SLTP kejuruan: vocational junior secondary school. */
    SLTP_KEJURUAN(12, "SLTP Kejuruan", JenjangPendidikan.SLTP),
    /** 15 SLTA: senior secondary school. */
    SLTA(15, "SLTA", JenjangPendidikan.SLTA),
    /** 17 SLTA kejuruan: vocational senior secondary school. */
    SLTA_KEJURUAN(17, "SLTA Kejuruan", JenjangPendidikan.SLTA),
    /** 18 SLTA keguruan: teacher-training senior secondary school. */
    SLTA_KEGURUAN(18, "SLTA Keguruan", JenjangPendidikan.SLTA),
    /** 20 D1: Diploma I. */
    D1(20, "Diploma I", JenjangPendidikan.D1),
    /** 25 D2: Diploma II. */
    D2(25, "Diploma II", JenjangPendidikan.D2),
    /** 30 D3: Diploma III (also the former sarjana muda). */
    D3(30, "Diploma III/Sarjana Muda", JenjangPendidikan.D3),
    /** 35 D4: Diploma IV. */
    D4(35, "Diploma IV", JenjangPendidikan.D4),
    /** 40 S1: bachelor. */
    S1(40, "S-1/Sarjana", JenjangPendidikan.S1),
    /** 45 S2: master. */
    S2(45, "S-2", JenjangPendidikan.S2),
    /** 50 S3: doctorate. */
    S3(50, "S-3/Doktor", JenjangPendidikan.S3);

    private final int id;
    private final String code;
    private final String label;
    private final JenjangPendidikan jenjang;

    TingkatPendidikan(int id, String label, JenjangPendidikan jenjang) {
        this.id = id;
        this.code = String.format("%02d", id);
        this.label = label;
        this.jenjang = jenjang;
    }

    /** @return the SIASN id as a number, e.g. 5 for "05" */
    public int id() {
        return id;
    }

    /** @return the SIASN id as printed, two digits, e.g. "05" */
    public String code() {
        return code;
    }

    /** @return the Indonesian name as SAPK/SIASN reference tables write it */
    public String label() {
        return label;
    }

    /** @return the report row this level is counted in (seed 000 Tables 3.7–3.8) */
    public JenjangPendidikan jenjang() {
        return jenjang;
    }

    /**
     * @param id the SIASN id, with or without its leading zero ("05" or "5")
     * @throws org.openasn.reference.InvalidReferenceException if no level has that id
     */
    public static TingkatPendidikan fromSiasnId(String id) {
        return SiasnId.lookup(values(), TingkatPendidikan::id, id, "tingkat pendidikan");
    }
}
