package org.openasn.reference.position;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.SiasnId;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganRange;

/**
 * Eselon: the grade of a structural position, with its SIASN id (the export's ESELON ID, when present), from I.a
 * (highest) to V.b, and 99 for a position without eselon.
 *
 * <p>Each grade has the range of PNS golongan its holder should have (PP 13/2002 annex): I.a IV/d–IV/e, I.b
 * IV/c–IV/e, II.a IV/c–IV/d, II.b IV/b–IV/c, III.a IV/a–IV/b, III.b III/d–IV/a, IV.a III/c–III/d, IV.b
 * III/b–III/c, V III/a–III/b (the project's reference gives one range for V, used for V.a and V.b). Holders
 * outside the range exist (seed 000 Table 3.6 has structural staff at III/a): {@link #isWithinRange(Golongan)}
 * is for a data-quality finding, never a reason to reject a record.
 */
public enum Eselon {

    /** 11 I.a. */
    I_A(11, "I.a", Golongan.IV_D, Golongan.IV_E, KategoriJabatan.JPT),
    /** 12 I.b. */
    I_B(12, "I.b", Golongan.IV_C, Golongan.IV_E, KategoriJabatan.JPT),
    /** 21 II.a. */
    II_A(21, "II.a", Golongan.IV_C, Golongan.IV_D, KategoriJabatan.JPT),
    /** 22 II.b. */
    II_B(22, "II.b", Golongan.IV_B, Golongan.IV_C, KategoriJabatan.JPT),
    /** 31 III.a. */
    III_A(31, "III.a", Golongan.IV_A, Golongan.IV_B, KategoriJabatan.ADMINISTRATOR),
    /** 32 III.b. */
    III_B(32, "III.b", Golongan.III_D, Golongan.IV_A, KategoriJabatan.ADMINISTRATOR),
    /** 41 IV.a. */
    IV_A(41, "IV.a", Golongan.III_C, Golongan.III_D, KategoriJabatan.PENGAWAS),
    /** 42 IV.b. */
    IV_B(42, "IV.b", Golongan.III_B, Golongan.III_C, KategoriJabatan.PENGAWAS),
    /** 51 V.a: the lowest structural grade, with no counterpart among the 2014/2023 categories. */
    V_A(51, "V.a", Golongan.III_A, Golongan.III_B, null),
    /** 52 V.b: as V.a. */
    V_B(52, "V.b", Golongan.III_A, Golongan.III_B, null),
    /** 99 non-eselon: the position has no eselon, so no rank range. */
    NON_ESELON(99, "non-eselon", null, null, null);

    private static final Pattern SEPARATORS = Pattern.compile("[\\s/.\\-]");
    private static final Pattern ESELON_WORD = Pattern.compile("^ESELON");
    /** {@link #values()}, which copies its array at each call. */
    private static final Eselon[] ALL = values();

    private final int id;
    private final String code;
    private final GolonganRange rankRange;
    private final KategoriJabatan kategori;

    Eselon(int id, String code, Golongan lowest, Golongan highest, KategoriJabatan kategori) {
        this.id = id;
        this.code = code;
        this.rankRange = lowest == null ? null : new GolonganRange(lowest, highest);
        this.kategori = kategori;
    }

    /** @return the SIASN id: 11, 12, 21, … 52, or 99 */
    public int id() {
        return id;
    }

    /** @return the code as printed, e.g. "III.a", or "non-eselon" */
    public String code() {
        return code;
    }

    /** @return the PNS golongan range of the grade; empty for non-eselon */
    public Optional<GolonganRange> rankRange() {
        return Optional.ofNullable(rankRange);
    }

    /** @return the 2014/2023 category: JPT (I, II), administrator (III), pengawas (IV); empty for V and non-eselon */
    public Optional<KategoriJabatan> kategori() {
        return Optional.ofNullable(kategori);
    }

    /**
     * @param golongan the holder's PNS golongan
     * @return whether it lies in the grade's range; always true for non-eselon, which has no range
     * @throws IllegalArgumentException for a PPPK golongan on a graded position (see {@link GolonganRange#contains})
     */
    public boolean isWithinRange(Golongan golongan) {
        return rankRange == null || rankRange.contains(golongan);
    }

    /**
     * @param id the SIASN id, e.g. "41"
     * @throws InvalidReferenceException if no eselon has that id
     */
    public static Eselon fromSiasnId(String id) {
        return SiasnId.lookup(ALL, Eselon::id, id, "eselon");
    }

    /**
     * Reads an eselon from its code, tolerant of case and separator, as SIASN and the seeds write it: "IV.a",
     * "IV-a" (seed 000), "II.A" (seed 002), "IVa", "IV/a", optionally after the word "Eselon"; and "non-eselon",
     * "non eselon" or "non" for 99. A bare "V" is rejected, as it does not say V.a or V.b.
     *
     * @throws InvalidReferenceException for anything else
     */
    public static Eselon parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException(text, "eselon is empty");
        }
        String compact = ESELON_WORD.matcher(SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("")).replaceFirst("");
        if (compact.equals("NON") || compact.equals("NONESELON")) {
            return NON_ESELON;
        }
        if (compact.equals("V")) {
            throw new InvalidReferenceException(text, "eselon V must name its level: V.a or V.b");
        }
        for (Eselon eselon : ALL) {
            if (eselon.name().replace("_", "").equals(compact)) {
                return eselon;
            }
        }
        throw new InvalidReferenceException(text, "'" + text.strip() + "' is not an eselon: expected I.a, I.b, II.a,"
                + " II.b, III.a, III.b, IV.a, IV.b, V.a, V.b or non-eselon");
    }
}
