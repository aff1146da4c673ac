package org.openasn.reference.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openasn.reference.person.Gender;

/**
 * NIK (Nomor Induk Kependudukan): the 16-digit national population number of the identity card (KTP), issued by
 * the civil registry (Dukcapil), not by BKN. Layout: a 6-digit region code (province 2 + regency/city 2 +
 * district 2) where the number was issued, the birth date as {@code DDMMYY} with 40 added to the day for women,
 * and a 4-digit sequence from 0001. For example a man born 15 May 1967 registered in district 01 of Kota Metro
 * (region prefix 1872) has 187201 150567 0001; a woman born the same day has 187201 550567 ….
 *
 * <p>Valid by construction: {@link #parse(String)} checks the length, the province code against the list of
 * Indonesian province codes, that regency and district are not 00, that day and month form a date in 19yy or
 * 20yy (the century is not in the NIK), and that the sequence is not 0000. Spaces and dots inside the text are
 * tolerated. A NIK is personal data: neither {@link #toString()} nor any reason repeats it whole.
 */
public final class Nik {

    /**
     * The province codes (kode wilayah, Kemendagri) a NIK can start with: Sumatra 11–19 and 21 (Kepulauan Riau),
     * Java 31–36, Bali and Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–97.
     */
    static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96", "97");

    private static final int WOMEN_DAY_OFFSET = 40;

    private final String value;
    private final Gender gender;
    private final int birthDay;
    private final int birthMonth;
    private final int birthYearTwoDigits;

    private Nik(String value, Gender gender, int birthDay, int birthMonth, int birthYearTwoDigits) {
        this.value = value;
        this.gender = gender;
        this.birthDay = birthDay;
        this.birthMonth = birthMonth;
        this.birthYearTwoDigits = birthYearTwoDigits;
    }

    /**
     * Reads a NIK.
     *
     * @param text the NIK as exported; spaces and dots are ignored
     * @return the NIK
     * @throws InvalidIdentifierException naming the first part that is wrong, e.g. "NIK province code 99 is not an
     *                                    Indonesian province code", "NIK birth date 29-02-23 is not a date in 1923
     *                                    or 2023"
     */
    public static Nik parse(String text) {
        String digits = IdentifierText.digits(text, "NIK", 16);
        String province = digits.substring(0, 2);
        if (!PROVINCE_CODES.contains(province)) {
            throw new InvalidIdentifierException(text,
                    "NIK province code " + province + " is not an Indonesian province code");
        }
        if (digits.startsWith("00", 2)) {
            throw new InvalidIdentifierException(text, "NIK regency code 00 is not a regency or city");
        }
        if (digits.startsWith("00", 4)) {
            throw new InvalidIdentifierException(text, "NIK district code 00 is not a district");
        }
        int encodedDay = Integer.parseInt(digits.substring(6, 8));
        boolean manDay = encodedDay >= 1 && encodedDay <= 31;
        boolean womanDay = encodedDay > WOMEN_DAY_OFFSET && encodedDay <= 31 + WOMEN_DAY_OFFSET;
        if (!manDay && !womanDay) {
            throw new InvalidIdentifierException(text, "NIK birth day " + digits.substring(6, 8)
                    + " is not a day: men have 01-31, women the day plus 40 (41-71)");
        }
        Gender gender = encodedDay > WOMEN_DAY_OFFSET ? Gender.FEMALE : Gender.MALE;
        int day = gender == Gender.FEMALE ? encodedDay - WOMEN_DAY_OFFSET : encodedDay;
        int month = Integer.parseInt(digits.substring(8, 10));
        int yy = Integer.parseInt(digits.substring(10, 12));
        if (!isDate(1900 + yy, month, day) && !isDate(2000 + yy, month, day)) {
            throw new InvalidIdentifierException(text, "NIK birth date " + ddmmyy(day, month, yy)
                    + " is not a date in " + (1900 + yy) + " or " + (2000 + yy));
        }
        if (digits.endsWith("0000")) {
            throw new InvalidIdentifierException(text, "NIK sequence 0000 is never issued");
        }
        return new Nik(digits, gender, day, month, yy);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String ddmmyy(int day, int month, int yy) {
        return String.format("%02d-%02d-%02d", day, month, yy);
    }

    /** @return the 16 digits, without spaces or dots */
    public String value() {
        return value;
    }

    /** @return the 2-digit province code, e.g. "18" for Lampung */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** @return the 4-digit regency/city code (province + regency), e.g. "1872" for Kota Metro */
    public String regencyCode() {
        return value.substring(0, 4);
    }

    /** @return the 6-digit district (kecamatan) code (province + regency + district), e.g. "187201" */
    public String districtCode() {
        return value.substring(0, 6);
    }

    /** @return the gender: female when 40 was added to the birth day */
    public Gender gender() {
        return gender;
    }

    /** @return the day of birth, 1–31, with the 40 for women already subtracted */
    public int birthDay() {
        return birthDay;
    }

    /** @return the month of birth, 1–12 */
    public int birthMonth() {
        return birthMonth;
    }

    /** @return the last two digits of the birth year; the century is not in the NIK */
    public int birthYearTwoDigits() {
        return birthYearTwoDigits;
    }

    /** @return the 4-digit sequence, 1–9999 */
    public int sequence() {
        return Integer.parseInt(value.substring(12));
    }

    /**
     * Compares the NIK with the employee's record: day, month and two-digit year of birth, and gender. A
     * {@code null} record value is not compared.
     *
     * @return one disagreement per part that differs, empty when the NIK agrees with the record
     */
    public List<Disagreement> agreementWith(LocalDate birthDate, Gender gender) {
        List<Disagreement> found = new ArrayList<>();
        if (birthDate != null && (birthDate.getDayOfMonth() != birthDay || birthDate.getMonthValue() != birthMonth
                || birthDate.getYear() % 100 != birthYearTwoDigits)) {
            found.add(new Disagreement(Disagreement.Part.BIRTH_DATE, "NIK birth date "
                    + ddmmyy(birthDay, birthMonth, birthYearTwoDigits) + " differs from the record's " + birthDate));
        }
        if (gender != null && gender != this.gender) {
            found.add(new Disagreement(Disagreement.Part.GENDER, "NIK gender " + this.gender.englishName()
                    + " differs from the record's " + gender.englishName()));
        }
        return List.copyOf(found);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nik nik && nik.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the region prefix with the rest masked, e.g. "187201**********", so that logs hold no NIK */
    @Override
    public String toString() {
        return districtCode() + "*".repeat(10);
    }
}
