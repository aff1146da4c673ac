package org.openasn.reporting.benchmark;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The headcount figures (see docs/benchmarks.md, section reporting-service): two-dimension headcounts with a
 * filter over 1,000,000 employees' periods against the same question as a plain GROUP BY over a table shaped like
 * personnel-service's employee table, holding the same employees. The event lag and the rebuild rate are measured by
 * {@link EventFlowBenchmarkTest}.
 */
@QuarkusTest
@Tag("benchmark")
class HeadcountBenchmarkTest {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Inject
    AgroalDataSource dataSource;

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
                    "SELECT golongan, kind, count(*) FROM bench_employee WHERE in_service AND agama = '1' GROUP BY 1, 2"));

    @Test
    void measure() throws Exception {
        System.out.println("BENCHMARK reporting-service: " + EMPLOYEES + " employees, " + RUNS + " runs per question");
        headcounts();
    }

    private void headcounts() throws Exception {
        long loadStarted = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE employee_period");
            s.execute("""
                    INSERT INTO employee_period (employee_id, instansi, valid_from, valid_to, kind, kedudukan_hukum, in_service, separation, golongan,
                        jenis_jabatan, eselon, jenjang, position_group, bup_category, unit_id, pendidikan, gender, birth_date, agama, cause,
                        cause_mutation_id, recorded_at)
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
                           timestamptz '2026-01-05 00:00:00+00'
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
        given().auth().oauth2(TestTokens.of("admin")).queryParam("asOf", asOf).get("/headcounts").then().statusCode(200);
        System.out.printf("BENCHMARK headcount: first question (loads the in-memory index) %.1f s%n", (System.nanoTime() - indexStarted) / 1e9);
        for (Question q : QUESTIONS) {
            long readModelCount = totalOf(given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .get("/headcounts").then().statusCode(200).extract().jsonPath());
            assertEquals(plainTotal(q.plainSql()), readModelCount, "the same answer: " + q.name());
            // knownAt after every recording: the same answer, from SQL over the bitemporal table instead of the index
            long sqlCount = totalOf(given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .queryParam("knownAt", "2100-01-01T00:00:00Z").get("/headcounts").then().statusCode(200).extract().jsonPath());
            assertEquals(readModelCount, sqlCount, "index and SQL agree: " + q.name());
            double[] api = timings(() -> given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .get("/headcounts").then().statusCode(200).extract().asString());
            double[] plain = timings(() -> plainTotal(q.plainSql()));
            System.out.printf("BENCHMARK headcount: %s (national, index) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(), percentile(api, 50),
                    percentile(api, 95), percentile(plain, 50), percentile(plain, 95), percentile(plain, 95) / percentile(api, 95));
            double[] sql = timings(() -> given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .queryParam("knownAt", "2100-01-01T00:00:00Z").get("/headcounts").then().statusCode(200).extract().asString());
            System.out.printf("BENCHMARK headcount: %s (national, SQL with knownAt) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(),
                    percentile(sql, 50), percentile(sql, 95), percentile(plain, 50), percentile(plain, 95), percentile(plain, 95) / percentile(sql, 95));
        }
        for (Question q : QUESTIONS) {
            double[] api = timings(() -> given().auth().oauth2(TestTokens.of("admin")).queryParams(q.parameters()).queryParam("asOf", asOf)
                    .queryParam("instansi", "A123").get("/headcounts").then().statusCode(200).extract().asString());
            String agencySql = q.plainSql().replace("WHERE in_service", "WHERE instansi = 'A123' AND in_service");
            double[] plain = timings(() -> plainTotal(agencySql));
            System.out.printf("BENCHMARK headcount: %s (one agency of 600) | %.1f / %.1f | %.1f / %.1f | %.2fx%n", q.name(), percentile(api, 50),
                    percentile(api, 95), percentile(plain, 50), percentile(plain, 95), percentile(plain, 95) / percentile(api, 95));
        }
    }

    private static long totalOf(JsonPath answer) {
        return answer.getLong("grandTotal");
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

    private static double[] timings(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
