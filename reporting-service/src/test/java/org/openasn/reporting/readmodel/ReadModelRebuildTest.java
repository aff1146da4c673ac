package org.openasn.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.reporting.unit.PersonnelEventsHandler;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Rebuilding the read model from the topic gives the same answers, for any date and any past knowledge, and leaves the
 * same rows (every version of every period) and the same consumed-sequence marks as consuming the events live did. An
 * event the contract refuses fails the rebuild's batch it is in, which is then applied one record per transaction: the
 * event is dead-lettered again, and the rest applied once.
 */
@QuarkusTest
class ReadModelRebuildTest {

    private final String agency = "B" + UUID.randomUUID().toString().substring(0, 6);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadModelRebuild rebuild;

    private static final List<String> QUESTIONS = List.of(
            "groupBy=ruang,gender&asOf=2025-12-31",
            "groupBy=unit&rollUp=true&asOf=2025-12-31",
            "groupBy=kind,agama&asOf=2024-06-30",
            "groupBy=ruang&asOf=2025-12-31&knownAt=2026-02-01T00:00:00Z",
            "groupBy=jenisJabatan,ageGroup&asOf=2025-12-31&kind=PNS",
            // by the BUP rules as published (BupYearHeadcountTest publishes some; the rebuild reads them again from their topic)
            "groupBy=bupYear&asOf=2025-12-31",
            "groupBy=bupYear&asOf=2025-12-31&knownAt=2100-01-01T00:00:00Z");

    @Test
    void shouldGiveTheSameAnswersAfterARebuildFromTheTopic() {
        UUID top = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        // an employee event whose data the contract refuses (kedudukanHukum is two digits): dead-lettered when it comes
        EventEnvelope refused = PersonnelEvents.employee(UUID.randomUUID(), agency, 1, "employee-registered", Instant.parse("2026-01-05T00:00:00Z"),
                "L", LocalDate.of(1980, 1, 1), "1", List.of(PersonnelEvents.period(LocalDate.of(2015, 1, 1), null, "PNS", "III/a", "1", top, null,
                        "employee-registered")));
        try (PersonnelEvents events = new PersonnelEvents()) {
            events.send(PersonnelEvents.unit(top, agency, "TOP", null));
            events.send(PersonnelEvents.unit(sub, agency, "SUB", top));
            events.sendAltered(refused, EventCodec.write(refused).replace("\"kedudukanHukum\":\"01\"", "\"kedudukanHukum\":\"1\""));
            for (int i = 0; i < 30; i++) {
                UUID id = UUID.randomUUID();
                UUID unit = i % 3 == 0 ? top : sub;
                String golongan = i % 2 == 0 ? "III/a" : "II/c";
                LocalDate start = LocalDate.of(2010 + i % 10, 1 + i % 12, 1);
                EmploymentPeriod first = PersonnelEvents.period(start, null, i % 5 == 0 ? "PPPK" : "PNS", golongan, "" + (1 + i % 4), unit, null,
                        "employee-registered");
                Instant t1 = Instant.parse("2026-01-05T00:00:00Z");
                EventEnvelope registered = PersonnelEvents.employee(id, agency, 1, "employee-registered", t1, i % 2 == 0 ? "L" : "P",
                        LocalDate.of(1970 + i, 1 + i % 12, 1 + i % 28), "" + (1 + i % 3), List.of(first));
                events.send(registered);
                if (i % 4 == 0) {
                    LocalDate promoted = LocalDate.of(2025, 4, 1);
                    List<EmploymentPeriod> timeline = new ArrayList<>();
                    timeline.add(PersonnelEvents.period(start, promoted, first.employeeKind(), golongan, first.jenisJabatan(), unit, null,
                            "employee-registered"));
                    timeline.add(PersonnelEvents.period(promoted, null, first.employeeKind(), "IV/a", first.jenisJabatan(), unit, null, "promoted"));
                    EventEnvelope promotion = PersonnelEvents.employee(id, agency, 2, "promoted", Instant.parse("2026-03-01T00:00:00Z"),
                            i % 2 == 0 ? "L" : "P", LocalDate.of(1970 + i, 1 + i % 12, 1 + i % 28), "" + (1 + i % 3), timeline);
                    events.send(promotion);
                    events.send(registered); // a stale redelivery
                    if (i % 8 == 0) {
                        events.send(promotion); // a replayed duplicate of the last event
                    }
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> answer("groupBy=ruang&asOf=2025-12-31").getMap("totals.ruang").containsKey("IV/a")
                && answer("asOf=2025-12-31").getLong("grandTotal") == 30);
        List<String> before = QUESTIONS.stream().map(q -> answer(q).prettify()).toList();
        String etagBefore = etag();
        List<String> rowsBefore = rows();
        List<String> indexesBefore = periodIndexes();
        List<String> marksBefore = marks();
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(refused.subject()) == 1);
        assertEquals(30 + 8 * 2, rowsBefore.size(), "a version per period of each event applied once");
        assertEquals(2, marksBefore.size(), "a mark per unit; employee events are recorded with their periods");
        assertEquals(16, rowsBefore.stream().filter(row -> row.contains("|current|/openasn/personnel-service|2|")).count(),
                "the promoted employees' current periods record the promotion");
        assertEquals(22, rowsBefore.stream().filter(row -> row.contains("|current|/openasn/personnel-service|1|")).count(),
                "the others' record their registration");

        given().auth().oauth2(TestTokens.of("viewer")).post("/admin/read-model/rebuild").then().statusCode(403);
        Instant asked = Instant.now();
        given().auth().oauth2(TestTokens.of("admin")).post("/admin/read-model/rebuild").then().statusCode(202);
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            JsonPath state = given().auth().oauth2(TestTokens.of("admin")).get("/admin/read-model").then().statusCode(200).extract().jsonPath();
            return state.get("rebuild.finishedAt") != null && Instant.parse(state.getString("rebuild.startedAt")).isAfter(asked);
        });

