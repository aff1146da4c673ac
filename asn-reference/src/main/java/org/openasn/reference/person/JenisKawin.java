package org.openasn.reference.person;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.SiasnId;

/**
 * Jenis kawin: marital status with its SIASN id (the export's JENIS KAWIN ID and JENIS KAWIN NAMA columns). It
 * matters for pensions: a widow's or widower's pension (pensiun janda/duda) goes to the spouse of record.
 *
 * <p><b>Uncertain mapping.</b> Neither the seeds nor the project's reference page list these ids. The ids here
 * follow the SAPK reference table as a public SIASN integration reproduces it (1 Menikah, 2 Cerai, 3 Janda/Duda,
 * 4 Belum Kawin); that same table's golongan, eselon, kedudukan hukum and jenis jabatan ids agree with BKN's, but
 * this one could not be confirmed against a BKN document. An importer should therefore read the name column
 * with {@link #parseName(String)} and report a row whose id and name disagree, rather than trust the id alone.
 */
public enum JenisKawin {

    /** 1 Menikah: married. */
    MENIKAH(1, "Menikah"),
    /** 2 Cerai: divorced. */
    CERAI(2, "Cerai"),
    /** 3 Janda/Duda: widowed (janda a widow, duda a widower). */
    JANDA_DUDA(3, "Janda/Duda"),
    /** 4 Belum kawin: never married. */
    BELUM_KAWIN(4, "Belum Kawin");

    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int id;
    private final String label;

    JenisKawin(int id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the SIASN id, 1–4 */
    public int id() {
        return id;
    }

    /** @return the name as the SAPK reference table writes it */
    public String label() {
        return label;
    }

    /**
     * @param id the SIASN id, e.g. "1"
     * @throws InvalidReferenceException if no status has that id
     */
    public static JenisKawin fromSiasnId(String id) {
        return SiasnId.lookup(values(), JenisKawin::id, id, "jenis kawin");
    }

    /**
     * Reads a marital status by name, ignoring case, surrounding whitespace and the spacing around "/":
     * "Menikah" or "Kawin"; "Cerai" or "Cerai Hidup" (divorced); "Janda/Duda", "Janda", "Duda" or "Cerai Mati"
     * (widowed); "Belum Kawin" or "Belum Menikah".
     *
     * @throws InvalidReferenceException for any other name
     */
    public static JenisKawin parseName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidReferenceException(name, "jenis kawin name is empty");
        }
        String normalized = SPACES.matcher(SPACED_SLASH.matcher(name.strip().toUpperCase(Locale.ROOT)).replaceAll("/")).replaceAll(" ");
        switch (normalized) {
            case "MENIKAH": case "KAWIN":
                return MENIKAH;
            case "CERAI": case "CERAI HIDUP":
                return CERAI;
            case "JANDA/DUDA": case "JANDA": case "DUDA": case "CERAI MATI":
                return JANDA_DUDA;
            case "BELUM KAWIN": case "BELUM MENIKAH":
                return BELUM_KAWIN;
            default:
                throw new InvalidReferenceException(name, "unknown jenis kawin name '" + name.strip() + "'");
        }
    }
}
