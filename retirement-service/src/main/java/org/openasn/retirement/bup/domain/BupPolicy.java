package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The BUP rule of one rule set version: which age applies to a position category, and from it the TMT pensiun
 * of an employee born on a given date.
 */
public final class BupPolicy {

    private final BupRuleSet rules;

    private BupPolicy(BupRuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The policy of one rule set version. */
    public static BupPolicy of(BupRuleSet rules) {
        return new BupPolicy(rules);
    }

    /** The BUP age of {@code category} and the legal basis it rests on. */
    public Bup bupFor(BupCategory category) {
        return new Bup(category, rules.ageOf(category), rules.legalBasis(), rules.id(), rules.effectiveFrom());
    }

    /** The TMT pensiun of an employee in {@code category} born on {@code birthDate}. */
    public TmtPensiun tmtPensiun(BupCategory category, LocalDate birthDate) {
        return TmtPensiun.of(birthDate, rules.ageOf(category));
    }
}
