package org.openasn.commons.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryValuesTest {

    @Test
    void shouldReadDatesMonthsAndInstantsOfFourDigitYears() {
        assertEquals(LocalDate.of(2025, 12, 31), QueryValues.date("asOf", "2025-12-31"));
        assertEquals(LocalDate.of(9999, 12, 31), QueryValues.date("asOf", "9999-12-31"));
        assertEquals(YearMonth.of(2026, 1), QueryValues.month("from", "2026-01"));
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), QueryValues.instant("knownAt", "2026-01-05"));
        assertEquals(Instant.parse("2026-01-05T07:30:00Z"), QueryValues.instant("knownAt", "2026-01-05T07:30:00Z"));
    }

    /** ISO parsing takes a signed year of up to nine digits, from which a month later is beyond a date: a 400, not a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "0000-01-01", "-0001-01-01", "2025-02-30", "31-12-2025", ""})
    void shouldRefuseADateOutsideTheFourDigitYears(String text) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> QueryValues.date("asOf", text));
        assertEquals(List.of("asOf"), refused.violations().stream().map(Problem.Violation::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12", "+10000-01", "0000-12", "2026-13"})
    void shouldRefuseAMonthOutsideTheFourDigitYears(String text) {
        assertThrows(InvalidInput.class, () -> QueryValues.month("from", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z", "+10000-01-01"})
    void shouldRefuseAnInstantOutsideTheFourDigitYears(String text) {
        assertThrows(InvalidInput.class, () -> QueryValues.instant("knownAt", text));
    }
}
