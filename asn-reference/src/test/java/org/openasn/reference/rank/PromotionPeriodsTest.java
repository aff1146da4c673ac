package org.openasn.reference.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromotionPeriodsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-04-01 | true
            2014-10-01 | true
            2014-05-01 | false
            2023-12-01 | false
            2023-02-01 | false
            2024-02-01 | true
            2024-04-01 | true
            2025-06-01 | true
            2025-08-01 | true
            2026-10-01 | true
            2026-12-01 | true
            2026-12-02 | false
            2026-03-01 | false
            2026-01-01 | false
            """)
    void shouldTellThePeriodDaysOfTheRuleInForceOnTheTmt(LocalDate tmt, boolean periodDay) {
        assertEquals(periodDay, PromotionPeriods.isPeriodDay(tmt));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-31 | 1 April or 1 October (PP 99/2000 jo. PP 12/2002)
            2024-01-01 | 1 February, 1 April, 1 June, 1 August, 1 October or 1 December (Peraturan BKN 4/2023)
            """)
    void shouldNameTheRuleAndItsBasis(LocalDate tmt, String description) {
        assertEquals(description, PromotionPeriods.describe(tmt));
    }
}
