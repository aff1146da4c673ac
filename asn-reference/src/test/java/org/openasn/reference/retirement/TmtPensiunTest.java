package org.openasn.reference.retirement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(reachedOn, pensiun.bupReachedOn());
        assertEquals(tmt, pensiun.date());
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
        assertThrows(IllegalArgumentException.class, () -> new TmtPensiun(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 16)));
        assertThrows(IllegalArgumentException.class, () -> TmtPensiun.of(LocalDate.of(1967, 5, 15), 0));
    }
}
