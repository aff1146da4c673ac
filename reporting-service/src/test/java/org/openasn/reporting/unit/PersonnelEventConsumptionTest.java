package org.openasn.reporting.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.DeadLetters;
import org.openasn.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** personnel.events as personnel-service would publish them, and some it never should. */
@QuarkusTest
class PersonnelEventConsumptionTest {

    @AutoClose
    private static final EventPublisher events = new EventPublisher();

    @Test
    void shouldApplyAnEventOnceEvenWhenItIsDeliveredTwice() throws Exception {
        String agency = "T" + UUID.randomUUID().toString().substring(0, 6);
        UUID unitId = UUID.randomUUID();
        EventEnvelope event = EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", unitId.toString(), agency, 1,
                Instant.now(), new UnitRegistered(unitId, agency, "BKPSDM", "Badan Kepegawaian", null, null, LocalDate.of(2017, 1, 1)));

        send(unitId.toString(), EventCodec.write(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("integration"))
                .queryParam("instansi", agency).get("/units")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].code", equalTo("BKPSDM")));
        JsonPath before = consumer();

        send(unitId.toString(), EventCodec.write(event));

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer().getLong("duplicates") > before.getLong("duplicates"));
        JsonPath after = consumer();
        assertEquals(before.getLong("applied"), after.getLong("applied"), "the duplicate was not applied");
        assertNull(after.get("stalledBy"));
        given().auth().oauth2(TestTokens.of("viewer", agency)).queryParam("instansi", agency).get("/units")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldDeadLetterMalformedMessagesWithTheReasonAndKeepGoing() throws Exception {
        String key = UUID.randomUUID().toString();
        send(key, "{this is not an event");
        UUID unitId = UUID.randomUUID();
        String agency = "M" + UUID.randomUUID().toString().substring(0, 6);
        String nameless = EventCodec.write(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", unitId.toString(),
                agency, 1, Instant.now(), new UnitRegistered(unitId, agency, "X", "X", null, null, LocalDate.of(2020, 1, 1))))
                .replace("\"name\":\"X\",", "");
        send(unitId.toString(), nameless);
        UUID goodId = UUID.randomUUID();
        send(goodId.toString(), EventCodec.write(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service",
                goodId.toString(), agency, 1, Instant.now(), new UnitRegistered(goodId, agency, "GOOD", "Good", null, null, LocalDate.of(2020, 1, 1)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).get("/units").then().body("code", org.hamcrest.Matchers.contains("GOOD")));
        List<Map<String, Object>> items = DeadLetters.received();
        assertTrue(items.stream().anyMatch(d -> key.equals(d.get("key")) && String.valueOf(d.get("reason")).contains("not JSON")), items.toString());
        assertTrue(items.stream().anyMatch(d -> unitId.toString().equals(d.get("key")) && String.valueOf(d.get("reason")).contains("name")), items.toString());

        List<ConsumerRecord<String, byte[]>> onTopic = readDeadLetterTopic(key);
        assertEquals("{this is not an event", new String(onTopic.get(0).value(), StandardCharsets.UTF_8));
        String reason = new String(onTopic.get(0).headers().lastHeader("dlt-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("not JSON"), reason);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldDeadLetterBytesThatAreNotTextKeepingThemAsTheyCame() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] value = {'{', '"', 'i', 'd', '"', ':', 0, (byte) 0xC3, '(', '}'}; // a NUL, which a text column refuses, and broken UTF-8
        events.sendBytes(Topics.PERSONNEL, key, value);
        UUID goodId = UUID.randomUUID();
        String agency = "B" + UUID.randomUUID().toString().substring(0, 6);
        send(goodId.toString(), EventCodec.write(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service",
                goodId.toString(), agency, 1, Instant.now(), new UnitRegistered(goodId, agency, "AFTER", "After", null, null, LocalDate.of(2020, 1, 1)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).get("/units").then().body("code", org.hamcrest.Matchers.contains("AFTER")));
        List<Map<String, Object>> items = DeadLetters.received();
        Map<String, Object> letter = items.stream().filter(d -> key.equals(d.get("key"))).findFirst().orElseThrow(() -> new AssertionError(items));
        assertTrue(String.valueOf(letter.get("reason")).contains("not JSON"), letter.toString());
        assertEquals("{\"id\":\uFFFD\uFFFD(}", letter.get("payload"), "stored as text, what is not text replaced");
        assertArrayEquals(value, readDeadLetterTopic(key).get(0).value(), "the dead-letter topic keeps the bytes as they came");
        assertNull(consumer().get("stalledBy"));
    }

    @Test
    void shouldReplaceAUnitPublishedAgainWithoutStalling() throws Exception {
        String agency = "R" + UUID.randomUUID().toString().substring(0, 6);
        UUID unitId = UUID.randomUUID();
        for (int sequence = 1; sequence <= 2; sequence++) {
            send(unitId.toString(), EventCodec.write(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service",
                    unitId.toString(), agency, sequence, Instant.now(), new UnitRegistered(unitId, agency, "DISDIK",
                            sequence == 1 ? "Dinas Pendidikan" : "Dinas Pendidikan dan Kebudayaan", null, null, LocalDate.of(2017, 1, 1)))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("viewer", agency))
                .queryParam("instansi", agency).get("/units").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].name", equalTo("Dinas Pendidikan dan Kebudayaan")));
        assertNull(consumer().get("stalledBy"));
    }

    @Test
    void shouldRequireATokenAndARoleForUnits() {
        given().queryParam("instansi", "D110").get("/units").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("self")).queryParam("instansi", "D110").get("/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer")).get("/units")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("instansi"));
    }

    /** An agency's units are its own, as its exact headcounts are: an operator or a viewer of another agency got them. */
    @Test
    void shouldShowAnAgencysUnitsOnlyToItsOwnOperatorsAndViewersAndToAdminsAndIntegrations() {
        for (String role : List.of("operator", "viewer")) {
            given().auth().oauth2(TestTokens.of(role, "OTHER")).queryParam("instansi", "D110").get("/units").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("Your token is for agency OTHER; it gives no access to agency D110."));
            given().auth().oauth2(TestTokens.of(role, "D110")).queryParam("instansi", "D110").get("/units").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.of("integration", "OTHER")).queryParam("instansi", "D110").get("/units").then().statusCode(200);
        given().auth().oauth2(TestTokens.of("admin", "OTHER")).queryParam("instansi", "D110").get("/units").then().statusCode(200);
    }

    /** This service's consumer as the admin endpoint shows it. */
    private static JsonPath consumer() {
        JsonPath all = given().auth().oauth2(TestTokens.of("admin")).get("/admin/events/consumers")
                .then().statusCode(200).extract().jsonPath();
        all.setRootPath("find { it.group == '" + PersonnelEventsHandler.GROUP + "' }");
        return all;
    }

    private static void send(String key, String value) {
        events.sendText(Topics.PERSONNEL, key, value);
    }

    private static List<ConsumerRecord<String, byte[]>> readDeadLetterTopic(String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(Topics.deadLetter(PersonnelEventsHandler.GROUP)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        assertTrue(!found.isEmpty(), "dead letter of " + key + " on " + Topics.deadLetter(PersonnelEventsHandler.GROUP));
        return found;
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
