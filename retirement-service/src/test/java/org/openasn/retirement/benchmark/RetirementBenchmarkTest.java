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
import org.openasn.retirement.projection.ProjectionRecompute;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

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
    private static final int EMPLOYEES = 1_000_000;
    private static final int RUNS = 10;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProjectionRecompute recompute;
    @Inject
    BupRuleService rules;
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
        System.out.printf("BENCHMARK recompute (first computation, every row written): %,d employees in %.2f s = %,.0f employees/s%n",
                computed, first, computed / first);
        analyze();

        // 2. a rule change: ADMINISTRATION 58 -> 60 from 2027-01-01, recorded and every employee recomputed in one transaction
        LocalDate latest = QuarkusTransaction.requiringNew().call(() -> BupRuleVersion.latest().orElseThrow().effectiveFrom);
        LocalDate effective = latest.isBefore(LocalDate.of(2027, 1, 1)) ? LocalDate.of(2027, 1, 1) : latest.plusDays(1);
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        ages.put("ADMINISTRATION", 60);
        long changedBefore = count("SELECT count(*) FROM retirement_projection WHERE instansi = 'BENCH' AND bup_age = 60");
        long t2 = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> rules.add(new AddBupRuleSet(effective, "benchmark",
                "ADMINISTRATION 60", ages), "benchmark"));
        double change = seconds(t2);
        long changed = count("SELECT count(*) FROM retirement_projection WHERE instansi = 'BENCH' AND bup_age = 60") - changedBefore;
        System.out.printf("BENCHMARK rule change (ADMINISTRATION 60 from %s): %,d employees recomputed, %,d changed and written, in %.2f s "
                + "= %,.0f employees/s%n", effective, EMPLOYEES, changed, change, EMPLOYEES / change);
        analyze();

        // 3. the five-year monthly forecast by golongan x jenis jabatan: the service against a plain GROUP BY, same data, same run
        ForecastQuery query = new ForecastQuery(AGENCY, YearMonth.of(2027, 1), 60, LocalDate.of(2027, 1, 1), null, null, null);
        Map<YearMonth, Map<String, Long>> plain = plainSql(query);
        ForecastService.Forecast forecast = forecasts.forecast(query);
        for (ForecastService.Month month : forecast.monthly()) {
            assertEquals(plain.getOrDefault(month.month(), Map.of()), month.byGolonganAndJenisJabatan(), "month " + month.month());
        }
        List<Double> service = time(() -> forecasts.forecast(query));
        List<Double> baseline = time(() -> plainSql(query));
        System.out.printf("BENCHMARK forecast 60 months by golongan x jenis jabatan (+ unit, + eselon posts), %,d employees, %,d retiring "
                + "in the window: service p50 %.0f ms, p95 %.0f ms; plain SQL GROUP BY p50 %.0f ms, p95 %.0f ms (%d runs each, after 3 "
                + "warm-up runs)%n", EMPLOYEES, forecast.total(), p(service, 50), p(service, 95), p(baseline, 50), p(baseline, 95), RUNS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM retirement_projection WHERE instansi = 'BENCH'");
        }
    }

    /** 1,000,000 employees of one agency: birth dates 1966–2000, 150 units, the position mix of a city government. */
    private void fill() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setseed(0.2026)");
            s.execute("""
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
                    FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, 1000000) AS i) g""");
        }
        analyze();
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE retirement_projection");
        }
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

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Double> time(Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double p(List<Double> sorted, int percentile) {
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
