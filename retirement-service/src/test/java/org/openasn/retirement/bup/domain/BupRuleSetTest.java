package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BupRuleSetTest {

    @Test
    void shouldRefuseARuleSetWithoutEveryCategory() {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupPolicyTest.current().ages());
        ages.remove(BupCategory.LECTURER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BupRuleSet(UUID.randomUUID(), LocalDate.of(2030, 1, 1), "PP x", ages));
        assertTrue(e.getMessage().contains("LECTURER has no BUP age"), e.getMessage());
    }

    @ParameterizedTest(name = "age {0} valid: {1}")
    @CsvSource({"49, false", "50, true", "58, true", "75, true", "76, false"})
    void shouldAcceptAgesFrom50To75Only(int age, boolean valid) {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupPolicyTest.current().ages());
        ages.put(BupCategory.TEACHER, age);
        assertEquals(valid, BupRuleSet.problems(ages).isEmpty());
        assertEquals(valid, BupRuleSet.isValidAge(age));
    }

    @Test
    void shouldRefuseABlankLegalBasis() {
        assertThrows(IllegalArgumentException.class,
                () -> new BupRuleSet(UUID.randomUUID(), LocalDate.of(2030, 1, 1), " ", BupPolicyTest.current().ages()));
    }

    @Test
    void shouldNotBeChangedThroughTheMapItWasBuiltFrom() {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupPolicyTest.current().ages());
        BupRuleSet rules = new BupRuleSet(UUID.randomUUID(), LocalDate.of(2030, 1, 1), "PP x", ages);
        ages.put(BupCategory.TEACHER, 70);
        assertEquals(60, rules.ageOf(BupCategory.TEACHER));
        assertThrows(UnsupportedOperationException.class, () -> rules.ages().put(BupCategory.TEACHER, 70));
    }

    @Test
    void shouldBeInForceFromItsDateUntilTheNextVersion() {
        BupRuleSet rules = BupPolicyTest.current();
        assertFalse(rules.inForceOn(LocalDate.of(2017, 4, 4), null));
        assertTrue(rules.inForceOn(LocalDate.of(2017, 4, 5), null));
        assertTrue(rules.inForceOn(LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1)));
        assertFalse(rules.inForceOn(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)));
    }

    @Test
    void shouldListEveryProblemOfAnAgeTable() {
        Map<BupCategory, Integer> ages = new EnumMap<>(BupPolicyTest.current().ages());
        ages.remove(BupCategory.PROFESSOR);
        ages.put(BupCategory.SKILLED, 45);
        assertEquals(List.of("SKILLED BUP age 45 is outside 50–75", "PROFESSOR has no BUP age"), BupRuleSet.problems(ages));
    }
}
