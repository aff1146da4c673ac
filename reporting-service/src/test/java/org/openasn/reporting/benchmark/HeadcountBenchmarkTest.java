package org.openasn.reporting.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.reference.retirement.TmtPensiun;
import org.openasn.reporting.headcount.CurrentPeriodIndex;
import org.openasn.reporting.headcount.Dimension;
import org.openasn.reporting.headcount.HeadcountQuery;
import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.TestTokens;
import org.openasn.testing.Timings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The headcount figures (see docs/benchmarks.md, section reporting-service): two-dimension headcounts with a
 * filter over 1,000,000 employees' periods against the same question as a plain GROUP BY over a table shaped like
 * personnel-service's employee table, holding the same employees. The event lag and the rebuild rate are measured by
 * {@link EventFlowBenchmarkTest}. Run alone with {@code -Dtest=HeadcountBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class HeadcountBenchmarkTest {

    private static final int EMPLOYEES = BenchmarkScale.of("bench.employees", 1_000_000, 5_000);
    private static final int RUNS = BenchmarkScale.of("bench.runs", 20, 2);
    /** The index's answers are cheap: more runs make their p95 more than the slowest of a few. */
    private static final int INDEX_RUNS = BenchmarkScale.of("bench.index-runs", 100, 5);
    /**
     * Requests sent before the HTTP figures are taken, as a running service has answered many: the first hundreds of
     * requests of a JVM run in code the JIT has not compiled yet, while its compiler threads take the cores (see
     * {@link RequestOverheadBenchmarkTest}); the figure for the very first requests is printed as well.
     */
    private static final int WARM_UP = BenchmarkScale.of("bench.warm-up", 3_000, 20);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    CurrentPeriodIndex index;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.of("admin");

    /** A headcount question and the same question as SQL over the plain table. */
    private record Question(String name, Map<String, String> parameters, String plainSql) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("golongan x gender, kind=PNS", Map.of("groupBy", "golongan,gender", "kind", "PNS"),
                    "SELECT CASE WHEN golongan LIKE '%/%' THEN split_part(golongan, '/', 1) ELSE golongan END, gender, count(*) FROM bench_employee "
                            + "WHERE in_service AND kind = 'PNS' GROUP BY 1, 2"),
            new Question("jenisJabatan x pendidikan, gender=P", Map.of("groupBy", "jenisJabatan,pendidikan", "gender", "P"),
                    "SELECT jenis_jabatan, pendidikan, count(*) FROM bench_employee WHERE in_service AND gender = 'P' GROUP BY 1, 2"),
            new Question("kind x agama, jenisJabatan=2", Map.of("groupBy", "kind,agama", "jenisJabatan", "2"),
                    "SELECT kind, agama, count(*) FROM bench_employee WHERE in_service AND jenis_jabatan = '2' GROUP BY 1, 2"),
            new Question("ruang x kind, agama=1", Map.of("groupBy", "ruang,kind", "agama", "1"),
                    "SELECT golongan, kind, count(*) FROM bench_employee WHERE in_service AND agama = '1' GROUP BY 1, 2"),
            new Question("agency x gender, kind=PNS", Map.of("groupBy", "agency,gender", "kind", "PNS"),
                    "SELECT instansi, gender, count(*) FROM bench_employee WHERE in_service AND kind = 'PNS' GROUP BY 1, 2"),
            // every benchmark period is ADMINISTRATION under one rule (BUP 58): the plain query needs no rules table
            new Question("bupYear x gender, kind=PNS", Map.of("groupBy", "bupYear,gender", "kind", "PNS"),
                    "SELECT to_char(" + TmtPensiun.sql("birth_date", "58") + ", 'YYYY'), gender, count(*) FROM bench_employee "
                            + "WHERE in_service AND kind = 'PNS' GROUP BY 1, 2"));

    @BeforeAll
    static void announce() {
        System.out.println("BENCHMARK reporting-service: " + EMPLOYEES + " employees, " + RUNS + " runs per question in SQL, "
                + INDEX_RUNS + " from the in-memory index");
    }

    @Test
    void headcounts() throws Exception {
        long loadStarted = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE employee_period, bup_rule_range, bup_rules");
            s.execute("INSERT INTO bup_rules (id, event_id, recorded_at) VALUES (1, 'benchmark', timestamptz '2026-01-01 00:00:00+00')");
            s.execute("INSERT INTO bup_rule_range (rules_id, bup_category, born_from, born_before, age) VALUES (1, 'ADMINISTRATION', NULL, NULL, 58)");
            s.execute("""
                    INSERT INTO employee_period (employee_id, instansi, valid_from, valid_to, kind, kedudukan_hukum, in_service, separation, golongan,
                        jenis_jabatan, eselon, jenjang, position_group, bup_category, unit_id, pendidikan, gender, birth_date, agama, cause,
                        cause_mutation_id, recorded_at, event_source, event_sequence, event_id)
                    SELECT md5('e' || g)::uuid, 'A' || lpad((g % 600)::text, 3, '0'),
                           CASE WHEN k = 0 THEN date '2010-01-01' + g % 3000 ELSE date '2024-04-01' END,
                           CASE WHEN k = 0 THEN date '2024-04-01' END,
                           CASE WHEN g % 10 < 6 THEN 'PNS' WHEN g % 10 = 6 THEN 'CPNS' ELSE 'PPPK' END,
                           CASE WHEN k = 1 AND g % 33 = 0 THEN '99' ELSE '01' END, NOT (k = 1 AND g % 33 = 0),
                           CASE WHEN k = 1 AND g % 33 = 0 THEN 'RETIRED_BUP' END,
                           (ARRAY['II/a','II/b','II/c','III/a','III/b','III/c','III/d','IV/a','IV/b'])[1 + (g * 31 + k) % 9],
                           (1 + g % 4)::text, NULL, NULL, 'LAINNYA', 'ADMINISTRATION',
                           md5('u' || (g % 600) || '-' || (g * 11 % 60))::uuid,
                           (ARRAY['15','30','40','45'])[1 + g * 13 % 4], CASE WHEN g * 17 % 2 = 0 THEN 'L' ELSE 'P' END,
                           date '1965-01-01' + g * 37 % 12000, (1 + g * 7 % 7)::text,
                           CASE WHEN k = 0 THEN 'employee-registered' ELSE 'promoted' END, md5('m' || g || '-' || k)::uuid,
                           timestamptz '2026-01-05 00:00:00+00', 'personnel', k + 1, 'benchmark-' || g || '-' || k
                    FROM generate_series(1, EMPLOYEES) g CROSS JOIN generate_series(0, 1) k""".replace("EMPLOYEES", Integer.toString(EMPLOYEES)));
            // personnel-service's employee table holds each employee's state in force today, with identity columns beside it
            s.execute("DROP TABLE IF EXISTS bench_employee");
            s.execute("""
                    CREATE TABLE bench_employee AS
                    SELECT employee_id AS id, lpad(abs(hashtext(employee_id::text))::text, 18, '1') AS nip, 'Pegawai ' || employee_id AS name,
                           instansi, kind, kedudukan_hukum, in_service, golongan, jenis_jabatan, eselon, jenjang, position_group, unit_id, pendidikan,
                           gender, birth_date, agama, valid_from AS tmt_jabatan
                    FROM employee_period WHERE valid_to IS NULL""");
            s.execute("ALTER TABLE bench_employee ADD PRIMARY KEY (id)");
            // the indexes personnel-service's employee table has on these columns (V2): one agency's rows are found through
            // them, not by reading the whole table
            s.execute("CREATE INDEX ON bench_employee (instansi, unit_id)");
            s.execute("CREATE INDEX ON bench_employee (instansi, lower(name) text_pattern_ops)");
            s.execute("CREATE INDEX ON bench_employee (nip text_pattern_ops)");
            s.execute("ANALYZE employee_period");
            s.execute("ANALYZE bench_employee");
            try (ResultSet r = s.executeQuery("SELECT count(*), (SELECT count(*) FROM bench_employee) FROM employee_period")) {
                r.next();
                System.out.printf("BENCHMARK headcount: loaded %d periods and %d plain rows in %.1f s%n", r.getLong(1), r.getLong(2),
                        (System.nanoTime() - loadStarted) / 1e9);
            }
        }
        String asOf = "2026-01-01";
        System.out.println("BENCHMARK headcount: question | GET /headcounts p50 / p95 ms | plain GROUP BY p50 / p95 ms | ratio of p95");
        long indexStarted = System.nanoTime();
        // the first question starts loading the index in the background (headcounts are counted in SQL meanwhile)
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> index.count(null, List.of(), Map.of(), LocalDate.parse(asOf)).isPresent());
        System.out.printf("BENCHMARK headcount: the in-memory index loaded in %.1f s%n", (System.nanoTime() - indexStarted) / 1e9);
        double[] first = Timings.millis(INDEX_RUNS, () -> headcountOverHttp(Map.of("asOf", asOf, "instansi", "NONE")));
        System.out.printf("BENCHMARK headcount: a request with nothing to count (HTTP, JWT, JSON), the JVM's first %d requests, p50 / p95 %.1f / %.1f ms%n",
                INDEX_RUNS, Timings.percentile(first, 50), Timings.percentile(first, 95));
        for (Question q : QUESTIONS) {
            long started = System.nanoTime();
            index.count(null, dimensions(q.parameters().get("groupBy")), filters(q), LocalDate.parse(asOf));
            System.out.printf("BENCHMARK headcount: %s (national), the first question of its dimensions on the date, in process "
                    + "(builds the date's snapshot, or its cuboid for agency) %.1f ms%n", q.name(), (System.nanoTime() - started) / 1e6);
        }
        // national questions and questions of one agency (a different one each time), as a running service is asked
        for (int i = 0; i < WARM_UP; i++) {
            Map<String, String> question = with(QUESTIONS.get(i % QUESTIONS.size()).parameters(), "asOf", asOf);
            headcountOverHttp(i % 2 == 0 ? question : with(question, "instansi", "A" + String.format("%03d", i % 600)));
        }
        double[] empty = Timings.millis(INDEX_RUNS, () -> headcountOverHttp(Map.of("asOf", asOf, "instansi", "NONE")));
        System.out.printf("BENCHMARK headcount: a request with nothing to count (HTTP, JWT, JSON), after %d requests, p50 / p95 %.1f / %.1f ms%n",
                WARM_UP, Timings.percentile(empty, 50), Timings.percentile(empty, 95));
        for (Question q : QUESTIONS) {
            Map<String, Long> fromIndex = cellsOf(given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .get("/headcounts").then().statusCode(200).extract().jsonPath(), q);
            assertEquals(plainCells(q.plainSql()), fromIndex, "the same cells: " + q.name());
            // knownAt after every recording: the same answer, from SQL over the bitemporal table instead of the index
            assertEquals(fromIndex, cellsOf(given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .queryParam("knownAt", "2100-01-01T00:00:00Z").get("/headcounts").then().statusCode(200).extract().jsonPath(), q),
                    "index and SQL agree: " + q.name());
            double[] api = Timings.millis(INDEX_RUNS, () -> headcountOverHttp(with(q.parameters(), "asOf", asOf)));
            double[] plain = Timings.millis(RUNS, () -> plainTotal(q.plainSql()));
            System.out.printf("BENCHMARK headcount: %s (national, index) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(), Timings.percentile(api, 50),
                    Timings.percentile(api, 95), Timings.percentile(plain, 50), Timings.percentile(plain, 95), Timings.percentile(plain, 95) / Timings.percentile(api, 95));
            List<Dimension> groupBy = dimensions(q.parameters().get("groupBy"));
            Map<Dimension, String> filters = filters(q);
            double[] counting = Timings.millis(INDEX_RUNS, () -> index.count(null, groupBy, filters, LocalDate.parse(asOf)));
            System.out.printf("BENCHMARK headcount: %s (national, the index's counting alone, in process) | %.2f / %.2f%n", q.name(),
                    Timings.percentile(counting, 50), Timings.percentile(counting, 95));
            double[] sql = Timings.millis(RUNS, () -> headcountOverHttp(with(with(q.parameters(), "asOf", asOf), "knownAt", "2100-01-01T00:00:00Z")));
            System.out.printf("BENCHMARK headcount: %s (national, SQL with knownAt) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(),
                    Timings.percentile(sql, 50), Timings.percentile(sql, 95), Timings.percentile(plain, 50), Timings.percentile(plain, 95), Timings.percentile(plain, 95) / Timings.percentile(sql, 95));
        }
        for (Question q : QUESTIONS) {
            double[] api = Timings.millis(INDEX_RUNS, () -> headcountOverHttp(with(with(q.parameters(), "asOf", asOf), "instansi", "A123")));
            String agencySql = q.plainSql().replace("WHERE in_service", "WHERE instansi = 'A123' AND in_service");
            double[] plain = Timings.millis(RUNS, () -> plainTotal(agencySql));
            System.out.printf("BENCHMARK headcount: %s (one agency of 600) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(), Timings.percentile(api, 50),
                    Timings.percentile(api, 95), Timings.percentile(plain, 50), Timings.percentile(plain, 95), Timings.percentile(plain, 95) / Timings.percentile(api, 95));
            double[] counting = Timings.millis(INDEX_RUNS, () -> index.count("A123", dimensions(q.parameters().get("groupBy")), filters(q), LocalDate.parse(asOf)));
            System.out.printf("BENCHMARK headcount: %s (one agency of 600, the index's counting alone, in process) | %.2f / %.2f%n", q.name(),
                    Timings.percentile(counting, 50), Timings.percentile(counting, 95));
        }
    }

    /**
     * The timed requests: a plain HTTP client on a kept-alive connection, with a token issued once (a client reuses its
     * token; signing one costs the test a few milliseconds), so that the figure is the service's time and not the test
     * client's (RestAssured adds several milliseconds of its own per request).
     */
    private String headcountOverHttp(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/headcounts" + query))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Dimension> dimensions(String groupBy) {
        return Arrays.stream(groupBy.split(",")).map(d -> Dimension.byParameter(d).orElseThrow()).toList();
    }

    private static Map<Dimension, String> filters(Question q) {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        q.parameters().forEach((name, value) -> Dimension.byParameter(name).ifPresent(d -> filters.put(d, value)));
        return filters;
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return more;
    }

    /** The answer's cells as "value|value" to count; checks that they add up to the grand total. */
    private static Map<String, Long> cellsOf(JsonPath answer, Question q) {
        String[] dimensions = q.parameters().get("groupBy").split(",");
        Map<String, Long> cells = new HashMap<>();
        List<Map<String, Object>> list = answer.getList("cells");
        for (Map<String, Object> cell : list) {
            Map<?, ?> key = (Map<?, ?>) cell.get("key");
            cells.put(key.get(dimensions[0]) + "|" + key.get(dimensions[1]), ((Number) cell.get("count")).longValue());
        }
        assertEquals(answer.getLong("grandTotal"), cells.values().stream().mapToLong(Long::longValue).sum(), "cells add up: " + q.name());
        return cells;
    }

    /** The plain query's rows as "value|value" to count (a value not recorded as the API names it). */
    private Map<String, Long> plainCells(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            Map<String, Long> cells = new HashMap<>();
            while (r.next()) {
                cells.put(orUnknown(r.getString(1)) + "|" + orUnknown(r.getString(2)), r.getLong(3));
            }
            return cells;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orUnknown(String value) {
        return value == null ? HeadcountQuery.UNKNOWN : value;
    }

    private long plainTotal(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            long total = 0;
            while (r.next()) {
                total += r.getLong(3);
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
