package org.openasn.retirement.bup.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

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

    /** The rule as the regulation states it, walked version by version: the reference the decision table must agree with. */
    private static BupRuleSet walk(List<BupRuleSet> versions, BupCategory category, LocalDate birth) {
        List<BupRuleSet> sorted = versions.stream().sorted(java.util.Comparator.comparing(BupRuleSet::effectiveFrom)).toList();
        for (int i = 0; i < sorted.size() - 1; i++) {
            if (birth.plusYears(sorted.get(i).ageOf(category)).isBefore(sorted.get(i + 1).effectiveFrom())) {
                return sorted.get(i);
            }
        }
        return sorted.get(sorted.size() - 1);
    }

    @org.junit.jupiter.api.Test
    void shouldDecideAsTheVersionByVersionWalkForRandomRulesAndBirthDatesIncluding29February() {
        java.util.Random random = new java.util.Random(20261126);
        for (int round = 0; round < 300; round++) {
            List<BupRuleSet> versions = new java.util.ArrayList<>();
            LocalDate from = LocalDate.of(2017, 4, 5);
            for (int v = 0; v < 1 + random.nextInt(4); v++) {
                Map<BupCategory, Integer> ages = new EnumMap<>(BupCategory.class);
                for (BupCategory c : BupCategory.values()) {
                    ages.put(c, 55 + random.nextInt(11));
                }
                versions.add(new BupRuleSet(UUID.randomUUID(), from, "v" + v, ages));
                from = random.nextInt(5) == 0 ? LocalDate.of(2028 + random.nextInt(5) * 4, 2, 29) : from.plusDays(1 + random.nextInt(3000));
            }
            List<RetirementRule.Range> table = RetirementRule.decisionTable(versions);
            for (int e = 0; e < 200; e++) {
                BupCategory category = BupCategory.values()[random.nextInt(BupCategory.values().length)];
                LocalDate birth = random.nextInt(10) == 0 ? LocalDate.of(1960 + random.nextInt(12) * 4, 2, 29)
                        : LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 30));
                BupRuleSet expected = walk(versions, category, birth);
                RetirementRule.Decision decision = RetirementRule.decide(versions, category, birth);
                assertEquals(expected, decision.ruleSet(), () -> "born " + birth + " " + category + " under " + versions);
                assertEquals(TmtPensiun.of(birth, expected.ageOf(category)), decision.tmtPensiun());
                assertEquals(1, table.stream().filter(r -> r.category() == category && r.contains(birth)).count(), "exactly one range");
            }
        }
    }
}
