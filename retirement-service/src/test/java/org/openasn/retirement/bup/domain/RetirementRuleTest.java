package org.openasn.retirement.bup.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.position.BupCategory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetirementRuleTest {

    private static BupRuleSet version(LocalDate from, int administrationAge) {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupCategory.class);
        for (BupCategory c : BupCategory.values()) {
            ages.put(c, 60);
        }
        ages.put(BupCategory.ADMINISTRATION, administrationAge);
        return new BupRuleSet(UUID.randomUUID(), from, "test " + from, ages);
    }

    @ParameterizedTest(name = "born {0}: BUP {1}, TMT pensiun {2}")
    @CsvSource({
            "1969-05-15, 58, 2027-06-01",
            "1971-12-31, 58, 2030-01-01",
            "1972-01-01, 60, 2032-02-01",
            "1980-05-15, 60, 2040-06-01",
    })
    void shouldApplyTheRuleInForceWhenTheEmployeeReachesBup(LocalDate birth, int age, LocalDate tmt) {
        List<BupRuleSet> versions = List.of(version(LocalDate.of(2017, 4, 5), 58), version(LocalDate.of(2030, 1, 1), 60));

        RetirementRule.Decision decision = RetirementRule.decide(versions, BupCategory.ADMINISTRATION, birth);

        assertEquals(age, decision.bup().age());
        assertEquals(tmt, decision.tmtPensiun().date());
    }
}
