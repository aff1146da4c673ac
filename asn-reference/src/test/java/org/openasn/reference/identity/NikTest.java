package org.openasn.reference.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.openasn.reference.person.Gender;

class NikTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1872011505670001    | 18 | 1872 | 187201 | MALE   | 15 | 5  | 67 | 1
            1872015505670002    | 18 | 1872 | 187201 | FEMALE | 15 | 5  | 67 | 2
            1872 0115 0567 0001 | 18 | 1872 | 187201 | MALE   | 15 | 5  | 67 | 1
            1872.01.150567.0001 | 18 | 1872 | 187201 | MALE   | 15 | 5  | 67 | 1
            1872054101909999    | 18 | 1872 | 187205 | FEMALE | 1  | 1  | 90 | 9999
            1171017112990123    | 11 | 1171 | 117101 | FEMALE | 31 | 12 | 99 | 123
            9701010101010001    | 97 | 9701 | 970101 | MALE   | 1  | 1  | 1  | 1
            """)
    void shouldReadNik(String text, String province, String regency, String district, Gender gender, int day,
                       int month, int yy, int sequence) {
        Nik nik = Nik.parse(text);

        assertEquals(province, nik.provinceCode());
        assertEquals(regency, nik.regencyCode());
        assertEquals(district, nik.districtCode());
        assertEquals(gender, nik.gender());
        assertEquals(day, nik.birthDay());
        assertEquals(month, nik.birthMonth());
        assertEquals(yy, nik.birthYearTwoDigits());
        assertEquals(sequence, nik.sequence());
    }

    @Test
    void shouldPlaceKotaMetroNikInRegion1872() {
        assertEquals("1872", Nik.parse("1872031505670001").regencyCode());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            1872012902680001 | 29 Feb 1968, a man
            1872016902680001 | 29 Feb 1968, a woman
            1872012902000001 | 29 Feb 2000, though 1900 was not a leap year
            1872012902960001 | 29 Feb 1996
            """)
    void shouldAcceptTwentyNinthOfFebruaryWhenEitherCenturyIsALeapYear(String text, String why) {
        Nik nik = Nik.parse(text);

        assertEquals(29, nik.birthDay());
        assertEquals(2, nik.birthMonth());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            187201150567000      | NIK must be 16 digits, got 15
            18720115056700011    | NIK must be 16 digits, got 17
            18720115O5670001     | NIK may contain only digits, spaces and dots, got 'O'
            9972011505670001     | NIK province code 99 is not an Indonesian province code
            1072011505670001     | NIK province code 10 is not an Indonesian province code
            2072011505670001     | NIK province code 20 is not an Indonesian province code
            0072011505670001     | NIK province code 00 is not an Indonesian province code
            1800011505670001     | NIK regency code 00 is not a regency or city
            1872001505670001     | NIK district code 00 is not a district
            1872011505670000     | NIK sequence 0000 is never issued
            1872010005670001     | NIK birth day 00 is not a day: men have 01-31, women the day plus 40 (41-71)
            1872013505670001     | NIK birth day 35 is not a day: men have 01-31, women the day plus 40 (41-71)
            1872014005670001     | NIK birth day 40 is not a day: men have 01-31, women the day plus 40 (41-71)
            1872017205670001     | NIK birth day 72 is not a day: men have 01-31, women the day plus 40 (41-71)
            1872012902230001     | NIK birth date 29-02-23 is not a date in 1923 or 2023
            1872016902230001     | NIK birth date 29-02-23 is not a date in 1923 or 2023
            1872013002680001     | NIK birth date 30-02-68 is not a date in 1968 or 2068
            1872013104670001     | NIK birth date 31-04-67 is not a date in 1967 or 2067
            1872011513670001     | NIK birth date 15-13-67 is not a date in 1967 or 2067
            1872011500670001     | NIK birth date 15-00-67 is not a date in 1967 or 2067
            """)
    void shouldRejectImpossibleNikWithPreciseReason(String text, String reason) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Nik.parse(text));

        assertEquals(reason, e.reason());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRejectEmptyNik(String text) {
        assertEquals("NIK is empty", assertThrows(InvalidIdentifierException.class, () -> Nik.parse(text)).reason());
    }

    @ParameterizedTest(name = "record {0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1967-05-15 | FEMALE | -
            2067-05-15 | FEMALE | -
            -          | -      | -
            1967-05-16 | FEMALE | BIRTH_DATE: NIK birth date 15-05-67 differs from the record's 1967-05-16
            1967-06-15 | FEMALE | BIRTH_DATE: NIK birth date 15-05-67 differs from the record's 1967-06-15
            1968-05-15 | FEMALE | BIRTH_DATE: NIK birth date 15-05-67 differs from the record's 1968-05-15
            1967-05-15 | MALE   | GENDER: NIK gender female differs from the record's male
            """)
    void shouldReportEachPartOfNikThatDisagreesWithRecord(LocalDate birthDate, Gender gender, String expected) {
        Nik nik = Nik.parse("1872015505670002");

        List<String> disagreements = nik.agreementWith(birthDate, gender).stream()
                .map(d -> d.part() + ": " + d.message()).toList();

        assertEquals(expected == null ? List.of() : List.of(expected), disagreements);
    }

    @Test
    void shouldNeverPrintTheWholeNik() {
        Nik nik = Nik.parse("1872015505670002");

        assertEquals("187201**********", nik.toString());
        assertFalse(nik.toString().contains("550567"));
        assertEquals(Nik.parse("1872 0155 0567 0002"), nik);
    }
}
