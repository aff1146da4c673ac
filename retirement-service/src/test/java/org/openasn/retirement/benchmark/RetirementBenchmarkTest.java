package org.openasn.retirement.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.service.AddBupRuleSet;
import org.openasn.retirement.bup.service.BupRuleService;
import org.openasn.retirement.forecast.service.ForecastQuery;
import org.openasn.retirement.forecast.service.ForecastService;
import org.openasn.retirement.bup.domain.BupRuleSet;
import org.openasn.retirement.bup.domain.RetirementRule;
import org.openasn.retirement.projection.DecisionTableSql;
import org.openasn.retirement.projection.ProjectionRecompute;
import org.openasn.retirement.projection.RetirementDueJob;
import org.openasn.testing.SqlCount;
import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.Timings;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The performance targets on 1,000,000 projections (figures in docs/benchmarks.md, section "retirement-service"):
 * the five-year monthly forecast by golongan × jenis jabatan (target under 1 s), measured against a plain SQL GROUP BY
 * computing the same forecast in the same run; and the recomputation of every employee after a rule change (target at
 * least 100,000 employees/s). Run with {@code ./mvnw -B -pl retirement-service verify -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class RetirementBenchmarkTest {

    private static final String AGENCY = "BENCH";
    private static final int EMPLOYEES = BenchmarkScale.of("bench.employees", 1_000_000, 5_000);
    private static final int RUNS = BenchmarkScale.of("bench.runs", 10, 2);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProjectionRecompute recompute;
    @Inject
    BupRuleService rules;
    @Inject
    RetirementDueJob dueJob;
    @Inject
    ForecastService forecasts;

    @Test
    void shouldMeasureTheForecastAndTheRecomputationOnAMillionEmployees() throws Exception {
        long t0 = System.nanoTime();
        fill();
        System.out.printf("BENCHMARK fill: %,d projections inserted (set-based INSERT ... SELECT) in %.1f s%n", EMPLOYEES, seconds(t0));

        // 1. every employee's BUP and TMT pensiun computed for the first time: every row written
        long t1 = System.nanoTime();
        int computed = QuarkusTransaction.requiringNew().timeout(600).call(recompute::recomputeAll);
        double first = seconds(t1);
        assertEquals(EMPLOYEES, computed, "every projection filled is computed");
        System.out.printf("BENCHMARK recompute (first computation, every row written): %,d employees in %.2f s = %,.0f employees/s%n",
                computed, first, computed / first);
        analyze();

        // the retirements due now were announced as the projections arrived (or by the nightly run): not the rule change's work
        dueJob.emitDue();

        // baseline for the rule change: the same rows in a copy laid out as before V6 (TMT pensiun indexed, pages packed), so that
        // every recomputed row is a new tuple plus an entry in each of its three indexes
        copyAsBeforeV6();

        // 2. a rule change: ADMINISTRATION 58 -> 60 from 2027-01-01, recorded and every employee recomputed in one transaction, then
        // the retirements it made due announced (none: it raises an age)
        LocalDate latest = QuarkusTransaction.requiringNew().call(() -> BupRuleVersion.latest().orElseThrow().effectiveFrom);
        LocalDate effective = latest.isBefore(LocalDate.of(2027, 1, 1)) ? LocalDate.of(2027, 1, 1) : latest.plusDays(1);
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        ages.put("ADMINISTRATION", 60);
        long changedBefore = SqlCount.of(dataSource, "SELECT count(*) FROM retirement_projection WHERE instansi = 'BENCH' AND bup_age = 60");
        long[] updatesBefore = updates("retirement_projection");
        long t2 = System.nanoTime();
        rules.add(new AddBupRuleSet(effective, "benchmark", "ADMINISTRATION 60", ages), "benchmark");
        double change = seconds(t2);
        long changed = SqlCount.of(dataSource, "SELECT count(*) FROM retirement_projection WHERE instansi = 'BENCH' AND bup_age = 60") - changedBefore;
        analyze();
        long[] updatesAfter = updates("retirement_projection");
        System.out.printf("BENCHMARK rule change (ADMINISTRATION 60 from %s): %,d employees recomputed, %,d rows written (%,d of them HOT; "
                        + "%,d with a new BUP age), in %.2f s = %,d employees/s%n", effective, EMPLOYEES, updatesAfter[0] - updatesBefore[0],
                updatesAfter[1] - updatesBefore[1], changed, change, Math.round(EMPLOYEES / change));

        // the baseline: the same recomputation (the service's UPDATE, same decision table) on the copy laid out as before V6
        long[] baselineBefore = updates("bench_projection_before_v6");
        long t3 = System.nanoTime();
        int baselineWritten = QuarkusTransaction.requiringNew().timeout(600).call(() -> recomputeCopyAsBeforeV6());
        double beforeV6 = seconds(t3);
        analyze();
        long[] baselineAfter = updates("bench_projection_before_v6");
        System.out.printf("BENCHMARK baseline, the same recomputation on the layout before V6: %,d rows written (%,d of them HOT) in %.2f s "
                        + "= %,d employees/s; the service was %.1f times as fast%n", baselineWritten, baselineAfter[1] - baselineBefore[1],
                beforeV6, Math.round(EMPLOYEES / beforeV6), beforeV6 / change);

        // 3. the five-year monthly forecast by golongan x jenis jabatan: the service against a plain GROUP BY, same data, same run
        ForecastQuery query = new ForecastQuery(AGENCY, YearMonth.of(2027, 1), 60, LocalDate.of(2027, 1, 1), null, null, null, null);
        Map<YearMonth, Map<String, Long>> plain = plainSql(query);
        ForecastService.Forecast forecast = forecasts.forecast(query);
        for (ForecastService.Month month : forecast.monthly()) {
            assertEquals(plain.getOrDefault(month.month(), Map.of()), month.byGolonganAndJenisJabatan(), "month " + month.month());
        }
        double[] service = Timings.millis(RUNS, () -> forecasts.forecast(query));
        double[] baseline = Timings.millis(RUNS, () -> {
            try {
                plainSql(query);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("BENCHMARK forecast 60 months by golongan x jenis jabatan (+ unit, + eselon posts), %,d employees, %,d retiring "
                + "in the window: service p50 %.0f ms, p95 %.0f ms; plain SQL GROUP BY p50 %.0f ms, p95 %.0f ms (%d runs each, after 3 "
                + "warm-up runs)%n", EMPLOYEES, forecast.total(), Timings.percentile(service, 50), Timings.percentile(service, 95),
                Timings.percentile(baseline, 50), Timings.percentile(baseline, 95), RUNS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM retirement_projection WHERE instansi = 'BENCH'");
            s.execute("DROP TABLE bench_projection_before_v6");
        }
    }

    /** A copy of the projections laid out as V5 left them: pages packed (fillfactor 100), TMT pensiun in an index. */
    private void copyAsBeforeV6() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_projection_before_v6");
            s.execute("CREATE TABLE bench_projection_before_v6 (LIKE retirement_projection INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            s.execute("INSERT INTO bench_projection_before_v6 SELECT * FROM retirement_projection WHERE instansi = 'BENCH'");
            s.execute("ALTER TABLE bench_projection_before_v6 ADD PRIMARY KEY (employee_id)");
            s.execute("CREATE UNIQUE INDEX ON bench_projection_before_v6 (nip)");
            s.execute("CREATE INDEX ON bench_projection_before_v6 (instansi, tmt_pensiun)");
            s.execute("VACUUM ANALYZE bench_projection_before_v6");
        }
    }

    /** {@link ProjectionRecompute}'s UPDATE under the versions now recorded, on the copy; returns the rows written. */
    private int recomputeCopyAsBeforeV6() throws Exception {
        List<BupRuleSet> versions = BupRuleVersion.ruleSets();
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(ProjectionRecompute.updateOf("bench_projection_before_v6"))) {
            int next = DecisionTableSql.bind(c, update, 1, RetirementRule.decisionTable(versions));
            update.setTimestamp(next, Timestamp.from(Instant.now()));
            return update.executeUpdate();
        }
    }

    /** Rows updated in {@code table} so far, and how many of them were heap-only (HOT) updates. */
    private long[] updates(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    /** {@link #EMPLOYEES} employees of one agency: birth dates 1966–2000, 150 units, the position mix of a city government. */
    private void fill() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setseed(0.2026)");
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO retirement_projection (employee_id, instansi, nip, name, birth_date, gender, kind, golongan, jenis_jabatan, eselon,
                                                       position_name, unit_id, bup_category, employed, updated_at)
                    SELECT gen_random_uuid(), 'BENCH', 'B' || lpad(i::text, 17, '0'), 'Pegawai ' || i, DATE '1966-01-01' + floor(r1 * 12784)::int,
                           CASE WHEN r2 < 0.5 THEN 'L' ELSE 'P' END, 'PNS',
                           (ARRAY['I/c','I/d','II/a','II/b','II/c','II/d','III/a','III/b','III/c','III/d','IV/a','IV/b','IV/c','IV/d'])[1 + floor(r3 * 14)::int],
                           CASE WHEN r4 < 0.05 THEN '1' WHEN r4 < 0.50 THEN '4' ELSE '2' END,
                           CASE WHEN r4 < 0.01 THEN '21' WHEN r4 < 0.03 THEN '31' WHEN r4 < 0.05 THEN '41' END,
                           CASE WHEN r4 < 0.05 THEN 'Kepala' WHEN r4 < 0.50 THEN 'Pelaksana' ELSE 'Fungsional' END,
                           ('00000000-0000-4000-8000-' || lpad((i % 150)::text, 12, '0'))::uuid,
                           CASE WHEN r4 < 0.01 THEN 'SENIOR_LEADERSHIP' WHEN r4 < 0.50 THEN 'ADMINISTRATION' WHEN r4 < 0.75 THEN 'TEACHER'
                                WHEN r4 < 0.85 THEN 'EXPERT_FIRST' WHEN r4 < 0.92 THEN 'EXPERT_JUNIOR' WHEN r4 < 0.96 THEN 'EXPERT_MIDDLE'
                                WHEN r4 < 0.99 THEN 'SKILLED' ELSE 'EXPERT_MAIN' END,
                           true, now()
                    FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, ?) AS i) g""")) {
                insert.setInt(1, EMPLOYEES);
                insert.executeUpdate();
            }
        }
        analyze();
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE retirement_projection");
            s.execute("SELECT pg_stat_force_next_flush()");
        }
        Thread.sleep(1500); // the statistics of the other pooled connections reach pg_stat within a second of their last transaction
    }

    /** The same forecast as a plain GROUP BY on the stored TMT pensiun: month, golongan group, jenis jabatan. */
    private Map<YearMonth, Map<String, Long>> plainSql(ForecastQuery q) throws Exception {
        Map<YearMonth, Map<String, Long>> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT tmt_pensiun, split_part(golongan, '/', 1), jenis_jabatan, count(*) FROM retirement_projection
                WHERE instansi = ? AND employed AND tmt_pensiun >= ? AND tmt_pensiun < ? GROUP BY 1, 2, 3""")) {
            s.setString(1, q.instansi());
            s.setDate(2, Date.valueOf(q.firstDay()));
            s.setDate(3, Date.valueOf(q.endExclusive()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(YearMonth.from(rows.getObject(1, LocalDate.class)), m -> new TreeMap<>())
                            .put(rows.getString(2) + " x " + rows.getString(3), rows.getLong(4));
                }
            }
        }
        return result;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
