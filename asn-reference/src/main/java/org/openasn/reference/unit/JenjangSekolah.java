package org.openasn.reference.unit;

import java.util.List;
import java.util.Optional;
import org.openasn.reference.InvalidReferenceException;

/** The level of a school unit (jenjang satuan pendidikan), as seed 002 counts teachers by the level of their school. */
public enum JenjangSekolah {

    /** Taman kanak-kanak (kindergarten). */
    TK("TAMAN KANAK-KANAK NEGERI"),
    /** Sekolah dasar (primary). */
    SD("SEKOLAH DASAR NEGERI"),
    /** Sekolah menengah pertama (lower secondary). */
    SMP("SEKOLAH MENENGAH PERTAMA NEGERI"),
    /** Sekolah menengah atas (upper secondary, run by provinces). */
    SMA("SEKOLAH MENENGAH ATAS NEGERI"),
    /** Sekolah menengah kejuruan (vocational upper secondary, run by provinces). */
    SMK("SEKOLAH MENENGAH KEJURUAN NEGERI"),
    /** Sekolah luar biasa (special needs). */
    SLB("SEKOLAH LUAR BIASA NEGERI");

    /** Leading words of a school's name, after an optional "UPTD" (a school is often a UPTD of the dinas). */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("TK", TK), new Prefix("TKN", TK), new Prefix("TAMAN KANAK-KANAK", TK),
            new Prefix("SD", SD), new Prefix("SDN", SD), new Prefix("SEKOLAH DASAR", SD),
            new Prefix("SMP", SMP), new Prefix("SMPN", SMP), new Prefix("SEKOLAH MENENGAH PERTAMA", SMP),
            new Prefix("SMA", SMA), new Prefix("SMAN", SMA), new Prefix("SEKOLAH MENENGAH ATAS", SMA),
            new Prefix("SMK", SMK), new Prefix("SMKN", SMK), new Prefix("SEKOLAH MENENGAH KEJURUAN", SMK),
            new Prefix("SLB", SLB), new Prefix("SEKOLAH LUAR BIASA", SLB));

    private record Prefix(String words, JenjangSekolah level) {
    }

    private final String label;

    JenjangSekolah(String label) {
        this.label = label;
    }

    /** @return the label as seed 002 prints it, e.g. "SEKOLAH DASAR NEGERI" */
    public String label() {
        return label;
    }

    /**
     * The level a school's name states: it starts (after an optional "UPTD") with the level's abbreviation ("SD",
     * "SDN", "SMP", "TKN", ...) or its full name ("SEKOLAH DASAR ..."), any case.
     */
    public static Optional<JenjangSekolah> fromUnitName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = UnitNames.normalise(name);
        String school = normalised.startsWith("UPTD ") ? normalised.substring("UPTD ".length()) : normalised;
        return PREFIXES.stream().filter(p -> UnitNames.startsWithWord(school, p.words())).map(Prefix::level).findFirst();
    }

    /**
     * @param code the constant's name, e.g. "SD" (any case)
     * @throws InvalidReferenceException for anything else
     */
    public static JenjangSekolah parse(String code) {
        return UnitNames.constantNamed(JenjangSekolah.class, code, "school level");
    }
}
