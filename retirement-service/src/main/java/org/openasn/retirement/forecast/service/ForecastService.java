package org.openasn.retirement.forecast.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;
import org.openasn.retirement.projection.DecisionTableSql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retirements per month from the projections, under the rule versions recorded or under a simulated set of versions: in both
 * cases each employee's TMT pensiun is computed in the query from the decision table of the versions (nothing is written).
 */
@ApplicationScoped
public class ForecastService {

    /** Whether a recorded BUP extension later than the TMT pensiun the rules give decides it. */
    private static final String EXTENDED = "p.bup_extended_until > " + DecisionTableSql.TMT_PENSIUN;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Retirements with TMT pensiun in one month: by golongan (I–IV, or the PPPK golongan), jenis jabatan, both, and unit;
     * {@code afterBupExtension} of them at the end of a recorded BUP extension rather than at the BUP the rules give.
     */
    public record Month(YearMonth month, long total, long afterBupExtension, Map<String, Long> byGolongan, Map<String, Long> byJenisJabatan,
                        Map<String, Long> byGolonganAndJenisJabatan, Map<String, Long> byUnit, List<String> eselonPostsFallingVacant) {
    }

    /**
     * The retirements of {@code months} months from {@code from}, as of {@code asOf}; {@code withoutBupCategory} employees
     * (with the same filters) are in none of them.
     */
    public record Forecast(String instansi, YearMonth from, int months, LocalDate asOf, long total,
                           @Schema(description = "Employees in service (with the same filters) whose position tells no BUP category: none "
                                   + "recorded, or a fungsional tertentu whose jenjang is unknown. They retire in no month of this forecast "
                                   + "until their position is recorded; personnel-service's data-quality check bup-category-unknown lists them.")
                           long withoutBupCategory,
                           List<Month> monthly) {
    }

    /** The forecast under the rule versions recorded (the TMT pensiun stored for each employee). */
    @Transactional
    public Forecast forecast(ForecastQuery query) {
        return forecastUnder(query, BupRuleVersion.ruleSets());
    }

    /**
     * The forecast if {@code versions} were the rule versions. Each employee's TMT pensiun is computed in the query from
     * the decision table of the versions (for the recorded versions it is the TMT stored by the recomputation; the
     * benchmark and GeneratedDatasetForecastTest check both agree). The employees retiring in the window are found by birth date:
     * within a range of the decision table the TMT pensiun is the first of the month after birth date + age, so the
     * window [first, end) of TMT pensiun is the window [first - 1 month - age, end - 1 month - age) of birth dates, read
     * from the covering index {@code retirement_projection_birth} (V6, V8) without visiting the table; where a lowered age
     * defers BUP to the rule's effective date (decision 40), that window only loses its lower or upper bound
     * ({@link DecisionTableSql#BORN_FOR_TMT_WINDOW}). An employee with a recorded BUP extension later than that TMT
     * pensiun retires at the extension's TMT pensiun instead: they are left out of the birth-date window and found by the
     * extension's date ({@code retirement_projection_bup_extension}, V8).
     */
    @Transactional
    public Forecast forecastUnder(ForecastQuery query, List<BupRuleSet> versions) {
        return compute(query, RetirementRule.decisionTable(versions));
    }

