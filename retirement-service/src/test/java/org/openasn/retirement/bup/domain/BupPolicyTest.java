package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BupPolicyTest {

    static final String LEGAL_BASIS = "PP 11/2017 jo. PP 17/2020; UU 20/2023; UU 14/2005 (guru, dosen)";
    static final UUID VERSION = UUID.fromString("0b0b0b0b-0000-4000-8000-201704050001");

    /** The rule set seeded by V1__bup_rules.sql, as REFERENCE.md tabulates it. */
    static BupRuleSet current() {
        return new BupRuleSet(VERSION, LocalDate.of(2017, 4, 5), LEGAL_BASIS, Map.ofEntries(
                Map.entry(BupCategory.ADMINISTRATION, 58),
                Map.entry(BupCategory.EXPERT_FIRST, 58),
                Map.entry(BupCategory.EXPERT_JUNIOR, 58),
                Map.entry(BupCategory.SKILLED, 58),
                Map.entry(BupCategory.SENIOR_LEADERSHIP, 60),
                Map.entry(BupCategory.EXPERT_MIDDLE, 60),
                Map.entry(BupCategory.TEACHER, 60),
                Map.entry(BupCategory.EXPERT_MAIN, 65),
                Map.entry(BupCategory.LECTURER, 65),
                Map.entry(BupCategory.RESEARCHER_ENGINEER_MAIN, 70),
                Map.entry(BupCategory.PROFESSOR, 70)));
    }

    @ParameterizedTest(name = "{0} → BUP {1}")
    @CsvSource(textBlock = """
            ADMINISTRATION,           58
            EXPERT_FIRST,             58
            EXPERT_JUNIOR,            58
            SKILLED,                  58
            SENIOR_LEADERSHIP,        60
            EXPERT_MIDDLE,            60
            TEACHER,                  60
            EXPERT_MAIN,              65
            LECTURER,                 65
            RESEARCHER_ENGINEER_MAIN, 70
            PROFESSOR,                70
            """)
    void shouldGiveEachBupCategoryItsBupAgeAndLegalBasis(BupCategory category, int age) {
        Bup bup = BupPolicy.of(current()).bupFor(category);
        assertEquals(new Bup(category, age, LEGAL_BASIS, VERSION, LocalDate.of(2017, 4, 5)), bup);
    }

    @ParameterizedTest(name = "{3}: born {1} → TMT pensiun {2}")
    @CsvSource(textBlock = """
            ADMINISTRATION,           1967-05-15, 2025-06-01, 'pelaksana, BUP 58'
            TEACHER,                  1967-05-15, 2027-06-01, 'guru, BUP 60'
            EXPERT_MIDDLE,            1966-08-01, 2026-09-01, 'ahli madya, BUP 60'
            EXPERT_MAIN,              1961-11-30, 2026-12-01, 'ahli utama, BUP 65'
            SENIOR_LEADERSHIP,        1965-12-10, 2026-01-01, 'JPT, BUP 60, December birthday'
            LECTURER,                 1960-02-29, 2025-03-01, 'dosen, BUP 65, born 29 February'
            PROFESSOR,                1956-03-31, 2026-04-01, 'guru besar, BUP 70'
            RESEARCHER_ENGINEER_MAIN, 1956-07-04, 2026-08-01, 'peneliti ahli utama, BUP 70'
            SKILLED,                  1968-01-01, 2026-02-01, 'keterampilan, BUP 58, born on the 1st'
            """)
    void shouldComputeTmtPensiunFromThePositionsBup(BupCategory category, LocalDate birthDate, LocalDate tmt, String description) {
        assertEquals(tmt, BupPolicy.of(current()).tmtPensiun(category, birthDate).date());
    }

    @Test
    void shouldApplyTheAgesOfTheRuleSetItWasGiven() {
        Map<BupCategory, Integer> ages = new EnumMap<>(current().ages());
        ages.put(BupCategory.ADMINISTRATION, 60);
        BupRuleSet changed = new BupRuleSet(UUID.randomUUID(), LocalDate.of(2030, 1, 1), "PP 99/2029 (hypothetical)", ages);
        Bup bup = BupPolicy.of(changed).bupFor(BupCategory.ADMINISTRATION);
        assertEquals(60, bup.age());
        assertEquals("PP 99/2029 (hypothetical)", bup.legalBasis());
        assertEquals(LocalDate.of(2027, 6, 1), BupPolicy.of(changed).tmtPensiun(BupCategory.ADMINISTRATION, LocalDate.of(1967, 5, 15)).date());
    }
}
