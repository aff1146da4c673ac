package org.openasn.reference.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openasn.reference.person.Gender;

/**
 * The NIP of a PPPK (pegawai pemerintah dengan perjanjian kerja, a government employee on a fixed-term contract):
 * {@code yyyymmdd} birth date, {@code yyyy} appointment year, the digit 2 that marks a PPPK NIP, a round digit
 * (the selection round of the appointment), gender digit (1 male, 2 female), 3-digit sequence; e.g.
 * 19850120 2022 2 1 1 005. Obtained from {@link Nip#parse(String)}.
 */
public final class NipPppk extends Nip {

    private final int appointmentYear;
    private final int round;

    NipPppk(String value, LocalDate birthDate, int appointmentYear, int round, Gender gender, int sequence) {
        super(value, birthDate, gender, sequence);
        this.appointmentYear = appointmentYear;
        this.round = round;
    }

    @Override
    public Kind kind() {
        return Kind.PPPK;
    }

    /** @return the appointment year, digits 9–12 */
    public int appointmentYear() {
        return appointmentYear;
    }

    /** @return the round digit, the 14th digit (0–9) */
    public int round() {
        return round;
    }

    /**
     * Compares the NIP with the employee's record. A {@code null} record value is not compared: a missing value is
     * a completeness question, checked elsewhere.
     *
     * @param birthDate       the record's birth date
     * @param gender          the record's gender
     * @param appointmentDate the record's appointment date (TMT PPPK); only its year is compared
     * @return one disagreement per part that differs, empty when the NIP agrees with the record
     */
    public List<Disagreement> agreementWith(LocalDate birthDate, Gender gender, LocalDate appointmentDate) {
        List<Disagreement> found = new ArrayList<>();
        addPersonDisagreements(birthDate, gender, found);
        if (appointmentDate != null && appointmentDate.getYear() != appointmentYear) {
            found.add(new Disagreement(Disagreement.Part.APPOINTMENT_YEAR, "NIP appointment year " + appointmentYear
                    + " differs from the record's appointment date " + appointmentDate));
        }
        return List.copyOf(found);
    }

    /** Finds an appointment year in which the employee is under 18 all year long (or not yet born). */
    @Override
    public List<String> plausibilityFindings() {
        LocalDate endOfAppointmentYear = LocalDate.of(appointmentYear, 12, 31);
        if (birthDate().plusYears(MINIMUM_AGE_AT_APPOINTMENT).isAfter(endOfAppointmentYear)) {
            return List.of("NIP birth date " + birthDate() + " and appointment year " + appointmentYear
                    + " make the employee under " + MINIMUM_AGE_AT_APPOINTMENT + " throughout the appointment year");
        }
        if (!birthDate().plusYears(MAXIMUM_AGE_AT_PPPK_APPOINTMENT).isAfter(LocalDate.of(appointmentYear, 1, 1))) {
            return List.of("NIP birth date " + birthDate() + " and appointment year " + appointmentYear + " make the employee "
                    + MAXIMUM_AGE_AT_PPPK_APPOINTMENT + " or older throughout the appointment year, at or past the highest retirement age");
        }
        return List.of();
    }
}
