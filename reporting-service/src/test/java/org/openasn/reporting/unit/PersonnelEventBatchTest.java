package org.openasn.reporting.unit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events that arrive together are applied as one batch with the guarantees of one-by-one application: duplicates and
 * stale redeliveries count once, each employee's events apply in order, a bad event is dead-lettered without taking the
 * good ones of its batch along, and a failing write stalls its partition only.
 */
@QuarkusTest
class PersonnelEventBatchTest {

    private static KafkaProducer<String, String> producer;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), ProducerConfig.LINGER_MS_CONFIG, 200),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void shouldApplyABurstOnceInOrderAndDeadLetterItsBadEventsAlone() {
        String agency = "Q" + UUID.randomUUID().toString().substring(0, 6);
        String etagBefore = etag(agency);
        double duplicatesBefore = consumer().getDouble("duplicates");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        UUID mislabelled = UUID.randomUUID();
        EventEnvelope aRegistered = employee(a, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a");
        String malformedKey = UUID.randomUUID().toString();
        UUID refused = UUID.randomUUID();

        send(a.toString(), EventCodec.write(aRegistered));
        send(b.toString(), EventCodec.write(employee(b, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a")));
        send(mislabelled.toString(), mislabelled(mislabelled, agency));
        send(a.toString(), EventCodec.write(employee(a, agency, 2, "promoted", "2026-02-01T00:00:00Z", "III/b")));
        send(malformedKey, "{\"specversion\": \"1.0\"");
        send(a.toString(), EventCodec.write(aRegistered)); // a replayed duplicate after the promotion
        // the contract refuses these data (decoded ahead of the batch's transaction): dead-lettered when new, skipped when stale
        send(refused.toString(), withGenderX(employee(refused, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a")));
        send(a.toString(), withGenderX(aRegistered));
        send(b.toString(), EventCodec.write(employee(b, agency, 3, "promoted", "2026-03-01T00:00:00Z", "IV/a"))); // sequence 2 never came
        send(e.toString(), EventCodec.write(employee(e, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "II/c")));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> Map.of("III/b", 1, "IV/a", 1, "II/c", 1).equals(ruang(agency, null)));
        assertEquals(Map.of("III/a", 2, "II/c", 1), ruang(agency, Instant.parse("2026-01-31T00:00:00Z")), "as known before the promotions");
        assertEquals(3, given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2026-06-30")
                .get("/headcounts").then().statusCode(200).extract().jsonPath().getLong("grandTotal"), "the mislabelled event counts nobody");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> letters = DeadLetters.received();
            assertTrue(letters.stream().anyMatch(d -> mislabelled.toString().equals(d.get("key")) && String.valueOf(d.get("reason")).contains("subject")),
                    letters.toString());
            assertTrue(letters.stream().anyMatch(d -> malformedKey.equals(d.get("key"))), letters.toString());
            assertTrue(letters.stream().anyMatch(d -> refused.toString().equals(d.get("key")) && String.valueOf(d.get("reason")).contains("data")),
                    letters.toString());
            assertTrue(letters.stream().noneMatch(d -> a.toString().equals(d.get("key"))), "a stale delivery is skipped, whatever its data");
        });
        JsonPath after = consumer();
        assertTrue(after.getDouble("duplicates") >= duplicatesBefore + 2, "the replayed registrations were counted as duplicates");
        assertNull(after.get("stalledBy"));
        assertNotEquals(etagBefore, etag(agency), "the batch changed the read model's version");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldApplyABurstInAFewTransactionsNotOnePerEvent() throws Exception {
        String agency = "F" + UUID.randomUUID().toString().substring(0, 6);
        int burst = 300;
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < burst; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            send(id.toString(), EventCodec.write(employee(id, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a")));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> Map.of("III/a", burst).equals(ruang(agency, null)));

        // the rows a transaction inserted share its id (xmin): one transaction per event would give one id per event
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT count(DISTINCT xmin::text) FROM employee_period WHERE employee_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                long transactions = r.getLong(1);
                assertTrue(transactions <= burst / 10, transactions + " transactions for " + burst + " events");
            }
        }
    }

    /**
     * A stream of several batches on one partition whose first batch fails (an event for one employee labelled as
     * another's): the batches polled behind it, handed to the writer and skipped while the failed one is applied one
     * record per transaction, are written afterwards, once and in order.
     */
    @Test
    void shouldApplyTheBatchesBehindAFailedOneOnceAndInOrder() {
        String agency = "B" + UUID.randomUUID().toString().substring(0, 6);
        int employees = 2_500;
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < employees; i++) {
            ids.add(UUID.randomUUID());
        }
        UUID mislabelled = UUID.randomUUID();
        for (int i = 0; i < employees; i++) {
            sendTo(0, ids.get(i), employee(ids.get(i), agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a"));
            if (i == 100) {
                producer.send(new ProducerRecord<>(Topics.PERSONNEL, 0, mislabelled.toString(), mislabelled(mislabelled, agency)));
            }
        }
        for (UUID id : ids) {
            sendTo(0, id, employee(id, agency, 2, "promoted", "2026-02-01T00:00:00Z", "IV/a"));
        }
        producer.flush();

        await().atMost(Duration.ofSeconds(120)).until(() -> Map.of("IV/a", employees).equals(ruang(agency, null)));
        assertEquals(Map.of("III/a", employees), ruang(agency, Instant.parse("2026-01-31T00:00:00Z")), "each registered once, before its promotion");
        List<Map<String, Object>> letters = DeadLetters.received();
        assertTrue(letters.stream().anyMatch(d -> mislabelled.toString().equals(d.get("key"))), letters.toString());
        assertNull(consumer().get("stalledBy"));
    }

    @Test
    void shouldStallOnlyThePartitionOfAnEventThatCannotBeWrittenAndCatchUpOnceItCan() throws Exception {
        String blocked = "S" + UUID.randomUUID().toString().substring(0, 6);
        String open = "O" + UUID.randomUUID().toString().substring(0, 6);
        UUID stuck = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a write failure that is not the event's fault (as when the database refuses): the consumer must retry, not drop
            s.execute("ALTER TABLE employee_period ADD CONSTRAINT test_refuses_" + blocked + " CHECK (instansi <> '" + blocked + "') NOT VALID");
            try {
                sendTo(0, stuck, employee(stuck, blocked, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/a"));
                sendTo(0, behind, employee(behind, open, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/c"));
                sendTo(1, elsewhere, employee(elsewhere, open, 1, "employee-registered", "2026-01-05T00:00:00Z", "II/b"));
                producer.flush();

                await().atMost(Duration.ofSeconds(30)).until(() -> Map.of("II/b", 1).equals(ruang(open, null)));
                awaitPartitionZeroStalled();
                assertEquals(Map.of("II/b", 1), ruang(open, null), "the event behind the stuck one on its partition waits");
            } finally {
                s.execute("ALTER TABLE employee_period DROP CONSTRAINT test_refuses_" + blocked);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Map.of("II/b", 1, "III/c", 1).equals(ruang(open, null)));
        assertEquals(Map.of("III/a", 1), ruang(blocked, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertNull(consumer().get("stalledBy"));
    }

    /**
     * An event the handler refuses must be dead-lettered; when that cannot be done (here the database refuses the
     * dead letter), the consumer retries it, stalling its partition, instead of stopping, and goes on once it can.
     */
    @Test
    void shouldRetryAnEventThatCannotBeDeadLetteredAndGoOnOnceItCan() throws Exception {
        String agency = "D" + UUID.randomUUID().toString().substring(0, 6);
        UUID mislabelled = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        String constraint = "test_refuses_letter_" + agency;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE dead_letter ADD CONSTRAINT " + constraint + " CHECK (event_key <> '" + mislabelled + "') NOT VALID");
            try {
                producer.send(new ProducerRecord<>(Topics.PERSONNEL, 0, mislabelled.toString(), mislabelled(mislabelled, agency)));
                sendTo(0, behind, employee(behind, agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "III/c"));
                producer.flush();

                awaitPartitionZeroStalled();
                assertNotEquals(Map.of("III/c", 1), ruang(agency, null), "the event behind the one that cannot be dead-lettered waits");
            } finally {
                s.execute("ALTER TABLE dead_letter DROP CONSTRAINT " + constraint);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Map.of("III/c", 1).equals(ruang(agency, null)));
        List<Map<String, Object>> letters = DeadLetters.received();
        assertTrue(letters.stream().anyMatch(d -> mislabelled.toString().equals(d.get("key"))), letters.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertNull(consumer().get("stalledBy"));
    }

    private static EventEnvelope employee(UUID id, String agency, long sequence, String kind, String recordedAt, String golongan) {
        LocalDate start = LocalDate.of(2015, 3, 1);
        List<EmploymentPeriod> timeline = sequence == 1 ? List.of(PersonnelEvents.period(start, null, "PNS", golongan, "2", null, null, kind))
                : List.of(PersonnelEvents.period(start, LocalDate.of(2025, 10, 1), "PNS", "III/a", "2", null, null, "employee-registered"),
                PersonnelEvents.period(LocalDate.of(2025, 10, 1), null, "PNS", golongan, "2", null, null, kind));
        return PersonnelEvents.employee(id, agency, sequence, kind, Instant.parse(recordedAt), "L", LocalDate.of(1980, 1, 1), "1", timeline);
    }

    /** An employee event of another employee carrying {@code subject} (reporting refuses it), as JSON. */
    private static String mislabelled(UUID subject, String agency) {
        EventEnvelope other = employee(UUID.randomUUID(), agency, 1, "employee-registered", "2026-01-05T00:00:00Z", "II/a");
        return EventCodec.write(new EventEnvelope(other.specversion(), other.id(), other.source(), other.type(), subject.toString(), other.time(),
                other.datacontenttype(), other.instansi(), 1, other.data()));
    }

    /** Waits until the consumer is stalled on partition 0 (readiness DOWN), and a second more. */
    private static void awaitPartitionZeroStalled() throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
        assertTrue(String.valueOf(consumer().getString("stalledBy")).contains(Topics.PERSONNEL + "-0"), consumer().prettify());
        Thread.sleep(1000);
    }

    /** The event as JSON with a gender the contract does not know. */
    private static String withGenderX(EventEnvelope event) {
        String json = EventCodec.write(event);
        assertTrue(json.contains("\"gender\":\"L\""), json);
        return json.replace("\"gender\":\"L\"", "\"gender\":\"X\"");
    }

    /** The headcount by ruang on 2026-06-30, as known now or at {@code knownAt}. */
    private static Map<String, Object> ruang(String agency, Instant knownAt) {
        var request = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("groupBy", "ruang")
                .queryParam("asOf", "2026-06-30");
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath().getMap("totals.ruang");
    }

    private static String etag(String agency) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2026-06-30")
                .get("/headcounts").then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath consumer() {
        JsonPath all = given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers").then().statusCode(200).extract().jsonPath();
        all.setRootPath("find { it.group == '" + PersonnelEventsHandler.GROUP + "' }");
        return all;
    }

    private static void send(String key, String value) {
        producer.send(new ProducerRecord<>(Topics.PERSONNEL, key, value));
    }

    private static void sendTo(int partition, UUID key, EventEnvelope event) {
        producer.send(new ProducerRecord<>(Topics.PERSONNEL, partition, key.toString(), EventCodec.write(event)));
    }
}
