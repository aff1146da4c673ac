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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A month's additions and reductions (seed 000's Table 3.1), overall or per cell of any dimensions: every change of an
 * employee's cell (counted in service with these dimension values, or not counted) on a day of the month, by its reason.
 * A change is read where one period ends and the next starts, so a promotion moves one employee from one golongan's
 * cell to another's, and a period of the agency after which the agency has none (the employee moved to another agency of
 * the platform) is a reduction by transfer out. Stock and flow agree for every cell: the
 * count at the month's end is the count at the previous month's end plus additions minus reductions.
 */
@ApplicationScoped
public class FlowQuery {

    /**
     * The reduction reason of a move to another agency of the platform (pindah keluar). The old agency's last period ends
     * where the new agency's starts with a transfer in, usually on the same TMT, so the old agency sees its period end with
     * no period of its own after it, and no separation of its own either.
     */
    public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
    private static final String TRANSFERRED_IN = "transferred-in";

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

    /** One cell's month: additions and reductions by reason, including moves from and to other cells (e.g. promoted). */
    public record CellFlows(Map<String, String> key, long opening, Map<String, Long> additions, Map<String, Long> reductions, long closing,
                            boolean reconciles) {
    }

    public record FlowsByCell(String instansi, YearMonth month, Instant knownAt, List<String> groupBy, Map<String, String> filters,
                              List<CellFlows> cells, boolean reconciles) {
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
        FlowsByCell all = month(instansi, month, knownAt, List.of(), Map.of());
        CellFlows total = all.cells().isEmpty() ? new CellFlows(Map.of(), 0, Map.of(), Map.of(), 0, true) : all.cells().get(0);
        return new Flows(instansi, month, knownAt, total.opening(), total.additions(), total.reductions(), total.closing(), total.reconciles());
    }

