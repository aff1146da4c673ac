package org.openasn.reporting.headcount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.openasn.reporting.bup.BupRules;
import org.openasn.reporting.config.ReportingConfig;
import org.openasn.reporting.readmodel.ReadModelVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts employees in service on a date (as known at a moment) by any dimensions, with totals. Each employee is
 * counted once: only one of their periods covers a date in one version of their record.
 */
@ApplicationScoped
public class HeadcountQuery {

    /** The value of a dimension that the record does not give (a period without a unit, an unknown education level ...). */
    public static final String UNKNOWN = "(unknown)";

    @Inject
    EntityManager em;
    @Inject
    ReadModelVersion readModelVersion;
    @Inject
    CurrentPeriodIndex index;
    @Inject
    ReportingConfig config;

    /** One cell: the dimension values and the count. */
    public record Cell(Map<String, String> key, long count) {
    }

    /** The answer: cells, the total of each value of each dimension (the margins) and the grand total. */
    public record Headcount(String instansi, LocalDate asOf, Instant knownAt, List<String> groupBy, Map<String, String> filters,
                            List<Cell> cells, Map<String, Map<String, Long>> totals, long grandTotal) {
    }

    /** Changes whenever an event changes the read model (employee periods or units). */
    public long version() {
        return readModelVersion.current();
    }

