package org.openasn.reporting.headcount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgeBandsTest {

    @Test
    void shouldNameSeed000sBandsWithAnOpenBandAtEachEnd() {
        assertEquals(List.of("<21", "21-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-58", "59-60", ">60"),
                AgeBands.SEED_000.labels());
        assertEquals(List.of("<26", "26", "27-40", ">40"), AgeBands.parse("25, 26,40").labels(), "a band of one year is named by it");
    }

    @ParameterizedTest(name = "age {0} is in {1}")
    @CsvSource({"0, <21", "20, <21", "21, 21-25", "25, 21-25", "58, 56-58", "59, 59-60", "60, 59-60", "61, >60", "100, >60", "140, >60"})
    void shouldPutEveryAgeInExactlyOneBand(int age, String band) {
        assertEquals(band, AgeBands.SEED_000.labels().get(AgeBands.SEED_000.bandOfAge(age)));
    }

    @Test
    void shouldCountFullYearsOnTheDateAskedAbout() {
        int asOf = AgeBands.ymd(LocalDate.of(2025, 12, 31));
        assertEquals(60, AgeBands.age(asOf, AgeBands.ymd(LocalDate.of(1965, 12, 31))), "60 on the birthday");
        assertEquals(59, AgeBands.age(asOf, AgeBands.ymd(LocalDate.of(1966, 1, 1))), "59 the day before");
    }

    @Test
    void shouldWriteTheSameBandsInSql() {
        assertEquals("CASE WHEN p.age <= 25 THEN '<26' WHEN p.age <= 40 THEN '26-40' ELSE '>40' END", AgeBands.parse("25,40").sql("p.age"));
    }

    @Test
    void shouldRefuseBoundsThatDoNotRiseOrAreNotAges() {
        assertEquals("the ages must rise: 25 follows 30", assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("30,25")).getMessage());
        assertEquals("each age must be from 1 to 99, was 0", assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0,25")).getMessage());
        assertEquals("'x' is not an age: give ages separated by commas, such as 20,25,30",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("20,x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse(""));
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("20,"));
    }
}
