package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts employees in service on a date (as known at a moment) by any dimensions, with totals. Each employee is
 * counted once: only one of their periods covers a date in one version of their record.
 */
@ApplicationScoped
public class HeadcountQuery {

    @Inject
    EntityManager em;

    /** One cell: the dimension values and the count. */
    public record Cell(Map<String, String> key, long count) {
    }

    /** The answer: cells, the total of each value of each dimension (the margins) and the grand total. */
    public record Headcount(String instansi, LocalDate asOf, Instant knownAt, List<String> groupBy, Map<String, String> filters,
                            List<Cell> cells, Map<String, Map<String, Long>> totals, long grandTotal) {
    }

    /** Changes whenever an event changes the read model: the newest period row (every change inserts one). */
    public long version() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM employee_period").getSingleResult()).longValue();
    }

    public Headcount count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf, Instant knownAt) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Dimension d : groupBy) {
            sql.append(d.expression()).append(" AS ").append(d.name()).append(", ");
        }
        sql.append("count(*) FROM (SELECT *, date_part('year', age(CAST(:asOf AS date), birth_date)) AS age FROM employee_period) p ")
                .append("WHERE p.instansi = :instansi AND p.in_service AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf) ");
        sql.append(knownAt == null ? "AND p.superseded_at IS NULL "
                : "AND p.recorded_at <= :knownAt AND (p.superseded_at IS NULL OR p.superseded_at > :knownAt) ");
        int i = 0;
        for (Dimension d : filters.keySet()) {
            sql.append("AND ").append(d.expression()).append(" = :f").append(i++).append(' ');
        }
        if (!groupBy.isEmpty()) {
            sql.append("GROUP BY ");
            for (int g = 0; g < groupBy.size(); g++) {
                sql.append(g == 0 ? "" : ", ").append(g + 1);
            }
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("instansi", instansi).setParameter("asOf", asOf);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        i = 0;
        for (String value : filters.values()) {
            query.setParameter("f" + i++, value);
        }
        List<Cell> cells = new ArrayList<>();
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        groupBy.forEach(d -> totals.put(d.parameter(), new TreeMap<>()));
        long grand = 0;
        for (Object result : query.getResultList()) {
            Object[] row = groupBy.isEmpty() ? new Object[]{result} : (Object[]) result;
            long count = ((Number) row[groupBy.size()]).longValue();
            Map<String, String> key = new LinkedHashMap<>();
            for (int g = 0; g < groupBy.size(); g++) {
                String value = row[g] == null ? "(unknown)" : row[g].toString();
                key.put(groupBy.get(g).parameter(), value);
                totals.get(groupBy.get(g).parameter()).merge(value, count, Long::sum);
            }
            cells.add(new Cell(key, count));
            grand += count;
        }
        Map<String, String> filterView = new LinkedHashMap<>();
        filters.forEach((d, v) -> filterView.put(d.parameter(), v));
        return new Headcount(instansi, asOf, knownAt, groupBy.stream().map(Dimension::parameter).toList(), filterView, cells, totals, grand);
    }
}
