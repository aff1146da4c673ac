package org.openasn.reference.person;

import org.openasn.reference.SiasnId;

/** Agama (religion) with its SIASN id, as the export's AGAMA ID column and seed Table 3.11 use it. */
public enum Agama {

    /** 1 Islam. */
    ISLAM(1, "Islam"),
    /** 2 Kristen (Protestant). */
    KRISTEN(2, "Kristen"),
    /** 3 Katholik (Catholic). */
    KATHOLIK(3, "Katholik"),
    /** 4 Hindu. */
    HINDU(4, "Hindu"),
    /** 5 Budha (Buddhist). */
    BUDHA(5, "Budha"),
    /** 6 Konghucu (Confucian). */
    KONGHUCU(6, "Konghucu"),
    /** 7 lainnya (other). */
    LAINNYA(7, "Lainnya");

    private final int id;
    private final String label;

    Agama(int id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the SIASN id, 1–7 */
    public int id() {
        return id;
    }

    /** @return the name as SIASN writes it */
    public String label() {
        return label;
    }

    /**
     * @param id the SIASN id, e.g. "1"
     * @throws org.openasn.reference.InvalidReferenceException if no religion has that id
     */
    public static Agama fromSiasnId(String id) {
        return SiasnId.lookup(values(), Agama::id, id, "agama");
    }
}
