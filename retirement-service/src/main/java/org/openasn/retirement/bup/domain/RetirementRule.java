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
     * @param bornFrom   first birth date of the range; {@code null}: no lower bound
     * @param bornBefore first birth date after the range; {@code null}: no upper bound
     */
    public record Range(BupCategory category, LocalDate bornFrom, LocalDate bornBefore, BupRuleSet ruleSet, int age) {

        public boolean contains(LocalDate birthDate) {
            return (bornFrom == null || !birthDate.isBefore(bornFrom)) && (bornBefore == null || birthDate.isBefore(bornBefore));
        }
    }

    private RetirementRule() {
    }

    public static Decision decide(List<BupRuleSet> versions, BupCategory category, LocalDate birthDate) {
        Range range = decisionTable(versions).stream().filter(r -> r.category() == category && r.contains(birthDate)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unreachable: the ranges of a category cover every birth date"));
        return new Decision(range.ruleSet(), BupPolicy.of(range.ruleSet()).bupFor(category), TmtPensiun.of(birthDate, range.age()));
    }

    /**
     * For every category, the birth-date ranges and the version deciding each, in birth-date order; together the ranges
     * of a category cover every birth date without overlap. Version {@code i} (not the last) decides for whoever reaches
     * its BUP age before version {@code i + 1} takes effect and was not decided by an earlier version.
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
                    table.add(new Range(category, lower, upper, version, age));
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
