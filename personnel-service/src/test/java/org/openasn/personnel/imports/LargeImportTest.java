package org.openasn.personnel.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.demo.NationalDataset;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.SqlCount;
import org.openasn.testing.TestTokens;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4's acceptance: a generated 100,000-row SIASN file imported through the HTTP API, progress visible while it runs. */
@QuarkusTest
@Tag("slow")
class LargeImportTest {

    private static final int ROWS = 100_000;
    private static final String AGENCY = "X100K";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldImportAHundredThousandRowsWithProgressAndOneEventPerEmployee() throws Exception {
        Path file = Files.createTempFile("siasn-100k", ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            NationalDataset.of(ROWS, 1, 7).writeCsv(out);
        }
        Fixtures.registerAgency(AGENCY);
        String job;
        try (InputStream body = Files.newInputStream(file)) {
            job = given().auth().oauth2(TestTokens.of("operator", AGENCY)).contentType("text/csv").body(body)
                    .post("/agencies/{instansi}/imports?fileName=national-100k.csv", AGENCY).then().statusCode(202).extract().path("id");
        }
        Files.delete(file);

        List<JsonPath> running = new ArrayList<>();
        JsonPath view;
        do {
            Thread.sleep(1000);
            view = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/imports/{id}", job).then().statusCode(200).extract().jsonPath();
            if ("RUNNING".equals(view.getString("status")) && view.getLong("rowsDone") > 0) {
                running.add(view);
            }
        } while (List.of("QUEUED", "RUNNING").contains(view.getString("status")));

        assertEquals("DONE", view.getString("status"), view.prettify());
        assertEquals(ROWS, view.getInt("rowsDone"));
        assertEquals(ROWS, view.getInt("rowsAccepted"), "every generated row is valid");
        assertEquals(100.0, view.getDouble("percent"));
        assertTrue(running.size() >= 2, "progress was seen while the job ran: " + running.size() + " polls");
        JsonPath midway = running.get(running.size() / 2);
        assertTrue(midway.getLong("rowsDone") < ROWS && midway.getDouble("percent") > 0 && midway.getDouble("percent") < 100, midway.prettify());
        assertTrue(midway.getDouble("rowsPerSecond") > 0, midway.prettify());
        assertNotNull(midway.get("etaSeconds"), "an estimate of the time left while running");
        System.out.printf("LargeImportTest: %,d rows at %,.0f rows/s%n", ROWS, view.getDouble("rowsPerSecond"));

        assertEquals(ROWS, given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("size", 1).get("/agencies/{instansi}/employees", AGENCY)
                .then().statusCode(200).extract().jsonPath().getLong("total"));
        assertEquals(ROWS, SqlCount.of(dataSource, "SELECT count(*) FROM outbox_event WHERE type = 'asn.personnel.employee-registered.v1' AND event_key IN "
                + "(SELECT id::text FROM employee WHERE instansi = '" + AGENCY + "')"), "one event per employee");
        await().atMost(Duration.ofMinutes(5)).until(() -> SqlCount.of(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
    }
}
