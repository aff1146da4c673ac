package org.openasn.reference.person;

import java.util.Locale;
import org.openasn.reference.InvalidReferenceException;

/**
 * Jenis kelamin (gender) as SIASN, the NIP and the reports code it: 1 male (L, laki-laki), 2 female
 * (P, perempuan). The same digit is the gender digit of the NIP.
 */
public enum Gender {

    /** Laki-laki: SIASN id and NIP digit 1, letter L. */
    MALE(1, "L", "Laki-laki"),
    /** Perempuan: SIASN id and NIP digit 2, letter P. */
    FEMALE(2, "P", "Perempuan");

    private final int id;
    private final String letter;
    private final String label;

    Gender(int id, String letter, String label) {
        this.id = id;
        this.letter = letter;
        this.label = label;
    }

    /** @return the SIASN id and NIP gender digit: 1 or 2 */
    public int id() {
        return id;
    }

    /** @return the letter exports and reports use: "L" or "P" */
    public String letter() {
        return letter;
    }

    /** @return the Indonesian name: "Laki-laki" or "Perempuan" */
    public String label() {
        return label;
    }

    /**
     * Reads a gender as exports write it, ignoring case and surrounding whitespace: "L", "P", "M", "F", "1",
     * "2", "Laki-laki", "Perempuan" (so also "LAKI-LAKI" and "PEREMPUAN" of the seed tables).
     *
     * @throws InvalidReferenceException for anything else
     */
    public static Gender parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException(text, "gender is empty");
        }
        switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "1": case "L": case "M": case "LAKI-LAKI":
                return MALE;
            case "2": case "P": case "F": case "PEREMPUAN":
                return FEMALE;
            default:
                throw new InvalidReferenceException(text, "gender '" + text.strip()
                        + "' is not one of L, P, M, F, 1, 2, Laki-laki, Perempuan");
        }
    }

    /** @return "male" or "female", for English messages */
    public String englishName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
