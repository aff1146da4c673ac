package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rule set decides an employee's retirement: a policy change applies to whoever has not reached BUP when it
 * takes effect. Walking through the versions in time, the first one under which the employee reaches BUP before
 * the next version takes effect decides. With BUP 58 until 2030 and 60 from 1 January 2030, someone born on
 * 31 December 1971 reaches 58 on 31 December 2029, under the old rule, and retires on 1 January 2030; someone born
 * a day later is still serving when the new rule starts and retires at 60.
 *
 * <p>A version that lowers an age retires nobody before it takes effect (decision 40): under any version but the earliest,
 * BUP counts as reached no earlier than the version's {@code effectiveFrom}. With BUP 60 until 2030 and 58 from 1 January
 * 2030, whoever was born in 1970 or 1971 is still serving at 58 when the new rule starts and is discharged at the end of
 * January 2030 (TMT pensiun 1 February 2030), not on a date in 2028 or 2029. A version that raises an age is never held
 * back by its date: whoever it decides for reaches even the previous version's (lower) age on or after that date, or
 * the previous version would have decided.
 *
 * <p>Because reaching BUP moves forward with the birth date, the walk comes down to a {@linkplain #decisionTable
 * decision table}: for each category, consecutive ranges of birth dates and the version (and age) deciding each.
 * {@link #decide} reads it for one employee; the set-based recomputation and the what-if simulation turn the same
 * table into SQL, so the rule lives here only.
 */
public final class RetirementRule {

    /** The rule set applied, the BUP it gives, and the resulting dates. */
    public record Decision(BupRuleSet ruleSet, Bup bup, TmtPensiun tmtPensiun) {
    }

    /**
     * Employees of {@code category} born in {@code [bornFrom, bornBefore)} retire under {@code ruleSet} at {@code age}.
     *
     * @param bornFrom         first birth date of the range; {@code null}: no lower bound
     * @param bornBefore       first birth date after the range; {@code null}: no upper bound
     * @param reachedNotBefore the day before which BUP does not count as reached ({@link TmtPensiun#of(LocalDate, int, LocalDate)}):
     *                         the version's {@code effectiveFrom}; {@code null} for the earliest version. It only ever defers
     *                         anyone where the version lowered the age.
     */
    public record Range(BupCategory category, LocalDate bornFrom, LocalDate bornBefore, BupRuleSet ruleSet, int age, LocalDate reachedNotBefore) {

        public boolean contains(LocalDate birthDate) {
            return (bornFrom == null || !birthDate.isBefore(bornFrom)) && (bornBefore == null || birthDate.isBefore(bornBefore));
        }
    }

    private RetirementRule() {
    }

    public static Decision decide(List<BupRuleSet> versions, BupCategory category, LocalDate birthDate) {
        Range range = decisionTable(versions).stream().filter(r -> r.category() == category && r.contains(birthDate)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unreachable: the ranges of a category cover every birth date"));
        return new Decision(range.ruleSet(), BupPolicy.of(range.ruleSet()).bupFor(category), TmtPensiun.of(birthDate, range.age(), range.reachedNotBefore()));
    }

    /**
     * For every category, the birth-date ranges and the version deciding each, in birth-date order; together the ranges
     * of a category cover every birth date without overlap. Version {@code i} (not the last) decides for whoever reaches
     * its BUP age before version {@code i + 1} takes effect and was not decided by an earlier version; BUP counts as
     * reached no earlier than version {@code i}'s effective date, except under the earliest version.
     */
    public static List<Range> decisionTable(List<BupRuleSet> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no BUP rule set is recorded");
        }
        List<BupRuleSet> inTimeOrder = versions.stream().sorted(Comparator.comparing(BupRuleSet::effectiveFrom)).toList();
        List<Range> table = new ArrayList<>();
        for (BupCategory category : BupCategory.values()) {
            LocalDate lower = null;
            for (int i = 0; i < inTimeOrder.size(); i++) {
                BupRuleSet version = inTimeOrder.get(i);
                int age = version.ageOf(category);
                boolean last = i == inTimeOrder.size() - 1;
                LocalDate upper = last ? null : firstBirthReachingOnOrAfter(inTimeOrder.get(i + 1).effectiveFrom(), age);
                if (upper == null || lower == null || upper.isAfter(lower)) {
                    table.add(new Range(category, lower, upper, version, age, i == 0 ? null : version.effectiveFrom()));
                    lower = upper;
                }
            }
        }
        return List.copyOf(table);
    }

    /** The earliest birth date whose {@code age}th birthday ({@link LocalDate#plusYears}) is on or after {@code date}. */
    static LocalDate firstBirthReachingOnOrAfter(LocalDate date, int age) {
        LocalDate birth = date.minusYears(age);
        while (birth.plusYears(age).isBefore(date)) {
            birth = birth.plusDays(1);
        }
        while (!birth.minusDays(1).plusYears(age).isBefore(date)) {
            birth = birth.minusDays(1);
        }
        return birth;
    }
}
