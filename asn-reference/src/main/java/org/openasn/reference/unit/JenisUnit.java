package org.openasn.reference.unit;

import java.util.List;
import java.util.Optional;
import org.openasn.reference.InvalidReferenceException;

/**
 * The kind of an organisation unit of a regional government (jenis perangkat daerah / SKPD), as seed 000's Tables
 * 3.12 and 3.13 group units and their structural posts, plus the technical units (UPTD, such as a hospital) and
 * schools that sit below a dinas and are not SKPD themselves.
 */
public enum JenisUnit {

    /** Sekretariat daerah, with its bagian, asisten and staf ahli. */
    SEKRETARIAT_DAERAH("SEKRETARIAT DAERAH", true),
    /** Sekretariat DPRD (sekretariat dewan). */
    SEKRETARIAT_DPRD("SEKRETARIAT DPRD", true),
    /** Dinas. */
    DINAS("DINAS", true),
    /** Inspektorat. */
    INSPEKTORAT("INSPEKTORAT", true),
    /** Badan. */
    BADAN("BADAN", true),
    /** Any other SKPD (kantor, a badan counted apart such as BPBD, Kesbangpol). */
    LEMBAGA_LAIN("LEMBAGA LAIN", true),
    /** Kecamatan. */
    KECAMATAN("KECAMATAN", true),
    /** Kelurahan. */
    KELURAHAN("KELURAHAN", true),
    /** Unit pelaksana teknis daerah (a hospital, a laboratory, ...): part of a dinas or badan, not an SKPD. */
    UPTD("UPTD", false),
    /** A school (satuan pendidikan), with its {@link JenjangSekolah}: not an SKPD. */
    SEKOLAH("SEKOLAH", false);

    /** Names a unit type can be read from with confidence: the leading word(s) of the name, longest first. */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("SEKRETARIAT DAERAH", SEKRETARIAT_DAERAH),
            new Prefix("SEKRETARIAT DPRD", SEKRETARIAT_DPRD),
            new Prefix("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", SEKRETARIAT_DPRD),
            new Prefix("INSPEKTORAT", INSPEKTORAT),
            new Prefix("KECAMATAN", KECAMATAN),
            new Prefix("KELURAHAN", KELURAHAN),
            new Prefix("DINAS", DINAS),
            new Prefix("BADAN", BADAN));

    private record Prefix(String words, JenisUnit type) {
    }

    private final String label;
    private final boolean skpd;

    JenisUnit(String label, boolean skpd) {
        this.label = label;
        this.skpd = skpd;
    }

    /** @return the label as the profile tables print it, e.g. "SEKRETARIAT DPRD" */
    public String label() {
        return label;
    }

    /** @return whether units of this kind are SKPD (perangkat daerah) in their own right, as Table 3.12 counts them */
    public boolean isSkpd() {
        return skpd;
    }

    /**
     * The unit type a name states unambiguously: names starting with the words "SEKRETARIAT DAERAH", "SEKRETARIAT
     * DPRD", "INSPEKTORAT", "KECAMATAN", "KELURAHAN", "DINAS" or "BADAN" (any case). Anything else (abbreviations such
     * as "BKPSDM", "KEL. METRO", a bagian of the sekretariat, a UPTD, whose parent decides) is left to an operator.
     * A school's type comes from {@link JenjangSekolah#fromUnitName}.
     */
    public static Optional<JenisUnit> fromUnitName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = UnitNames.normalise(name);
        return PREFIXES.stream().filter(p -> UnitNames.startsWithWord(normalised, p.words())).map(Prefix::type).findFirst()
                .or(() -> JenjangSekolah.fromUnitName(name).map(level -> SEKOLAH));
    }

    /**
     * @param code the constant's name, e.g. "SEKRETARIAT_DPRD" (any case)
     * @throws InvalidReferenceException for anything else
     */
    public static JenisUnit parse(String code) {
        return UnitNames.constantNamed(JenisUnit.class, code, "unit type");
    }
}
