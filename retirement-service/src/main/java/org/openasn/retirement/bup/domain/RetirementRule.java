package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which rule set decides an employee's retirement: a policy change applies to whoever has not reached BUP when it
 * takes effect. Walking through the versions in time, the first one under which the employee reaches BUP before
 * the next version takes effect decides. With BUP 58 until 2030 and 60 from 1 January 2030, someone born on
 * 31 December 1971 reaches 58 on 31 December 2029, under the old rule, and retires on 1 January 2030; someone born
 * a day later is still serving when the new rule starts and retires at 60.
 */
public final class RetirementRule {

    /** The rule set applied, the BUP it gives, and the resulting dates. */
    public record Decision(BupRuleSet ruleSet, Bup bup, TmtPensiun tmtPensiun) {
    }

    private RetirementRule() {
    }

    public static Decision decide(List<BupRuleSet> versions, BupCategory category, LocalDate birthDate) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no BUP rule set is recorded");
        }
        List<BupRuleSet> inTimeOrder = versions.stream().sorted(Comparator.comparing(BupRuleSet::effectiveFrom)).toList();
        for (int i = 0; i < inTimeOrder.size(); i++) {
            BupRuleSet version = inTimeOrder.get(i);
            TmtPensiun tmt = TmtPensiun.of(birthDate, version.ageOf(category));
            boolean last = i == inTimeOrder.size() - 1;
            if (last || tmt.bupReachedOn().isBefore(inTimeOrder.get(i + 1).effectiveFrom())) {
                return new Decision(version, BupPolicy.of(version).bupFor(category), tmt);
            }
        }
        throw new IllegalStateException("unreachable: the last version always decides");
    }
}
