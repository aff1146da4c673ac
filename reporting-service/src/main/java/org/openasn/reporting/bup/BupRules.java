package org.openasn.reporting.bup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.events.EventEnvelope;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.reference.retirement.TmtPensiun;

/**
 * The BUP rules retirement-service published, as the read model keeps them (table {@code bup_rules}, one row per
 * version, and {@code bup_rule_range}): what the BUP year of an employee period is computed from. A period's BUP year
 * is the year of the TMT pensiun its birth date and BUP category give under the rules (asn-reference
 * {@link TmtPensiun}), BUP counting as reached no earlier than the range's {@code reached_not_before} (the effective
 * date of a rule set that lowered the age: retirement-service's decision 40), so a policy change is one event here, not
 * one per employee; or, when a recorded BUP extension (the period's {@code bup_extended_until}) sets a later TMT
 * pensiun, that one's year. A period without a BUP category, or counted before any rules were published, has none.
 */
@ApplicationScoped
public class BupRules {

    /** The BUP year of period {@code p} joined with its range {@code r} ({@link #join}), as text such as {@code 2031}. */
    public static final String BUP_YEAR = "to_char(CASE WHEN r.age IS NOT NULL THEN greatest(p.bup_extended_until, "
            + TmtPensiun.sql("p.birth_date", "r.age", "r.reached_not_before") + ") END, 'YYYY')";

    @Inject
    EntityManager em;

    /**
     * The range of period {@code p} as {@code r}: a LEFT JOIN with the rules now in force, or, with {@code knownAt}, those
     * known at the moment bound to the parameter {@code :knownAt}.
     */
    public static String join(boolean knownAt) {
        String version = knownAt ? "recorded_at <= :knownAt AND (superseded_at IS NULL OR superseded_at > :knownAt)" : "superseded_at IS NULL";
        return " LEFT JOIN bup_rule_range r ON r.rules_id = (SELECT id FROM bup_rules WHERE " + version + ") "
                + "AND r.bup_category = p.bup_category AND p.birth_date >= coalesce(r.born_from, '-infinity'::date) "
                + "AND p.birth_date < coalesce(r.born_before, 'infinity'::date) ";
    }

    /**
     * Replaces the rules in force with the published ones, from the event's time on: rules with at least one range and
     * none overlapping ({@code EventConsistency.bupRules}), so that a period joins one range at most. Runs in the
     * consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope event, BupRulesPublished data) {
        em.createNativeQuery("UPDATE bup_rules SET superseded_at = :at WHERE superseded_at IS NULL")
                .setParameter("at", event.time()).executeUpdate();
        long id = ((Number) em.createNativeQuery("INSERT INTO bup_rules (event_id, recorded_at) VALUES (:event, :at) RETURNING id")
                .setParameter("event", event.id()).setParameter("at", event.time()).getSingleResult()).longValue();
        for (BupRulesPublished.Range range : data.ranges()) {
            em.createNativeQuery("INSERT INTO bup_rule_range (rules_id, bup_category, born_from, born_before, age, reached_not_before) "
                            + "VALUES (:rules, :category, CAST(:from AS date), CAST(:before AS date), :age, CAST(:notBefore AS date))")
                    .setParameter("rules", id).setParameter("category", range.bupCategory())
                    .setParameter("from", range.bornFrom()).setParameter("before", range.bornBefore())
                    .setParameter("age", range.age()).setParameter("notBefore", range.reachedNotBefore()).executeUpdate();
        }
    }
}