        List<String> after = QUESTIONS.stream().map(q -> answer(q).prettify()).toList();
        assertEquals(before, after);
        assertEquals(rowsBefore, rows(), "the same versions of the same periods");
        assertEquals(marksBefore, marks(), "the same consumed sequences, so that live consumption goes on skipping what was applied");
        assertEquals(indexesBefore, periodIndexes(), "the index of current periods dropped for the rebuild is built again");
        assertNotEquals(etagBefore, etag(), "a rebuild changes the ETag");
        assertEquals(2, deadLetters(refused.subject()), "the refused event's batch was applied one by one, and the event dead-lettered again");
        JsonPath state = given().auth().oauth2(TestTokens.of("admin")).get("/admin/read-model").then().extract().jsonPath();
        assertNotNull(state.get("rebuildEventsPerSecond"));
        // the replay began the whole topic behind; caught up, the lag in records says so within a few polls (Kafka's
        // windowed records-lag-max, read before, kept the replay's lag for a minute)
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(TestTokens.of("admin")).get("/admin/read-model").then()
                .statusCode(200).extract().jsonPath().getLong("lagRecords") == 0);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** A service stopped during a rebuild, whose index of current periods was dropped, builds it again when it starts. */
    @Test
    void shouldBuildTheIndexOfCurrentPeriodsAtStartWhenMissing() {
        List<String> indexes = periodIndexes();
        query("DROP INDEX employee_period_current");
        assertNotEquals(indexes, periodIndexes());
        rebuild.onStart(null);
        assertEquals(indexes, periodIndexes());
    }

    /**
     * A migration that empties the read model (such as {@code V39}) asks for a rebuild with a row: the service starts one
     * at start-up, which answers the request when it finishes; with no request, none starts.
     */
    @Test
    void shouldRebuildWhenAMigrationAskedForIt() throws Exception {
        List<String> current = query("SELECT concat_ws('|', employee_id, valid_from, event_sequence, event_id) FROM employee_period WHERE superseded_at IS NULL ORDER BY 1");
        query("INSERT INTO read_model_replay_request (reason) VALUES ('a test asks')");

        rebuild.startRequested().orElseThrow().get(3, TimeUnit.MINUTES);

        assertEquals(List.of(), query("SELECT reason FROM read_model_replay_request"), "the request is answered");
        assertEquals(current, query("SELECT concat_ws('|', employee_id, valid_from, event_sequence, event_id) FROM employee_period WHERE superseded_at IS NULL ORDER BY 1"));
        assertTrue(rebuild.startRequested().isEmpty(), "nothing more is asked");
    }

    /** The messages keyed {@code key} on the consumer's dead-letter topic. */
    private static int deadLetters(String key) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.deadLetter(PersonnelEventsHandler.GROUP)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            int found = 0;
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200))) {
                    found += key.equals(record.key()) ? 1 : 0;
                }
            }
            return found;
        }
    }

    private List<String> periodIndexes() {
        return query("SELECT indexdef FROM pg_indexes WHERE tablename = 'employee_period' ORDER BY indexname");
    }

    /** Every version of the agency's periods, with the event that wrote it, all columns but the row id, in a stable order. */
    private List<String> rows() {
        return query("""
                SELECT concat_ws('|', employee_id, recorded_at, valid_from, valid_to, kind, kedudukan_hukum, in_service, separation, golongan,
                                 jenis_jabatan, eselon, unit_id, gender, birth_date, agama, cause, cause_mutation_id, coalesce(superseded_at::text, 'current'),
                                 event_source, event_sequence, event_id)
                FROM employee_period WHERE instansi = ? ORDER BY 1""", agency);
    }

    /** The consumer's marks of the agency's units (employee events are recorded with their periods). */
    private List<String> marks() {
        return query("""
                SELECT concat_ws('|', source, subject, last_sequence, last_event_id) FROM consumed_sequence
                WHERE consumer_group = 'reporting-service' AND subject IN (SELECT employee_id::text FROM employee_period WHERE instansi = ?
                                                                           UNION SELECT id::text FROM org_unit WHERE instansi = ?)
                ORDER BY 1""", agency, agency);
    }

    private List<String> query(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            if (!s.execute()) {
                return rows;
            }
            try (ResultSet r = s.getResultSet()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String etag() {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).queryParam("asOf", "2025-12-31")
                .get("/headcounts").then().statusCode(200).extract().header("ETag");
    }

    private JsonPath answer(String question) {
        var request = given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency);
        for (String parameter : question.split("&")) {
            String[] nameAndValue = parameter.split("=");
            request.queryParam(nameAndValue[0], nameAndValue[1]);
        }
        return request.get("/headcounts").then().statusCode(200).extract().jsonPath();
    }
}
