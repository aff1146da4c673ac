package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * One group of changes between counted and not counted: {@code addition} or not, the reason (for an addition the
     * cause; for a reduction the separation, or the cause when the employee stays employed), the values of the
     * dimensions grouped by, read from the period the change starts (for a reduction: the state the employee left in;
     * {@code ageGroup} is the age on that day), and how many.
     */
    public record Movement(boolean addition, String reason, Map<String, String> key, long count) {
    }

    public Flows month(String instansi, YearMonth month, Instant knownAt) {
        Map<String, Long> additions = new TreeMap<>();
        Map<String, Long> reductions = new TreeMap<>();
        for (Movement m : movements(instansi, month.atDay(1), month.atEndOfMonth(), knownAt, Set.of(), List.of())) {
            (m.addition() ? additions : reductions).merge(m.reason(), m.count(), Long::sum);
        }
        long opening = headcounts.count(instansi, List.of(), Map.of(), month.minusMonths(1).atEndOfMonth(), knownAt).grandTotal();
        long closing = headcounts.count(instansi, List.of(), Map.of(), month.atEndOfMonth(), knownAt).grandTotal();
        long added = additions.values().stream().mapToLong(Long::longValue).sum();
        long removed = reductions.values().stream().mapToLong(Long::longValue).sum();
        return new Flows(instansi, month, knownAt, opening, additions, reductions, closing, opening + added - removed == closing);
    }

    /**
     * The changes whose date falls in {@code [first, last]} of employees between counted (in service and of one of
     * {@code kinds}; any kind when empty) and not counted, grouped by reason and dimensions.
     */
    public List<Movement> movements(String instansi, LocalDate first, LocalDate last, Instant knownAt, Set<String> kinds,
                                    List<Dimension> groupBy) {
        String version = knownAt == null ? "e.superseded_at IS NULL"
                : "e.recorded_at <= :knownAt AND (e.superseded_at IS NULL OR e.superseded_at > :knownAt)";
        String counted = kinds.isEmpty() ? "e.in_service" : "(e.in_service AND e.kind IN (:kinds))";
        StringBuilder sql = new StringBuilder("SELECT p.counted, CASE WHEN p.counted THEN p.cause ELSE coalesce(p.separation, p.cause) END");
        for (Dimension d : groupBy) {
            sql.append(", ").append(d.expression());
        }
        sql.append(", count(*) FROM (SELECT e.*, date_part('year', age(e.valid_from, e.birth_date)) AS age, ").append(counted)
                .append(" AS counted, lag(").append(counted).append(") OVER (PARTITION BY e.employee_id ORDER BY e.valid_from) AS was_counted")
                .append(" FROM employee_period e WHERE e.instansi = :instansi AND ").append(version).append(") p")
                .append(" WHERE p.valid_from BETWEEN :first AND :last AND p.counted <> coalesce(p.was_counted, false) GROUP BY 1, 2");
        for (int g = 0; g < groupBy.size(); g++) {
            sql.append(", ").append(g + 3);
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("instansi", instansi).setParameter("first", first)
                .setParameter("last", last);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds);
        }
        List<Movement> movements = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int g = 0; g < groupBy.size(); g++) {
                key.put(groupBy.get(g).parameter(), row[g + 2] == null ? "(unknown)" : row[g + 2].toString());
            }
            movements.add(new Movement((Boolean) row[0], (String) row[1], key, ((Number) row[groupBy.size() + 2]).longValue()));
        }
        return movements;
    }
}
