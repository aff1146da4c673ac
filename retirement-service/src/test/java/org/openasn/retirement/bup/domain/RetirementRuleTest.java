package org.openasn.retirement.bup.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
            "1972-01-31, 60, 2032-02-01",
            "1972-02-29, 60, 2032-03-01",
            "1980-05-15, 60, 2040-06-01",
    })
    void shouldApplyTheRuleInForceWhenTheEmployeeReachesBup(LocalDate birth, int age, LocalDate tmt) {
        List<BupRuleSet> versions = List.of(version(LocalDate.of(2017, 4, 5), 58), version(LocalDate.of(2030, 1, 1), 60));

        RetirementRule.Decision decision = RetirementRule.decide(versions, BupCategory.ADMINISTRATION, birth);

        assertEquals(age, decision.bup().age());
        assertEquals(tmt, decision.tmtPensiun().date());
        assertFalse(decision.tmtPensiun().deferred(), "a raised age is never deferred by its rule's date");
    }

    /**
     * BUP lowered from 60 to 58 on 1 January 2030: whoever reaches 60 before then retires under the old rule; the others retire
     * at 58, but BUP counts as reached no earlier than 1 January 2030, so whoever is past 58 then retires at the end of January.
     */
    @ParameterizedTest(name = "born {0}: BUP {1}, age reached {2}, counted {3}, TMT pensiun {4}")
    @CsvSource({
            "1969-12-31, 60, 2029-12-31, 2029-12-31, 2030-01-01",
            "1970-01-01, 58, 2028-01-01, 2030-01-01, 2030-02-01",
            "1970-04-15, 58, 2028-04-15, 2030-01-01, 2030-02-01",
            "1971-01-31, 58, 2029-01-31, 2030-01-01, 2030-02-01",
            "1971-12-01, 58, 2029-12-01, 2030-01-01, 2030-02-01",
            "1971-12-31, 58, 2029-12-31, 2030-01-01, 2030-02-01",
            "1972-01-01, 58, 2030-01-01, 2030-01-01, 2030-02-01",
            "1972-01-31, 58, 2030-01-31, 2030-01-31, 2030-02-01",
            "1972-02-01, 58, 2030-02-01, 2030-02-01, 2030-03-01",
            "1972-02-29, 58, 2030-02-28, 2030-02-28, 2030-03-01",
    })
    void shouldRetireNobodyUnderALoweredAgeBeforeItTakesEffect(LocalDate birth, int age, LocalDate ageReached, LocalDate bupReached, LocalDate tmt) {
        BupRuleSet lowered = version(LocalDate.of(2030, 1, 1), 58);
        List<BupRuleSet> versions = List.of(version(LocalDate.of(2017, 4, 5), 60), lowered);

        RetirementRule.Decision decision = RetirementRule.decide(versions, BupCategory.ADMINISTRATION, birth);

        assertEquals(age, decision.bup().age());
        assertEquals(new TmtPensiun(ageReached, bupReached, tmt), decision.tmtPensiun());
        assertEquals(age == 58 ? lowered : versions.get(0), decision.ruleSet());
    }

    /** The same with the lowered age in force from 1 March 2028, the day after a 29 February. */
    @ParameterizedTest(name = "born {0}: BUP {1}, age reached {2}, counted {3}, TMT pensiun {4}")
    @CsvSource({
            "1968-02-29, 60, 2028-02-29, 2028-02-29, 2028-03-01",
            "1968-03-01, 58, 2026-03-01, 2028-03-01, 2028-04-01",
            "1970-02-28, 58, 2028-02-28, 2028-03-01, 2028-04-01",
            "1970-03-01, 58, 2028-03-01, 2028-03-01, 2028-04-01",
            "1972-02-29, 58, 2030-02-28, 2030-02-28, 2030-03-01",
    })
    void shouldDeferToAnEffectiveDateAfter29February(LocalDate birth, int age, LocalDate ageReached, LocalDate bupReached, LocalDate tmt) {
        List<BupRuleSet> versions = List.of(version(LocalDate.of(2017, 4, 5), 60), version(LocalDate.of(2028, 3, 1), 58));

        RetirementRule.Decision decision = RetirementRule.decide(versions, BupCategory.ADMINISTRATION, birth);

        assertEquals(age, decision.bup().age());
        assertEquals(new TmtPensiun(ageReached, bupReached, tmt), decision.tmtPensiun());
    }

    @Test
    void shouldGiveEveryRangeButTheEarliestVersionsTheVersionsEffectiveDateAsFloor() {
        BupRuleSet first = version(LocalDate.of(2017, 4, 5), 60);
        BupRuleSet lowered = version(LocalDate.of(2030, 1, 1), 58);
        List<RetirementRule.Range> administration = RetirementRule.decisionTable(List.of(lowered, first)).stream()
                .filter(r -> r.category() == BupCategory.ADMINISTRATION).toList();

        assertEquals(List.of(
                new RetirementRule.Range(BupCategory.ADMINISTRATION, null, LocalDate.of(1970, 1, 1), first, 60, null),
                new RetirementRule.Range(BupCategory.ADMINISTRATION, LocalDate.of(1970, 1, 1), null, lowered, 58, LocalDate.of(2030, 1, 1))),
                administration);
    }

    /** The rule as the regulation states it, walked version by version: the reference the decision table must agree with. */
    private static int walk(List<BupRuleSet> sorted, BupCategory category, LocalDate birth) {
        for (int i = 0; i < sorted.size() - 1; i++) {
            if (birth.plusYears(sorted.get(i).ageOf(category)).isBefore(sorted.get(i + 1).effectiveFrom())) {
                return i;
            }
        }
        return sorted.size() - 1;
    }

    @Test
    void shouldDecideAsTheVersionByVersionWalkForRandomRulesAndBirthDatesIncluding29February() {
        Random random = new Random(20261126);
        for (int round = 0; round < 300; round++) {
            List<BupRuleSet> versions = new ArrayList<>();
            LocalDate from = LocalDate.of(2017, 4, 5);
            for (int v = 0; v < 1 + random.nextInt(4); v++) {
                Map<BupCategory, Integer> ages = new EnumMap<>(BupCategory.class);
                for (BupCategory c : BupCategory.values()) {
                    ages.put(c, 55 + random.nextInt(11));
                }
                versions.add(new BupRuleSet(UUID.randomUUID(), from, "v" + v, ages));
                from = random.nextInt(5) == 0 ? LocalDate.of(2028 + random.nextInt(5) * 4, 2, 29) : from.plusDays(1 + random.nextInt(3000));
            }
            List<BupRuleSet> sorted = versions.stream().sorted(Comparator.comparing(BupRuleSet::effectiveFrom)).toList();
            List<RetirementRule.Range> table = RetirementRule.decisionTable(versions);
            for (int e = 0; e < 200; e++) {
                BupCategory category = BupCategory.values()[random.nextInt(BupCategory.values().length)];
                LocalDate birth = random.nextInt(10) == 0 ? LocalDate.of(1960 + random.nextInt(12) * 4, 2, 29)
                        : LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 30));
                int index = walk(sorted, category, birth);
                BupRuleSet expected = sorted.get(index);
                int age = expected.ageOf(category);
                LocalDate ageReached = birth.plusYears(age);
                LocalDate bupReached = index > 0 && ageReached.isBefore(expected.effectiveFrom()) ? expected.effectiveFrom() : ageReached;
                RetirementRule.Decision decision = RetirementRule.decide(versions, category, birth);
                assertEquals(expected, decision.ruleSet(), () -> "born " + birth + " " + category + " under " + versions);
                assertEquals(ageReached, decision.tmtPensiun().ageReachedOn());
                assertEquals(bupReached, decision.tmtPensiun().bupReachedOn());
                assertEquals(bupReached.withDayOfMonth(1).plusMonths(1), decision.tmtPensiun().date());
                if (index > 0 && age >= sorted.get(index - 1).ageOf(category)) {
                    assertFalse(decision.tmtPensiun().deferred(), () -> "born " + birth + " " + category + ": an age not lowered is never deferred");
                }
                assertEquals(1, table.stream().filter(r -> r.category() == category && r.contains(birth)).count(), "exactly one range");
            }
        }
    }
}
