package org.openasn.reference.position;

import org.openasn.reference.SiasnId;

/** Jenis jabatan: the type of position an employee holds, with its SIASN id (the export's JENIS JABATAN ID). */
public enum JenisJabatan {

    /**
     * 1 Struktural: a managerial post in the organisation chart, graded by {@link Eselon}; under the 2014 and
     * 2023 ASN laws JPT, administrator and pengawas.
     */
    STRUKTURAL(1, "Jabatan Struktural"),
    /**
     * 2 Fungsional tertentu (JFT): a career functional position with credit points and a {@link JenjangFungsional}
     * level, e.g. teacher, doctor, auditor; reports split it into guru and non-guru ({@link PositionGroup}).
     */
    FUNGSIONAL_TERTENTU(2, "Jabatan Fungsional Tertentu"),
    /** 3 Rangkap: holds a structural and a functional position at once; rare. */
    RANGKAP(3, "Jabatan Rangkap"),
    /** 4 Fungsional umum (JFU), now called pelaksana: administrative staff without a functional career. */
    FUNGSIONAL_UMUM(4, "Jabatan Fungsional Umum");

    private final int id;
    private final String label;

    JenisJabatan(int id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the SIASN id, 1–4 */
    public int id() {
        return id;
    }

    /** @return the Indonesian name */
    public String label() {
        return label;
    }

    /**
     * @param id the SIASN id, e.g. "2"
     * @throws org.openasn.reference.InvalidReferenceException if no position type has that id
     */
    public static JenisJabatan fromSiasnId(String id) {
        return SiasnId.lookup(values(), JenisJabatan::id, id, "jenis jabatan");
    }
}
