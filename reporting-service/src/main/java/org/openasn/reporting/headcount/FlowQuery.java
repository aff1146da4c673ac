package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month's additions and reductions (seed 000's Table 3.1): every change of an employee between counted (in
 * service) and not counted whose date falls in the month, by its reason. Stock and flow agree by construction:
 * the count at the month's end is the count at the previous month's end plus additions minus reductions.
 */
@ApplicationScoped
public class FlowQuery {

    @Inject
    EntityManager em;
    @Inject
    HeadcountQuery headcounts;

    /**
     * @param additions  by cause: cpns-appointed (new CPNS), pppk-appointed, transferred-in, employee-registered (import),
     *                   data-corrected, status-changed (back from leave) ...
     * @param reductions by separation: RETIRED_BUP, RETIRED_APS, RESIGNED, DIED, TRANSFERRED_OUT, DISMISSED, CONTRACT_ENDED;
     *                   or by cause when the employee stays employed but stops counting (status-changed: unpaid leave ...)
     */
    public record Flows(String instansi, YearMonth month, Instant knownAt, long opening, Map<String, Long> additions,
                        Map<String, Long> reductions, long closing, boolean reconciles) {
    }

    public Flows month(String instansi, YearMonth month, Instant knownAt) {
        String version = knownAt == null ? "superseded_at IS NULL"
                : "recorded_at <= :knownAt AND (superseded_at IS NULL OR superseded_at > :knownAt)";
        Query query = em.createNativeQuery("""
                        WITH p AS (
                            SELECT employee_id, valid_from, in_service, separation, cause,
                                   lag(in_service) OVER (PARTITION BY employee_id ORDER BY valid_from) AS was_in_service
                            FROM employee_period WHERE instansi = :instansi AND %s)
                        SELECT in_service, CASE WHEN in_service THEN cause ELSE coalesce(separation, cause) END, count(*)
                        FROM p
                        WHERE valid_from BETWEEN :first AND :last AND in_service <> coalesce(was_in_service, false)
                        GROUP BY 1, 2""".formatted(version))
                .setParameter("instansi", instansi).setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth());
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        Map<String, Long> additions = new TreeMap<>();
        Map<String, Long> reductions = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            ((Boolean) row[0] ? additions : reductions).put((String) row[1], ((Number) row[2]).longValue());
        }
        long opening = headcounts.count(instansi, List.of(), Map.of(), month.minusMonths(1).atEndOfMonth(), knownAt).grandTotal();
        long closing = headcounts.count(instansi, List.of(), Map.of(), month.atEndOfMonth(), knownAt).grandTotal();
        long added = additions.values().stream().mapToLong(Long::longValue).sum();
        long removed = reductions.values().stream().mapToLong(Long::longValue).sum();
        return new Flows(instansi, month, knownAt, opening, additions, reductions, closing, opening + added - removed == closing);
    }
}
