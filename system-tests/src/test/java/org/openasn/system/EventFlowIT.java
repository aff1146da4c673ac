package org.openasn.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openasn.events.Topics;
import org.openasn.infra.LocalInfra;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged personnel-service and reporting-service as separate processes, on real PostgreSQL and Kafka:
 * a write in one reaches the other through the outbox and Kafka, exactly once, also across a Kafka outage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventFlowIT {

    private static final String AGENCY = "E2E";
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private static RunningSystem system;
    private static LocalInfra infra;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start(AGENCY, "personnel", "reporting");
        infra = system.infra();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aUnitRegisteredInPersonnelReachesReporting() {
        String unitId = registerUnit("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM");

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> reportingUnits().then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(unitId)));
    }

    @Test
    @Order(2)
    void aDuplicateDeliveryHasNoSecondEffect() throws Exception {
        String unitId = registerUnit("DISDIK", "Dinas Pendidikan");
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> reportingUnits().then().body("id", org.hamcrest.Matchers.hasItem(unitId)));
        ConsumerRecord<String, String> published = readPersonnelEvent(unitId);
        JsonPath before = reportingConsumer();

        publish(published.key(), published.value());

        await().atMost(EVENT_TIMEOUT).until(() -> reportingConsumer().getLong("duplicates") == before.getLong("duplicates") + 1);
        JsonPath after = reportingConsumer();
        assertEquals(before.getLong("applied"), after.getLong("applied"));
        assertNull(after.get("stalledBy"));
        List<String> ids = reportingUnits().then().extract().jsonPath().getList("id");
        assertEquals(1, ids.stream().filter(unitId::equals).count(), "the unit is counted once");
    }

    @Test
    @Order(3)
    void aWriteSucceedsWhileKafkaIsDownAndItsEventArrivesWhenKafkaIsBack() {
        infra.kafka().stop();
        String unitId;
        try {
            Instant start = Instant.now();
            unitId = registerUnit("INSPEKTORAT", "Inspektorat Daerah");
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "the write does not wait for Kafka");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> system.as("personnel", "admin").get("/admin/events/outbox")
                    .then().statusCode(200).body("pending", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
            assertTrue(reportingUnits().then().extract().jsonPath().<String>getList("id").stream().noneMatch(unitId::equals));
        } finally {
            infra.kafka().start();
        }

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> reportingUnits().then().body("id", org.hamcrest.Matchers.hasItem(unitId)));
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> system.as("personnel", "admin").get("/admin/events/outbox")
                .then().body("pending", equalTo(0)));
    }

    @Test
    @Order(4)
    void aMalformedMessageLandsInTheDeadLetterTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        publish(key, "{\"specversion\": \"1.0\", \"id\": \"broken\"}");

        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> system.as("reporting", "admin").queryParam("size", 500)
                .get("/admin/events/dead-letters").then().statusCode(200)
                .body("items.findAll { it.key == '" + key + "' }.size()", equalTo(1)));
        List<ConsumerRecord<String, String>> letters = read(Topics.deadLetter("reporting-service"), r -> key.equals(r.key()));
        assertEquals(1, letters.size());
        String reason = new String(letters.get(0).headers().lastHeader("dlt-reason").value());
        assertTrue(reason.contains("subject"), reason);
        // and the consumer carries on
        String unitId = registerUnit("BAPPEDA", "Badan Perencanaan Pembangunan Daerah");
        await().atMost(EVENT_TIMEOUT).untilAsserted(() -> reportingUnits().then().body("id", org.hamcrest.Matchers.hasItem(unitId)));
    }

    @Test
    @Order(5)
    void aPromotionShowsInAHeadcountWithinASecond() {
        String unitId = registerUnit("DINKES", "Dinas Kesehatan");
        String nip = "199001012015032042";
        Map<String, Object> appointment = CpnsAppointment.of(Map.of("nip", nip, "name", "Ratna Sari", "birthDate", "1990-01-01", "gender", "P"),
                LocalDate.of(2015, 3, 1), "III/a", unitId, "40");
        system.as("personnel", "operator").contentType(ContentType.JSON).body(appointment).post("/agencies/{instansi}/employees", AGENCY)
                .then().statusCode(201);
        mutate(nip, Map.of("kind", "pns-confirmed", "skNumber", "800/PNS/2016", "skDate", "2016-02-01", "tmt", "2016-03-01",
                "reason", "Pengangkatan PNS"));
        await().atMost(EVENT_TIMEOUT).until(() -> Map.of("III/a", 1).equals(reportingRuang()));

        long asked = mutate(nip, Map.of("kind", "promoted", "golongan", "III/b", "skNumber", "823/045/BKPSDM/2019", "skDate", "2019-03-15",
                "tmt", "2019-04-01", "reason", "Kenaikan pangkat reguler"));
        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(20)).until(() -> Map.of("III/b", 1).equals(reportingRuang()));
        double seconds = (System.nanoTime() - asked) / 1e9;
        System.out.printf("EventFlowIT: the promotion showed in reporting's headcount %.3f s after it was sent to personnel-service%n", seconds);
        assertTrue(seconds < 1.0, "from the promotion's request to the changed headcount: " + seconds + " s");
    }

    /** Records a mutation in personnel-service; returns {@link System#nanoTime()} just before it was sent. */
    private static long mutate(String nip, Map<String, Object> mutation) {
        String etag = system.as("personnel", "viewer").get("/employees/{nip}", nip).then().statusCode(200).extract().header("ETag");
        long sent = System.nanoTime();
        system.as("personnel", "operator").contentType(ContentType.JSON).header("If-Match", etag).body(mutation)
                .post("/employees/{nip}/mutations", nip).then().statusCode(201);
        return sent;
    }

    /** Reporting's headcount of the agency by golongan/ruang, today. */
    private static Map<String, Object> reportingRuang() {
        return system.as("reporting", "viewer").queryParam("instansi", AGENCY).queryParam("groupBy", "ruang").get("/headcounts")
                .then().statusCode(200).extract().jsonPath().getMap("totals.ruang");
    }

    private static String registerUnit(String code, String name) {
        return system.as("personnel", "operator").contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "validFrom", "2017-01-01"))
                .post("/agencies/{instansi}/units", AGENCY)
                .then().statusCode(201).body("code", equalTo(code)).extract().path("id");
    }

    private static io.restassured.response.Response reportingUnits() {
        return system.as("reporting", "viewer").queryParam("instansi", AGENCY).get("/units");
    }

    private static JsonPath reportingConsumer() {
        JsonPath consumers = system.as("reporting", "admin").get("/admin/events/consumers").then().statusCode(200).extract().jsonPath();
        consumers.setRootPath("find { it.group == 'reporting-service' }");
        return consumers;
    }


    private static void publish(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PERSONNEL, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static ConsumerRecord<String, String> readPersonnelEvent(String key) {
        List<ConsumerRecord<String, String>> records = read(Topics.PERSONNEL, r -> key.equals(r.key()));
        assertEquals(1, records.size(), "one event for " + key);
        return records.get(0);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> wanted) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int emptyPollsAfterFind = 0;
            while (Instant.now().isBefore(deadline) && emptyPollsAfterFind < 3) {
                var records = consumer.poll(Duration.ofMillis(300));
                records.forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                if (!found.isEmpty() && records.isEmpty()) {
                    emptyPollsAfterFind++;
                }
            }
        }
        return found;
    }
}
