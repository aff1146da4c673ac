package org.openasn.reference.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openasn.reference.person.Gender;

class NipTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            196705151990031002        | 1967-05-15 | 1990-03 | MALE   | 2
            19670515 199003 1 002     | 1967-05-15 | 1990-03 | MALE   | 2
            19670515.199003.1.002     | 1967-05-15 | 1990-03 | MALE   | 2
            '  196705151990031002  '  | 1967-05-15 | 1990-03 | MALE   | 2
            198802292014122001        | 1988-02-29 | 2014-12 | FEMALE | 1
            197001011995101999        | 1970-01-01 | 1995-10 | MALE   | 999
            """)
    void shouldReadPnsNip(String text, LocalDate birthDate, YearMonth tmtCpns, Gender gender, int sequence) {
        Nip nip = Nip.parse(text);

        NipPns pns = assertInstanceOf(NipPns.class, nip);
        assertEquals(Nip.Kind.PNS, nip.kind());
        assertEquals(birthDate, nip.birthDate());
        assertEquals(tmtCpns, pns.tmtCpnsMonth());
        assertEquals(gender, nip.gender());
        assertEquals(sequence, nip.sequence());
        assertEquals(18, nip.value().length());
    }

    @Test
    void shouldReadNipWithNonBreakingSpacesAsSpreadsheetsExportIt() {
        assertEquals("196705151990031002", Nip.parse("19670515\u00A0199003\u00A01\u00A0002").value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            198501202022211005      | 1985-01-20 | 2022 | 1 | MALE   | 5
            19920314 2023 2 3 2 017 | 1992-03-14 | 2023 | 3 | FEMALE | 17
            """)
    void shouldReadPppkNipWhenThirteenthDigitIsTwo(String text, LocalDate birthDate, int appointmentYear, int round,
                                                   Gender gender, int sequence) {
        Nip nip = Nip.parse(text);

        NipPppk pppk = assertInstanceOf(NipPppk.class, nip);
        assertEquals(Nip.Kind.PPPK, nip.kind());
        assertEquals(birthDate, nip.birthDate());
        assertEquals(appointmentYear, pppk.appointmentYear());
        assertEquals(round, pppk.round());
        assertEquals(gender, nip.gender());
        assertEquals(sequence, nip.sequence());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            19670515199003100        | NIP must be 18 digits, got 17
            1967051519900310021      | NIP must be 18 digits, got 19
            1967051519900310O2       | NIP may contain only digits, spaces and dots, got 'O'
            19670515-199003-1-002    | NIP may contain only digits, spaces and dots, got '-'
            196713321990031002       | birth date 19671332 in NIP is not a date
            196702301990031002       | birth date 19670230 in NIP is not a date
            196702291990031002       | birth date 19670229 in NIP is not a date
            196705001990031002       | birth date 19670500 in NIP is not a date
            196705151990001002       | TMT CPNS month 00 in NIP is not a month
            196705151990131002       | TMT CPNS month 13 in NIP is not a month
            196705151990193002       | TMT CPNS month 19 in NIP is not a month
            196705151990033002       | gender digit must be 1 (male) or 2 (female), got 3
            196705151990030002       | gender digit must be 1 (male) or 2 (female), got 0
            198501202022210005       | gender digit must be 1 (male) or 2 (female), got 0
            198513202022211005       | birth date 19851320 in NIP is not a date
            """)
    void shouldRejectImpossibleNipWithPreciseReason(String text, String reason) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Nip.parse(text));

        assertEquals(reason, e.reason());
        assertEquals(text, e.input());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void shouldRejectEmptyNip(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> Nip.parse(text));

        assertEquals("NIP is empty", e.reason());
    }

    @Test
    void shouldCompareByDigitsWhateverTheFormatting() {
        assertEquals(Nip.parse("196705151990031002"), Nip.parse("19670515 199003 1 002"));
        assertEquals(Nip.parse("196705151990031002").hashCode(), Nip.parse("19670515 199003 1 002").hashCode());
        assertNotEquals(Nip.parse("196705151990031002"), Nip.parse("196705151990031003"));
        assertEquals("196705151990031002", Nip.parse("19670515 199003 1 002").toString());
    }

    @ParameterizedTest(name = "record {0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1967-05-15 | MALE   | 1990-03-01 | -
            1967-05-15 | MALE   | 1990-03-17 | -
            -          | -      | -          | -
            1967-05-16 | MALE   | 1990-03-01 | BIRTH_DATE: NIP birth date 1967-05-15 differs from the record's 1967-05-16
            1967-05-15 | FEMALE | 1990-03-01 | GENDER: NIP gender male differs from the record's female
            1967-05-15 | MALE   | 1990-04-01 | TMT_CPNS: NIP TMT CPNS 1990-03 differs from the record's TMT CPNS 1990-04-01
            1967-05-15 | MALE   | 1991-03-01 | TMT_CPNS: NIP TMT CPNS 1990-03 differs from the record's TMT CPNS 1991-03-01
            """)
    void shouldReportEachPartOfPnsNipThatDisagreesWithRecord(LocalDate birthDate, Gender gender, LocalDate tmtCpns,
                                                             String expected) {
        NipPns nip = (NipPns) Nip.parse("196705151990031002");

        List<Disagreement> disagreements = nip.agreementWith(birthDate, gender, tmtCpns);

        assertEquals(expected == null ? List.of() : List.of(expected), render(disagreements));
    }

    @Test
    void shouldReportEveryDisagreeingPartAtOnce() {
        NipPns nip = (NipPns) Nip.parse("196705151990031002");

        List<Disagreement> disagreements =
                nip.agreementWith(LocalDate.of(1968, 5, 15), Gender.FEMALE, LocalDate.of(1991, 1, 1));

        assertEquals(List.of(Disagreement.Part.BIRTH_DATE, Disagreement.Part.GENDER, Disagreement.Part.TMT_CPNS),
                disagreements.stream().map(Disagreement::part).toList());
    }

    @ParameterizedTest(name = "record {0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1985-01-20 | MALE   | 2022-04-01 | -
            1985-01-21 | MALE   | 2022-04-01 | BIRTH_DATE: NIP birth date 1985-01-20 differs from the record's 1985-01-21
            1985-01-20 | FEMALE | 2022-04-01 | GENDER: NIP gender male differs from the record's female
            1985-01-20 | MALE   | 2023-01-01 | APPOINTMENT_YEAR: NIP appointment year 2022 differs from the record's appointment date 2023-01-01
            """)
    void shouldReportEachPartOfPppkNipThatDisagreesWithRecord(LocalDate birthDate, Gender gender,
                                                              LocalDate appointmentDate, String expected) {
        NipPppk nip = (NipPppk) Nip.parse("198501202022211005");

        List<Disagreement> disagreements = nip.agreementWith(birthDate, gender, appointmentDate);

        assertEquals(expected == null ? List.of() : List.of(expected), render(disagreements));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            196705151990031002 | -
            199002152008031001 | -
            199003152008021001 | NIP birth date 1990-03-15 and TMT CPNS 2008-02 make the employee 17 at TMT CPNS, under the minimum of 18
            199005152005031002 | NIP birth date 1990-05-15 and TMT CPNS 2005-03 make the employee 14 at TMT CPNS, under the minimum of 18
            199005151985031002 | NIP TMT CPNS 1985-03 is before the NIP birth date 1990-05-15
            198501202022211005 | -
            200412312022211005 | -
            200501012022211005 | NIP birth date 2005-01-01 and appointment year 2022 make the employee under 18 throughout the appointment year
            180001011990031000 | NIP birth date 1800-01-01 and TMT CPNS 1990-03 make the employee 190 at TMT CPNS, at or past the lowest retirement age (58)
            196702152025031001 | NIP birth date 1967-02-15 and TMT CPNS 2025-03 make the employee 58 at TMT CPNS, at or past the lowest retirement age (58)
            196703152025031001 | -
            196704152025031001 | -
            195201012022211005 | NIP birth date 1952-01-01 and appointment year 2022 make the employee 70 or older throughout the appointment year, at or past the highest retirement age
            195201022022211005 | -
            """)
    void shouldFindImplausibleAgeAtAppointment(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), Nip.parse(text).plausibilityFindings());
    }

    private static List<String> render(List<Disagreement> disagreements) {
        return disagreements.stream().map(d -> d.part() + ": " + d.message()).toList();
    }
}
