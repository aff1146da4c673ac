package org.openasn.reference.retirement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TmtPensiunTest {

    @ParameterizedTest(name = "{4}: born {0}, BUP {1} → reaches BUP {2}, TMT pensiun {3}")
    @CsvSource(textBlock = """
            # birth date, BUP, BUP reached on, TMT pensiun, case
            1967-05-15, 58, 2025-05-15, 2025-06-01, 'the regulation’s example'
            1967-05-01, 58, 2025-05-01, 2025-06-01, 'birthday on the 1st: the month of the birthday is still worked'
            1967-01-31, 58, 2025-01-31, 2025-02-01, 'birthday on the last day of a month'
            1967-04-30, 58, 2025-04-30, 2025-05-01, 'last day of a 30-day month'
            1967-12-20, 58, 2025-12-20, 2026-01-01, 'December birthday: TMT in January of the next year'
            1967-12-31, 58, 2025-12-31, 2026-01-01, 'last day of the year'
            1964-02-29, 58, 2022-02-28, 2022-03-01, '29 February, BUP year without 29 February: reached 28 February'
            1964-02-29, 60, 2024-02-29, 2024-03-01, '29 February, BUP in a leap year'
            1965-02-28, 60, 2025-02-28, 2025-03-01, '28 February, non-leap year'
            1966-03-01, 58, 2024-03-01, 2024-04-01, '1 March: not pulled into February by a leap year'
            """)
    void shouldStartThePensionOnTheFirstDayOfTheMonthAfterBupIsReached(LocalDate birthDate, int bupAge, LocalDate reachedOn,
                                                                        LocalDate tmt, String description) {
        TmtPensiun pensiun = TmtPensiun.of(birthDate, bupAge);
        assertEquals(reachedOn, pensiun.ageReachedOn());
        assertEquals(reachedOn, pensiun.bupReachedOn());
        assertEquals(tmt, pensiun.date());
        assertFalse(pensiun.deferred());
    }

    @ParameterizedTest(name = "{6}: born {0}, BUP {1} from {2} → age reached {3}, BUP counted {4}, TMT pensiun {5}")
    @CsvSource(textBlock = """
            # birth date, BUP, rule in force from, age reached on, BUP counted as reached on, TMT pensiun, case
            1970-04-15, 58, 2030-01-01, 2028-04-15, 2030-01-01, 2030-02-01, 'past 58 when the rule lowering BUP to 58 starts: end of its first month'
            1971-12-31, 58, 2030-01-01, 2029-12-31, 2030-01-01, 2030-02-01, 'reaches 58 the day before: one month later than without the floor'
            1972-01-01, 58, 2030-01-01, 2030-01-01, 2030-01-01, 2030-02-01, 'reaches 58 on the effective date: not deferred'
            1972-01-02, 58, 2030-01-01, 2030-01-02, 2030-01-02, 2030-02-01, 'reaches 58 after it'
            1971-05-31, 58, 2029-07-15, 2029-05-31, 2029-07-15, 2029-08-01, 'rule in force from the middle of a month, birthday on the last day of a month'
            1971-07-01, 58, 2029-07-15, 2029-07-01, 2029-07-15, 2029-08-01, 'birthday on the 1st of the effective month'
            1968-02-29, 60, 2028-03-01, 2028-02-29, 2028-03-01, 2028-04-01, '29 February, age reached in a leap year the day before the rule'
            1964-02-29, 58, 2022-03-01, 2022-02-28, 2022-03-01, 2022-04-01, '29 February, age reached on 28 February the day before the rule'
            1965-06-30, 60, 2020-01-01, 2025-06-30, 2025-06-30, 2025-07-01, 'age reached long after the rule: no effect'
            """)
    void shouldCountBupAsReachedNoEarlierThanTheRulesEffectiveDate(LocalDate birthDate, int bupAge, LocalDate notBefore, LocalDate ageReachedOn,
                                                                   LocalDate bupReachedOn, LocalDate tmt, String description) {
        TmtPensiun pensiun = TmtPensiun.of(birthDate, bupAge, notBefore);
        assertEquals(ageReachedOn, pensiun.ageReachedOn());
        assertEquals(bupReachedOn, pensiun.bupReachedOn());
        assertEquals(tmt, pensiun.date());
        assertEquals(!ageReachedOn.equals(bupReachedOn), pensiun.deferred());
    }

    @Test
    void shouldAlwaysGiveA29FebruaryBirthAFebruaryBupBirthdayAndTmtOn1March() {
        LocalDate birth = LocalDate.of(1968, 2, 29);
        for (int bup = 50; bup <= 75; bup++) {
            TmtPensiun pensiun = TmtPensiun.of(birth, bup);
            assertEquals(2, pensiun.bupReachedOn().getMonthValue(), "BUP " + bup);
            assertEquals(LocalDate.of(1968 + bup, 3, 1), pensiun.date(), "BUP " + bup);
        }
    }

    @Test
    void shouldRefuseATmtThatIsNotTheFirstDayOfTheNextMonth() {
        LocalDate reached = LocalDate.of(2025, 5, 15);
        assertThrows(IllegalArgumentException.class, () -> new TmtPensiun(reached, reached, LocalDate.of(2025, 5, 16)));
        assertThrows(IllegalArgumentException.class, () -> new TmtPensiun(reached, LocalDate.of(2025, 5, 14), LocalDate.of(2025, 6, 1)),
                "BUP counted as reached before the age is");
        assertThrows(IllegalArgumentException.class, () -> TmtPensiun.of(LocalDate.of(1967, 5, 15), 0));
    }
}
