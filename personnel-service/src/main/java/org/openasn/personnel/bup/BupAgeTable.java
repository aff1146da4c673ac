package org.openasn.personnel.bup;

import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.retirement.TmtPensiun;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The retirement ages in force: the decision table retirement-service last published, or, until it has published one,
 * the statutory ages of {@link BupCategory} (PP 11/2017 jo. PP 17/2020, the same as retirement-service's first rule set).
 * Pure; {@link BupAges} keeps the current one.
 */
public final class BupAgeTable {

    /** The table before any rules have been received. */
    public static final BupAgeTable STATUTORY = new BupAgeTable(new BupRulesPublished(List.of()));

    private static final String STATUTORY_BASIS = "PP 11/2017 jo. PP 17/2020 (statutory age; no rules from retirement-service yet)";

    private final BupRulesPublished rules;

    private BupAgeTable(BupRulesPublished rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The table of published rules. */
    public static BupAgeTable of(BupRulesPublished rules) {
        return new BupAgeTable(rules);
    }

    /**
     * The BUP of someone born on {@code birthDate} in a position of {@code category}: the published range that holds the
     * birth date, or the statutory age when the rules have none for it (none received yet). Under a rule set that lowered
     * the age, BUP counts as reached no earlier than the day the range names (its {@code reachedNotBefore}, the rule set's
     * effective date), as retirement-service computes it.
     */
    public Bup of(BupCategory category, LocalDate birthDate) {
        return rules.rangeFor(category.name(), birthDate)
                .map(r -> new Bup(category, r.age(), r.legalBasis(), TmtPensiun.of(birthDate, r.age(), r.reachedNotBefore())))
                .orElseGet(() -> new Bup(category, category.statutoryAge(), STATUTORY_BASIS, TmtPensiun.of(birthDate, category.statutoryAge())));
    }

    /**
     * The regular TMT pensiun at {@code age} of someone born on {@code birthDate} in a position of {@code category}: as
     * {@link #of} gives it when the published range names that age (with its {@code reachedNotBefore}); otherwise, as
     * under the first rule set.
     */
    public TmtPensiun tmtPensiunAt(BupCategory category, LocalDate birthDate, int age) {
        return rules.rangeFor(category.name(), birthDate).filter(r -> r.age() == age)
                .map(r -> TmtPensiun.of(birthDate, age, r.reachedNotBefore()))
                .orElseGet(() -> TmtPensiun.of(birthDate, age));
    }

    /**
     * One person's BUP.
     *
     * @param legalBasis the regulation the age rests on, as the rule set names it
     * @param tmtPensiun the regular TMT pensiun at that age (before any extension)
     */
    public record Bup(BupCategory category, int age, String legalBasis, TmtPensiun tmtPensiun) {

        /**
         * How a message names it: "BUP 58, Pejabat administrasi (administrator, pengawas, pelaksana/JFU), PP 11/2017"; when
         * the rule's effective date deferred it, "..., counted as reached on 2030-01-01, when the rule took effect".
         */
        public String describe() {
            return "BUP " + age + ", " + category.term() + ", " + legalBasis
                    + (tmtPensiun.deferred() ? ", counted as reached on " + tmtPensiun.bupReachedOn() + ", when the rule took effect" : "");
        }
    }
}
