package org.openasn.personnel.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.demo.NationalDataset;
import org.openasn.demo.SiasnCsv;
import org.openasn.testing.TestTokens;
import org.postgresql.PGConnection;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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

    private static final long ROWS = Long.getLong("bench.rows", 1_000_000);
    private static final String AGENCY = TestTokens.AGENCY;

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
        JsonPath view;
        do {
            Thread.sleep(500);
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            view = given().auth().oauth2(TestTokens.of("viewer")).get("/imports/{id}", job).then().statusCode(200).extract().jsonPath();
        } while ("QUEUED".equals(view.getString("status")) || "RUNNING".equals(view.getString("status")));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        assertEquals("DONE", view.getString("status"), view.prettify());
        long accepted = view.getLong("rowsAccepted");
        double importRate = view.getLong("rowsDone") / seconds;
        System.out.printf("BENCH import via HTTP: %,d rows done, %,d accepted, %,d rejected, %,d warnings in %.1f s = %,.0f rows/s "
                        + "(job's own rate %,.0f rows/s); heap used before %,d MB, peak %,d MB%n",
                view.getLong("rowsDone"), accepted, view.getLong("rowsRejected"), view.getLong("warnings"), seconds, importRate,
                view.getDouble("rowsPerSecond"), heapBefore >> 20, peakHeap >> 20);
        System.out.printf("BENCH import / COPY = %.1f %%%n", 100 * importRate / copyRate);
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("size", 5).get("/imports/{id}/issues", job).then().statusCode(200)
                .extract().jsonPath().getList("items").forEach(issue -> System.out.println("BENCH first issues: " + issue));
        Files.delete(file);
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