    private Forecast compute(ForecastQuery q, List<RetirementRule.Range> decisionTable) {
        // the TMT window w bound once; then two branches, each with the parameters (instansi, asOf, filters...): by the BUP,
        // by an extension
        String select = "SELECT %s AS tmt, %s AS e, "
                + GolonganFilter.KEY_SQL.replace("%", "%%") + " AS g, "
                + "coalesce(p.jenis_jabatan, '(unknown)') AS j, coalesce(p.unit_id::text, '(unknown)') AS u, p.eselon, p.position_name, p.name "
                + "FROM decision d CROSS JOIN tmt_window w JOIN retirement_projection p ON p.instansi = ? AND " + DecisionTableSql.MATCH + " AND %s";
        String byBup = String.format(select, DecisionTableSql.TMT_PENSIUN, "false", DecisionTableSql.BORN_FOR_TMT_WINDOW
                + " AND (p.bup_extended_until IS NULL OR NOT " + EXTENDED + ")");
        String byExtension = String.format(select, "p.bup_extended_until", "true",
                "p.bup_extended_until >= w.first_day AND p.bup_extended_until < w.end_day AND " + EXTENDED);
        // not left before asOf; a retirement at BUP already recorded counts in its month, also when asOf is later in it
        StringBuilder filters = new StringBuilder(" WHERE (p.employed OR p.separated_on >= ? "
                + "OR (p.separation = 'RETIRED_BUP' AND p.separated_on >= w.first_day))");
        List<Object> parameters = new ArrayList<>(List.of(q.instansi(), Date.valueOf(q.asOf())));
        if (q.unitId() != null) {
            filters.append(" AND p.unit_id = ?");
            parameters.add(q.unitId());
        }
        if (q.golongan() != null) {
            GolonganFilter golongan = GolonganFilter.of(q.golongan());
            filters.append(" AND ").append(golongan.condition("p.golongan")).append("?");
            parameters.add(golongan.parameter());
        }
        if (q.jenisJabatan() != null) {
            filters.append(" AND p.jenis_jabatan = ?");
            parameters.add(q.jenisJabatan());
        }
        if (q.kind() != null) {
            filters.append(" AND p.kind IN (").append(String.join(", ", Collections.nCopies(q.kind().kinds().size(), "?"))).append(")");
            parameters.addAll(q.kind().kinds());
        }
        int parametersOfABranch = parameters.size();
        String inner = byBup + filters + " UNION ALL " + byExtension + filters;
        String eselonPosts = " AND p.eselon IS NOT NULL AND p.eselon <> '99'";
        String innerPosts = byBup + filters + eselonPosts + " UNION ALL " + byExtension + filters + eselonPosts;
        parameters.addAll(List.copyOf(parameters));
        parameters.addAll(0, List.of(Date.valueOf(q.firstDay()), Date.valueOf(q.endExclusive()))); // the window, after the decision table
        String with = "WITH " + DecisionTableSql.CTE + ", " + DecisionTableSql.TMT_WINDOW_CTE + ", ";
        String counts = with + "x AS (" + inner + ") SELECT tmt, g, j, u, e, GROUPING(g, j, u, e), count(*) FROM x "
                + "GROUP BY GROUPING SETS ((tmt, g, j), (tmt, u), (tmt, e))";
        String posts = with + "x AS (" + innerPosts + ") SELECT tmt, position_name, eselon, name "
                + "FROM x ORDER BY tmt, position_name, name";
        String withoutCategory = with + "x AS (SELECT 1 FROM tmt_window w JOIN retirement_projection p ON p.instansi = ? "
                + "AND p.bup_category IS NULL" + filters + ") SELECT count(*) FROM x";
        long withoutBupCategory;

        Map<YearMonth, Month> byMonth = new TreeMap<>();
        Map<YearMonth, Long> afterExtension = new HashMap<>();
        for (int i = 0; i < q.months(); i++) {
            YearMonth month = q.from().plusMonths(i);
            byMonth.put(month, new Month(month, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>()));
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = prepare(connection, counts, decisionTable, parameters); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Month month = byMonth.get(YearMonth.from(rows.getObject(1, LocalDate.class)));
                    long count = rows.getLong(7);
                    switch (rows.getInt(6)) { // the grouping set: a bit for each of g, j, u, e not grouped by
                        case 0b0011 -> {
                            month.byGolongan().merge(rows.getString(2), count, Long::sum);
                            month.byJenisJabatan().merge(rows.getString(3), count, Long::sum);
                            month.byGolonganAndJenisJabatan().put(rows.getString(2) + " x " + rows.getString(3), count);
                        }
                        case 0b1101 -> month.byUnit().put(rows.getString(4), count);
                        case 0b1110 -> {
                            if (rows.getBoolean(5)) {
                                afterExtension.merge(month.month(), count, Long::sum);
                            }
                        }
                        default -> throw new IllegalStateException("unexpected grouping " + rows.getInt(6));
                    }
                }
            }
            try (PreparedStatement statement = prepare(connection, posts, decisionTable, parameters); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byMonth.get(YearMonth.from(rows.getObject(1, LocalDate.class))).eselonPostsFallingVacant()
                            .add(rows.getString(2) + " (eselon " + rows.getString(3) + "): " + rows.getString(4));
                }
            }
            try (PreparedStatement statement = prepare(connection, withoutCategory, decisionTable, parameters.subList(0, 2 + parametersOfABranch));
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                withoutBupCategory = rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the forecast query failed", e);
        }
        List<Month> monthly = byMonth.values().stream().map(m -> new Month(m.month(),
                m.byGolonganAndJenisJabatan().values().stream().mapToLong(Long::longValue).sum(), afterExtension.getOrDefault(m.month(), 0L),
                m.byGolongan(), m.byJenisJabatan(),
                m.byGolonganAndJenisJabatan(), m.byUnit(), m.eselonPostsFallingVacant())).toList();
        return new Forecast(q.instansi(), q.from(), q.months(), q.asOf(), monthly.stream().mapToLong(Month::total).sum(), withoutBupCategory,
                monthly);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<RetirementRule.Range> decisionTable,
                                             List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = DecisionTableSql.bind(connection, statement, 1, decisionTable);
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return statement;
    }
}