    /** Without roll-up, in seed 000's age bands (those of the published profile). */
    public Headcount count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf, Instant knownAt) {
        return count(instansi, groupBy, filters, asOf, knownAt, false, AgeBands.SEED_000);
    }

    /**
     * @param instansi     the agency, or {@code null} for every agency (a national headcount)
     * @param rollUpUnits  {@code false}: the unit dimension is the employee's own unit. {@code true}: a unit filter
     *                     counts the unit and all its sub-units, and grouping by unit counts each employee under the unit
     *                     one level below the filtered unit (or under the filtered unit itself when they work directly in
     *                     it), or under the top-level unit when there is no unit filter. The filter value must then be a
     *                     unit id (UUID).
     * @param ageBands     the bands of the age group dimension
     */
    public Headcount count(String instansi, List<Dimension> groupBy, Map<Dimension, String> filters, LocalDate asOf, Instant knownAt,
                           boolean rollUpUnits, AgeBands ageBands) {
        if (knownAt == null && !rollUpUnits && config.headcountIndex().enabled()) {
            Optional<Headcount> fromIndex = index.count(instansi, groupBy, filters, asOf, ageBands);
            if (fromIndex.isPresent()) {
                return fromIndex.get();
            }
        }
        String unitFilter = rollUpUnits ? filters.get(Dimension.UNIT) : null;
        boolean treeNeeded = rollUpUnits && (unitFilter != null || groupBy.contains(Dimension.UNIT));
        StringBuilder sql = new StringBuilder();
        if (treeNeeded) {
            // each unit with the unit it rolls up to ("top"): under the filtered unit, its children (the unit itself stands for
            // itself); otherwise the top-level units (those without a known parent). A cycle of parents in bad data can only be
            // entered through the filtered unit, which the walk leaves out: it ends, and counts no one twice (UnitCycleTest);
            // without a filter, the units on a cycle (and below one) are under no top-level unit.
            String roll = unitFilter == null ? "" : " AND u.id <> :rollUnit";
            String tops = unitFilter != null
                    ? "SELECT id, id FROM org_unit WHERE parent_id = :rollUnit AND id <> :rollUnit"
                    : "SELECT id, id FROM org_unit u WHERE " + (instansi == null ? "" : "instansi = :instansi AND ")
                    + "(parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM org_unit x WHERE x.id = u.parent_id))";
            sql.append("WITH RECURSIVE sub(id, top) AS (").append(tops)
                    .append(" UNION SELECT u.id, s.top FROM org_unit u JOIN sub s ON u.parent_id = s.id").append(roll).append("), ")
                    .append("tree AS (SELECT id, top FROM sub")
                    .append(unitFilter == null ? "" : " UNION ALL SELECT CAST(:rollUnit AS uuid), CAST(:rollUnit AS uuid)").append(") ");
        }
        sql.append("SELECT ");
        for (Dimension d : groupBy) {
            String expression = d == Dimension.UNIT && rollUpUnits ? "CAST(t.top AS varchar)" : expression(d, ageBands);
            sql.append(expression).append(" AS ").append(d.name()).append(", ");
        }
        sql.append("count(*) FROM (SELECT *, date_part('year', age(CAST(:asOf AS date), birth_date)) AS age FROM employee_period) p ");
        if (groupBy.stream().anyMatch(Dimension::readsBupRules) || filters.keySet().stream().anyMatch(Dimension::readsBupRules)) {
            sql.append(BupRules.join(knownAt != null));
        }
        if (treeNeeded) {
            sql.append(unitFilter != null ? "JOIN" : "LEFT JOIN").append(" tree t ON t.id = p.unit_id ");
        }
        sql.append("WHERE p.in_service AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf) ");
        if (instansi != null) {
            sql.append("AND p.instansi = :instansi ");
        }
        sql.append(knownAt == null ? "AND p.superseded_at IS NULL "
                : "AND p.recorded_at <= :knownAt AND (p.superseded_at IS NULL OR p.superseded_at > :knownAt) ");
        int i = 0;
        for (Dimension d : filters.keySet()) {
            if (d == Dimension.UNIT && rollUpUnits) {
                i++; // the join on the filtered unit's tree is the filter
                continue;
            }
            sql.append("AND ").append(expression(d, ageBands)).append(" = :f").append(i++).append(' ');
        }
        if (!groupBy.isEmpty()) {
            sql.append("GROUP BY ");
            for (int g = 0; g < groupBy.size(); g++) {
                sql.append(g == 0 ? "" : ", ").append(g + 1);
            }
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("asOf", asOf);
        if (instansi != null) {
            query.setParameter("instansi", instansi);
        }
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        if (unitFilter != null) {
            query.setParameter("rollUnit", UUID.fromString(unitFilter));
        }
        i = 0;
        for (Map.Entry<Dimension, String> filter : filters.entrySet()) {
            if (filter.getKey() == Dimension.UNIT && rollUpUnits) {
                i++;
                continue;
            }
            query.setParameter("f" + i++, filter.getValue());
        }
        List<Cell> cells = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = groupBy.isEmpty() ? new Object[]{result} : (Object[]) result;
            Map<String, String> key = new LinkedHashMap<>();
            for (int g = 0; g < groupBy.size(); g++) {
                key.put(groupBy.get(g).parameter(), row[g] == null ? UNKNOWN : row[g].toString());
            }
            cells.add(new Cell(key, ((Number) row[groupBy.size()]).longValue()));
        }
        return assemble(instansi, asOf, knownAt, groupBy, filters, cells, ageBands);
    }

    private static String expression(Dimension dimension, AgeBands ageBands) {
        return dimension == Dimension.AGE_GROUP ? ageBands.sql("p.age") : dimension.expression();
    }

    /**
     * The answer from its cells: cells in the order of their keys, the total of each value of each dimension, the grand
     * total. Values are in text order, but age groups youngest first.
     */
    static Headcount assemble(String instansi, LocalDate asOf, Instant knownAt, List<Dimension> groupBy, Map<Dimension, String> filters,
                              List<Cell> unordered, AgeBands ageBands) {
        List<Comparator<String>> orders = groupBy.stream().map(d -> d == Dimension.AGE_GROUP
                ? Comparator.comparingInt(ageBands::bandNamed) : Comparator.<String>naturalOrder()).toList();
        List<Cell> cells = new ArrayList<>(unordered);
        cells.sort((a, b) -> {
            for (int g = 0; g < groupBy.size(); g++) {
                String parameter = groupBy.get(g).parameter();
                int order = orders.get(g).compare(a.key().get(parameter), b.key().get(parameter));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        });
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        for (int g = 0; g < groupBy.size(); g++) {
            totals.put(groupBy.get(g).parameter(), new TreeMap<>(orders.get(g)));
        }
        long grand = 0;
        for (Cell cell : cells) {
            cell.key().forEach((dimension, value) -> totals.get(dimension).merge(value, cell.count(), Long::sum));
            grand += cell.count();
        }
        Map<String, String> filterView = new LinkedHashMap<>();
        filters.forEach((d, v) -> filterView.put(d.parameter(), v));
        return new Headcount(instansi, asOf, knownAt, groupBy.stream().map(Dimension::parameter).toList(), filterView, cells, totals, grand);
    }
}