    /**
     * @param groupBy any dimensions that {@linkplain Dimension#hasFlows() have flows}
     * @param filters the population counted, as in a headcount, on dimensions that have flows
     */
    public FlowsByCell month(String instansi, YearMonth month, Instant knownAt, List<Dimension> groupBy, Map<Dimension, String> filters) {
        if (!groupBy.stream().allMatch(Dimension::hasFlows) || !filters.keySet().stream().allMatch(Dimension::hasFlows)) {
            throw new IllegalArgumentException("flows by a dimension without flows: " + groupBy + " " + filters.keySet());
        }
        StringBuilder counted = new StringBuilder("p.in_service");
        int f = 0;
        for (Dimension d : filters.keySet()) {
            counted.append(" AND coalesce(").append(d.expression()).append(" = :f").append(f++).append(", false)");
        }
        StringBuilder cell = new StringBuilder();
        for (int g = 0; g < groupBy.size(); g++) {
            cell.append(", ").append(groupBy.get(g).expression()).append(" AS d").append(g);
        }
        StringBuilder startCells = new StringBuilder();
        StringBuilder endCells = new StringBuilder();
        for (int g = 0; g < groupBy.size(); g++) {
            startCells.append(", s.d").append(g);
            endCells.append(", e.d").append(g);
        }
        String version = knownAt == null ? "p.superseded_at IS NULL"
                : "p.recorded_at <= :knownAt AND (p.superseded_at IS NULL OR p.superseded_at > :knownAt)";
        String agency = instansi == null ? "" : "p.instansi = :instansi AND ";
        Query query = em.createNativeQuery("""
                        WITH v AS (
                            SELECT p.employee_id, p.valid_from, p.valid_to, p.cause, p.separation, %s AS counted %s
                            FROM employee_period p WHERE %s %s AND (p.valid_from BETWEEN :first AND :last OR p.valid_to BETWEEN :first AND :last)),
                        s AS (SELECT * FROM v WHERE valid_from BETWEEN :first AND :last),
                        e AS (SELECT * FROM v WHERE valid_to BETWEEN :first AND :last)
                        SELECT coalesce(e.counted, false), coalesce(s.counted, false), s.cause, s.separation, count(*) %s %s
                        FROM s FULL JOIN e ON s.employee_id = e.employee_id AND s.valid_from = e.valid_to
                        WHERE coalesce(e.counted, false) OR coalesce(s.counted, false)
                        GROUP BY 1, 2, 3, 4 %s %s""".formatted(counted, cell, agency, version, endCells, startCells, endCells, startCells))
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth());
        if (instansi != null) {
            query.setParameter("instansi", instansi);
        }
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        f = 0;
        for (String value : filters.values()) {
            query.setParameter("f" + f++, value);
        }
        Map<List<String>, Map<String, Long>> additions = new LinkedHashMap<>();
        Map<List<String>, Map<String, Long>> reductions = new LinkedHashMap<>();
        int n = groupBy.size();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            List<String> before = (Boolean) row[0] ? key(row, 5, n) : null;
            List<String> after = (Boolean) row[1] ? key(row, 5 + n, n) : null;
            if (Objects.equals(before, after)) {
                continue; // still counted in the same cell (a salary step, a change of a dimension not asked for)
            }
            long count = ((Number) row[4]).longValue();
            String cause = (String) row[2];
            String separation = (String) row[3];
            if (before != null) {
                String reason = cause == null || TRANSFERRED_IN.equals(cause) ? TRANSFERRED_OUT
                        : after == null && separation != null ? separation : cause;
                reductions.computeIfAbsent(before, k -> new TreeMap<>()).merge(reason, count, Long::sum);
            }
            if (after != null) {
                additions.computeIfAbsent(after, k -> new TreeMap<>()).merge(cause, count, Long::sum);
            }
        }
        Map<List<String>, Long> opening = stock(headcounts.count(instansi, groupBy, filters, month.minusMonths(1).atEndOfMonth(), knownAt), groupBy);
        Map<List<String>, Long> closing = stock(headcounts.count(instansi, groupBy, filters, month.atEndOfMonth(), knownAt), groupBy);
        List<List<String>> keys = new ArrayList<>();
        for (Map<List<String>, ?> source : List.of(opening, closing, additions, reductions)) {
            source.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        if (keys.isEmpty() && n == 0) {
            keys.add(List.of());
        }
        List<CellFlows> cells = new ArrayList<>();
        boolean all = true;
        for (List<String> key : keys) {
            Map<String, Long> added = additions.getOrDefault(key, Map.of());
            Map<String, Long> removed = reductions.getOrDefault(key, Map.of());
            long open = opening.getOrDefault(key, 0L);
            long close = closing.getOrDefault(key, 0L);
            boolean reconciles = open + sum(added) - sum(removed) == close;
            all &= reconciles;
            Map<String, String> named = new LinkedHashMap<>();
            for (int g = 0; g < n; g++) {
                named.put(groupBy.get(g).parameter(), key.get(g));
            }
            cells.add(new CellFlows(named, open, added, removed, close, reconciles));
        }
        Map<String, String> filterView = new LinkedHashMap<>();
        filters.forEach((d, v) -> filterView.put(d.parameter(), v));
        return new FlowsByCell(instansi, month, knownAt, groupBy.stream().map(Dimension::parameter).toList(), filterView, cells, all);
    }

    private static List<String> key(Object[] row, int from, int n) {
        List<String> key = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            key.add(row[from + g] == null ? HeadcountQuery.UNKNOWN : row[from + g].toString());
        }
        return key;
    }

    private static Map<List<String>, Long> stock(HeadcountQuery.Headcount headcount, List<Dimension> groupBy) {
        Map<List<String>, Long> stock = new LinkedHashMap<>();
        for (HeadcountQuery.Cell cell : headcount.cells()) {
            stock.put(groupBy.stream().map(d -> cell.key().get(d.parameter())).toList(), cell.count());
        }
        return stock;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The changes whose date falls in {@code [first, last]} of employees between counted (in service and of one of
     * {@code kinds}; any kind when empty) and not counted, grouped by reason and dimensions, and with {@code byMonth} by
     * the month of the change too (key {@code month}, 1–12): a year's months in one reading of the agency's periods.
     */
    public List<Movement> movements(String instansi, LocalDate first, LocalDate last, Instant knownAt, Set<String> kinds,
                                    List<Dimension> groupBy, boolean byMonth) {
        String version = knownAt == null ? "e.superseded_at IS NULL"
                : "e.recorded_at <= :knownAt AND (e.superseded_at IS NULL OR e.superseded_at > :knownAt)";
        String counted = kinds.isEmpty() ? "e.in_service" : "(e.in_service AND e.kind IN (:kinds))";
        // q: the agency's periods, each with whether the agency's period just before it (ending where it starts) counted,
        // and where the agency's next period starts. A change is a period starting to count or to stop counting, or a
        // counted period after which the agency has none: the employee moved to another agency.
        StringBuilder sql = new StringBuilder("""
                WITH q AS (
                    SELECT e.*, date_part('year', age(e.valid_from, e.birth_date)) AS age, %1$s AS counted,
                           CASE WHEN lag(e.valid_to) OVER w = e.valid_from THEN lag(%1$s) OVER w ELSE false END AS was_counted,
                           lead(e.valid_from) OVER w AS next_from
                    FROM employee_period e WHERE e.instansi = :instansi AND %2$s
                    WINDOW w AS (PARTITION BY e.employee_id ORDER BY e.valid_from))
                SELECT p.addition, p.reason""".formatted(counted, version));
        int firstDimension = 2;
        if (byMonth) {
            sql.append(", CAST(date_part('month', p.changed_on) AS integer)");
            firstDimension = 3;
        }
        for (Dimension d : groupBy) {
            sql.append(", ").append(d.expression());
        }
        sql.append("""
                , count(*) FROM (
                    SELECT q.*, q.counted AS addition, CASE WHEN q.counted THEN q.cause ELSE coalesce(q.separation, q.cause) END AS reason,
                           q.valid_from AS changed_on
                    FROM q WHERE q.valid_from BETWEEN :first AND :last AND q.counted <> q.was_counted
                    UNION ALL
                    SELECT q.*, false, '%s', q.valid_to FROM q
                    WHERE q.counted AND q.valid_to BETWEEN :first AND :last AND q.next_from IS DISTINCT FROM q.valid_to) p
                GROUP BY 1, 2""".formatted(TRANSFERRED_OUT));
        for (int column = 3; column <= firstDimension + groupBy.size(); column++) { // the month, when asked for, and the dimensions
            sql.append(", ").append(column);
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
                key.put(groupBy.get(g).parameter(), row[firstDimension + g] == null ? "(unknown)" : row[firstDimension + g].toString());
            }
            if (byMonth) {
                key.put("month", row[2].toString());
            }
            movements.add(new Movement((Boolean) row[0], (String) row[1], key, ((Number) row[firstDimension + groupBy.size()]).longValue()));
        }
        return movements;
    }
}
