package org.openasn.reference.rank;

/**
 * The golongan proper (I–IV), without the ruang letter: the level reports group by ("GOLONGAN IV", "GOL.III").
 * For PPPK the seed groups its 17 golongan into the same four bands (seed 000 text on Table 3.20: "Golongan
 * I-IV", "V-VIII", "IX-XII"), which line up with the PNS groups rank for rank.
 */
public enum GolonganGroup {
    /** Golongan I: PNS I/a–I/d (juru); PPPK I–IV. */
    I,
    /** Golongan II: PNS II/a–II/d (pengatur); PPPK V–VIII. */
    II,
    /** Golongan III: PNS III/a–III/d (penata); PPPK IX–XII. */
    III,
    /** Golongan IV: PNS IV/a–IV/e (pembina); PPPK XIII–XVII. */
    IV
}
