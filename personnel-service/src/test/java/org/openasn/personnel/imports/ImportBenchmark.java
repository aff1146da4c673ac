package org.openasn.personnel.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.demo.NationalDataset;
import org.openasn.demo.SiasnCsv;
import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.PolledJson;
import org.openasn.testing.TestTokens;
import org.openasn.testing.Timings;
import org.postgresql.PGConnection;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 4's import benchmark: a generated single-agency SIASN file of {@code bench.rows} rows (default 1,000,000)
 * imported through the HTTP API (every row validated, employees, mutations, events), and in the same run the
 * same file loaded with PostgreSQL {@code COPY} into a plain table of 64 text columns. Prints both rates and
 * the heap used while importing.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final long ROWS = BenchmarkScale.of("bench.rows", 1_000_000L, 2_000L);
    private static final String AGENCY = TestTokens.AGENCY;
    private static final int READS = BenchmarkScale.of("bench.reads", 2_000, 100);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void importAgainstCopy() throws Exception {
        Path file = Files.createTempFile("siasn-bench", ".csv");
        Instant generating = Instant.now();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            NationalDataset.of(ROWS, 1, 42).writeCsv(out);
        }
        System.out.printf("BENCH generated %,d rows (%,d bytes) in %s%n", ROWS, Files.size(file), Duration.between(generating, Instant.now()));

        double copyRate = copy(file);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        Instant start = Instant.now();
        String job;
        try (InputStream body = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            job = given().auth().oauth2(TestTokens.of("operator")).contentType("text/csv").body(body)
                    .post("/agencies/{instansi}/imports?fileName=bench.csv", AGENCY).then().statusCode(202).extract().path("id");
        }
        long peakHeap = 0;
        JsonNode view;
        do {
            Thread.sleep(500);
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            view = PolledJson.of(given().auth().oauth2(TestTokens.of("viewer")).get("/imports/{id}", job).then().statusCode(200));
        } while ("QUEUED".equals(view.path("status").asText()) || "RUNNING".equals(view.path("status").asText()));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        assertEquals("DONE", view.path("status").asText(), view.toPrettyString());
        assertEquals(ROWS, view.path("rowsDone").asLong(), view.toPrettyString());
        long accepted = view.path("rowsAccepted").asLong();
        double importRate = view.path("rowsDone").asLong() / seconds;
        System.out.printf("BENCH import via HTTP: %,d rows done, %,d accepted, %,d rejected, %,d warnings in %.1f s = %,.0f rows/s "
                        + "(job's own rate %,.0f rows/s); heap used before %,d MB, peak %,d MB%n",
                view.path("rowsDone").asLong(), accepted, view.path("rowsRejected").asLong(), view.path("warnings").asLong(), seconds, importRate,
                view.path("rowsPerSecond").asDouble(), heapBefore >> 20, peakHeap >> 20);
        System.out.printf("BENCH import / COPY = %.1f %%%n", 100 * importRate / copyRate);
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("size", 5).get("/imports/{id}/issues", job).then().statusCode(200)
                .extract().jsonPath().getList("items").forEach(issue -> System.out.println("BENCH first issues: " + issue));
        Files.delete(file);
        databaseFloor(copyRate);
        readByNip();
    }

    /**
     * The database's own share: the rows the import wrote, written again set-based by PostgreSQL alone (no Java, no
     * network) into empty copies of their tables with the same indexes. However fast the Java side, the import cannot
     * beat this rate; printed against the COPY baseline.
     */
    private void databaseFloor(double copyRate) throws Exception {
        List<String> tables = List.of("employee", "mutation", "employee_period", "import_fingerprint", "outbox_event",
                "outbox_subject_sequence", "change_feed");
        double total = 0;
        StringBuilder parts = new StringBuilder();
        long employees;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM employee")) {
                rows.next();
                employees = rows.getLong(1);
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS bench_floor");
                statement.execute("CREATE TABLE bench_floor (LIKE " + table + " INCLUDING DEFAULTS INCLUDING INDEXES)");
                long start = System.nanoTime();
                int rows = statement.executeUpdate("INSERT INTO bench_floor SELECT * FROM " + table);
                double seconds = (System.nanoTime() - start) / 1e9;
                total += seconds;
                parts.append(String.format(" %s %,d rows %.1f s;", table, rows, seconds));
                statement.execute("DROP TABLE bench_floor");
            }
        }
        System.out.printf("BENCH database floor: the import's rows of %,d employees written again by PostgreSQL alone in %.1f s = %,.0f employees/s "
                + "= %.1f %% of COPY (%s )%n", employees, total, employees / total, 100 * employees / total / copyRate, parts);
    }

    /** Employee by NIP through the API (today's period row from employee_period) against a plain SELECT by NIP, same NIPs. */
    private void readByNip() throws Exception {
        List<String> nips = new ArrayList<>();
        long employees;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM employee")) {
                rows.next();
                employees = rows.getLong(1);
            }
            try (ResultSet rows = statement.executeQuery("SELECT nip FROM employee ORDER BY random() LIMIT " + READS)) {
                while (rows.next()) {
                    nips.add(rows.getString(1));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM employee WHERE nip = ?")) {
                print("plain SELECT by NIP (JDBC)", employees, eachNip(nips, nip -> {
                    try {
                        select.setString(1, nip);
                        try (ResultSet row = select.executeQuery()) {
                            row.next();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }
        HttpClient client = HttpClient.newHttpClient();
        String token = TestTokens.of("viewer");
        print("GET /employees/{nip} (HTTP, JSON, period row)", employees, eachNip(nips, nip -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/employees/" + nip))
                    .header("Authorization", "Bearer " + token).build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
    }

    /** Reads every NIP once to warm up, then times one read of each: the times in milliseconds, sorted. */
    private static double[] eachNip(List<String> nips, Consumer<String> read) {
        nips.forEach(read);
        Iterator<String> next = nips.iterator();
        return Timings.millis(nips.size(), () -> read.accept(next.hasNext() ? next.next() : nips.get(0)));
    }

    private static void print(String what, long employees, double[] millis) {
        System.out.printf("BENCH %s at %,d employees, %,d reads: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, employees,
                millis.length, Timings.percentile(millis, 50), Timings.percentile(millis, 95), Timings.percentile(millis, 99),
                millis[millis.length - 1]);
    }

    /** The baseline: the same file into a plain table with COPY; returns rows per second. */
    private double copy(Path file) throws Exception {
        String columns = java.util.stream.Stream.concat(SiasnCsv.HEADERS.stream(), SiasnCsv.EXTRA_HEADERS.stream()).map(h -> "\"" + h + "\" text").collect(Collectors.joining(", "));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_copy");
            statement.execute("CREATE TABLE bench_copy (" + columns + ")");
            Instant start = Instant.now();
            long rows;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            statement.execute("DROP TABLE bench_copy");
            System.out.printf("BENCH COPY into a plain table: %,d rows in %.1f s = %,.0f rows/s%n", rows, seconds, rows / seconds);
            return rows / seconds;
        }
    }
}
