package org.openasn.reference.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.openasn.reference.person.Gender;

/**
 * NIP (Nomor Induk Pegawai): the 18-digit national employee number that BKN assigns to every ASN. Two layouts
 * exist, told apart by the 13th digit (index 12):
 * <ul>
 *   <li>{@link NipPns} for PNS and CPNS: {@code yyyymmdd} birth date, {@code yyyymm} TMT CPNS (the month the CPNS
 *       appointment took effect), gender digit, 3-digit sequence. The 13th digit is the first digit of the TMT
 *       month, so 0 or 1;</li>
 *   <li>{@link NipPppk} for PPPK: {@code yyyymmdd} birth date, {@code yyyy} appointment year, the digit 2, a round
 *       digit, gender digit, 3-digit sequence.</li>
 * </ul>
 * The gender digit is 1 for male and 2 for female in both.
 *
 * <p>A {@code Nip} is valid by construction: {@link #parse(String)} is the only way to obtain one. Spaces and dots
 * inside the text are tolerated ("19670515 199003 1 002"); {@link #value()} is always the 18 bare digits.
 * Agreement with the employee's record and plausibility are separate questions that never prevent creation:
 * see {@code agreementWith} on each kind and {@link #plausibilityFindings()}.
 */
public abstract sealed class Nip permits NipPns, NipPppk {

    /** Which layout a NIP has. */
    public enum Kind {
        /** PNS or CPNS NIP, with the TMT CPNS month. */
        PNS,
        /** PPPK NIP, with the appointment year. */
        PPPK
    }

    /**
     * The youngest plausible age at appointment: a CPNS applicant must be at least 18 (PP 11/2017 art. 23). A
     * PPPK applicant must be 20 (PP 49/2018 art. 16), but the plausibility check looks for impossible data, not
     * for eligibility, so the lower bound is used for both.
     */
    static final int MINIMUM_AGE_AT_APPOINTMENT = 18;

    /**
     * The oldest possible age at appointment as CPNS: the lowest BUP (58), at which a PNS already retires. CPNS applicants
     * are at most 35 (40 for some positions; older honorer were appointed before 2015), so anything from 58 on is
     * impossible data rather than an exception.
     */
    static final int MAXIMUM_AGE_AT_CPNS_APPOINTMENT = 58;

    /** The oldest possible age at appointment as PPPK: the highest BUP (70), one year before which an applicant may be. */
    static final int MAXIMUM_AGE_AT_PPPK_APPOINTMENT = 70;

    private static final char PPPK_MARKER = '2';

    private final String value;
    private final LocalDate birthDate;
    private final Gender gender;
    private final int sequence;

    Nip(String value, LocalDate birthDate, Gender gender, int sequence) {
        this.value = value;
        this.birthDate = birthDate;
        this.gender = gender;
        this.sequence = sequence;
    }

    /**
     * Reads a NIP of either kind; the 13th digit decides which (2 → PPPK, otherwise PNS).
     *
     * @param text the NIP as exported; spaces and dots are ignored
     * @return a {@link NipPns} or a {@link NipPppk}
     * @throws InvalidIdentifierException naming the first part that is wrong, e.g. "NIP must be 18 digits, got 17",
     *                                    "birth date 19671332 in NIP is not a date", "TMT CPNS month 13 in NIP is
     *                                    not a month", "gender digit must be 1 (male) or 2 (female), got 3"
     */
    public static Nip parse(String text) {
        String digits = IdentifierText.digits(text, "NIP", 18);
        LocalDate birthDate = birthDate(text, digits);
        if (digits.charAt(12) == PPPK_MARKER) {
            int appointmentYear = Integer.parseInt(digits.substring(8, 12));
            int round = digits.charAt(13) - '0';
            return new NipPppk(digits, birthDate, appointmentYear, round, gender(text, digits), sequence(digits));
        }
        YearMonth tmtCpns = tmtCpnsMonth(text, digits);
        return new NipPns(digits, birthDate, tmtCpns, gender(text, digits), sequence(digits));
    }

    private static LocalDate birthDate(String text, String digits) {
        String yyyymmdd = digits.substring(0, 8);
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(text, "birth date " + yyyymmdd + " in NIP is not a date");
        }
    }

    private static YearMonth tmtCpnsMonth(String text, String digits) {
        int month = Integer.parseInt(digits.substring(12, 14));
        if (month < 1 || month > 12) {
            throw new InvalidIdentifierException(text,
                    "TMT CPNS month " + digits.substring(12, 14) + " in NIP is not a month");
        }
        return YearMonth.of(Integer.parseInt(digits.substring(8, 12)), month);
    }

    private static Gender gender(String text, String digits) {
        char digit = digits.charAt(14);
        if (digit == '1') {
            return Gender.MALE;
        }
        if (digit == '2') {
            return Gender.FEMALE;
        }
        throw new InvalidIdentifierException(text, "gender digit must be 1 (male) or 2 (female), got " + digit);
    }

    private static int sequence(String digits) {
        return Integer.parseInt(digits.substring(15, 18));
    }

    /** @return which layout this NIP has */
    public abstract Kind kind();

    /**
     * Checks that the NIP describes a possible appointment, e.g. not someone under 18 at appointment. A finding
     * does not make the NIP invalid: it is a data-quality question for a person to look at.
     *
     * @return English findings, empty when the NIP is plausible
     */
    public abstract List<String> plausibilityFindings();

    /** @return the 18 digits, without spaces or dots */
    public String value() {
        return value;
    }

    /** @return the birth date in the first eight digits */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the gender of the gender digit (15th digit) */
    public Gender gender() {
        return gender;
    }

    /** @return the sequence number in the last three digits (1 for "001") */
    public int sequence() {
        return sequence;
    }

    /** Adds the birth-date and gender disagreements that both kinds share. */
    void addPersonDisagreements(LocalDate recordBirthDate, Gender recordGender, List<Disagreement> found) {
        if (recordBirthDate != null && !recordBirthDate.equals(birthDate)) {
            found.add(new Disagreement(Disagreement.Part.BIRTH_DATE,
                    "NIP birth date " + birthDate + " differs from the record's " + recordBirthDate));
        }
        if (recordGender != null && recordGender != gender) {
            found.add(new Disagreement(Disagreement.Part.GENDER,
                    "NIP gender " + gender.englishName() + " differs from the record's " + recordGender.englishName()));
        }
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Nip nip && nip.value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** @return the 18 digits */
    @Override
    public final String toString() {
        return value;
    }
}
