package org.openasn.reference.identity;

import java.util.Objects;

/**
 * A part of a NIP or NIK that contradicts the employee's record, e.g. "NIP birth date 1967-05-15 differs from the
 * record's 1967-05-16".
 *
 * <p>These are the consistency dimension of BKN's Indeks Kualitas Data ASN (circular 17/2024): the TMT CPNS, birth
 * date and gender inside the NIP, and the appointment year inside the PPPK NIP, must agree with the record. The
 * {@link Part} tells which indicator a disagreement counts against.
 *
 * @param part    which part of the identifier disagrees
 * @param message what disagrees, in English, with both values
 */
public record Disagreement(Part part, String message) {

    /** The parts of an identifier that are compared with the record. */
    public enum Part {
        /** The birth date (NIP: yyyymmdd; NIK: DDMMYY). */
        BIRTH_DATE,
        /** The gender (NIP: the gender digit; NIK: the day plus 40 for women). */
        GENDER,
        /** The month of TMT CPNS (terhitung mulai tanggal, the effective date of the CPNS appointment) in a PNS NIP. */
        TMT_CPNS,
        /** The appointment year in a PPPK NIP. */
        APPOINTMENT_YEAR
    }

    /** Both components are required. */
    public Disagreement {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
    }
}
