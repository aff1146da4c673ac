package org.openasn.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventEnvelope;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read model's lag: the age of the oldest event read and not yet applied, as a metric and on readiness. */
@QuarkusTest
class ReadModelLagTest {

    private static final Pattern LAG_METRIC = Pattern.compile("asn_consumer_lag_seconds\\{group=\"reporting-service\"[^}]*} ([0-9.E]+)");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReportTheLagAndTurnUnreadyWhileAnEventWaitsLongerThanTheThreshold() throws Exception {
        String agency = "L" + UUID.randomUUID().toString().substring(0, 6);
        UUID unit = UUID.randomUUID();
        EventEnvelope event = PersonnelEvents.unit(unit, agency, "LAG", null);
        try (Connection blocker = dataSource.getConnection(); EventPublisher events = new EventPublisher()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE org_unit IN SHARE MODE"); // the consumer's insert waits for this transaction
            }
            long anHourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
            events.send(event, anHourAgo);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
            JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();
            Map<String, Object> readModel = ready.getMap("checks.find { it.name == 'read-model' }");
            assertEquals("DOWN", readModel.get("status"));
            double lag = Double.parseDouble(String.valueOf(((Map<?, ?>) readModel.get("data")).get("lagSeconds")));
            assertTrue(lag >= 3590, "about an hour: " + lag);
            assertTrue(metricLag() >= 3590, "the gauge shows the same lag");
            blocker.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertEquals(0.0, metricLag(), "caught up");
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).get("/units").then().statusCode(200);
        String timer = given().get("/q/metrics").then().extract().asString();
        Matcher max = Pattern.compile("asn_consumer_event_lag_seconds_max\\{group=\"reporting-service\"[^}]*} ([0-9.E]+)").matcher(timer);
        assertTrue(max.find() && Double.parseDouble(max.group(1)) >= 3590, "the per-event lag timer saw the hour-old event");
        JsonPath state = given().auth().oauth2(TestTokens.of("admin")).get("/admin/read-model").then().statusCode(200).extract().jsonPath();
        assertEquals(0.0, state.getDouble("lagSeconds"));
    }

    private static double metricLag() {
        Matcher matcher = LAG_METRIC.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertTrue(matcher.find(), "asn_consumer_lag_seconds for reporting-service");
        return Double.parseDouble(matcher.group(1));
    }
}
