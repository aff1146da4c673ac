package org.openasn.retirement.bup.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.reference.position.BupCategory;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.RetirementRule;
import org.openasn.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BUP rules reach Kafka as a decision table: at start-up, and again with every new rule set version. */
@QuarkusTest
class BupRulesPublicationTest {

    @Inject
    BupRulesPublication publication;

    @Test
    void shouldPublishTheDecisionTableOnceAtStartUpAndAgainWithEveryNewVersion() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !published().isEmpty());
        List<EventEnvelope> before = published();
        assertEquals(expectedRanges(), data(before.get(before.size() - 1)).ranges(), "the last event describes the versions recorded");
        assertEquals(BupRulesPublished.NATIONAL, before.get(0).instansi());

        publication.atStartup(null);
        assertEquals(before.size(), QuarkusTransaction.requiringNew().call(() -> sequenceOfTheRules()),
                "a restart publishes nothing when the rules were published before");

        String latest = given().auth().oauth2(TestTokens.of("viewer")).get("/bup-rules").then().extract().path("[-1].effectiveFrom");
        Map<String, Integer> ages = new HashMap<>();
        for (BupCategory category : BupCategory.values()) {
            ages.put(category.name(), category.statutoryAge());
        }
        ages.put("ADMINISTRATION", 62);
        LocalDate from = LocalDate.parse(latest).plusYears(2);
        String id = given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", from.toString(), "legalBasis", "test: BUP 62 for administration", "rules", ages))
                .post("/bup-rules").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> published().size() == before.size() + 1);
        List<EventEnvelope> after = published();
        EventEnvelope last = after.get(after.size() - 1);
        assertEquals(before.get(before.size() - 1).sequence() + 1, last.sequence());
        List<BupRulesPublished.Range> ranges = data(last).ranges();
        assertEquals(expectedRanges(), ranges);
        BupRulesPublished.Range newest = ranges.stream()
                .filter(r -> r.bupCategory().equals("ADMINISTRATION") && r.bornBefore() == null).findFirst().orElseThrow();
        assertEquals(62, newest.age());
        assertEquals(UUID.fromString(id), newest.ruleSetId());
        assertEquals(from, newest.reachedNotBefore(), "BUP under a later version counts as reached from its effective date at the earliest");
        assertEquals(null, ranges.stream().filter(r -> r.bupCategory().equals("ADMINISTRATION") && r.bornFrom() == null).findFirst().orElseThrow()
                .reachedNotBefore(), "the earliest version has no such date");
        assertTrue(newest.bornFrom().plusYears(58).isBefore(from) || newest.bornFrom().plusYears(58).equals(from),
                "whoever reaches the old BUP 58 before the new version starts keeps it: " + newest.bornFrom());
    }

    @Test
    void shouldPublishAgainAtStartUpWhenTheRulesLastPublishedDifferFromTheRecordedOnes() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !published().isEmpty());
        // as a release before decision 40 left it: its ranges carried no reachedNotBefore (here: no ranges at all)
        String older = EventCodec.write(EventEnvelope.create(EventTypes.BUP_RULES_PUBLISHED_V1, "/openasn/retirement-service",
                BupRulesPublished.SUBJECT, BupRulesPublished.NATIONAL, 1, Instant.now(), new BupRulesPublished(List.of())));
        QuarkusTransaction.requiringNew().run(() -> BupRuleVersion.getEntityManager()
                .createNativeQuery("UPDATE bup_rules_last_published SET event = :event").setParameter("event", older).executeUpdate());
        long before = QuarkusTransaction.requiringNew().call(() -> sequenceOfTheRules());

        publication.atStartup(null);
        assertEquals(before + 1, QuarkusTransaction.requiringNew().call(() -> sequenceOfTheRules()), "the recorded rules are published again");
        publication.atStartup(null);
        assertEquals(before + 1, QuarkusTransaction.requiringNew().call(() -> sequenceOfTheRules()), "and then not again");
        await().atMost(Duration.ofSeconds(30)).until(() -> published().get(published().size() - 1).sequence() == before + 1);
        List<EventEnvelope> events = published();
        assertEquals(expectedRanges(), data(events.get(events.size() - 1)).ranges());
    }

    private static List<BupRulesPublished.Range> expectedRanges() {
        return QuarkusTransaction.requiringNew().call(() -> RetirementRule.decisionTable(BupRuleVersion.ruleSets()).stream()
                .map(r -> new BupRulesPublished.Range(r.category().name(), r.bornFrom(), r.bornBefore(), r.age(), r.ruleSet().id(),
                        r.ruleSet().legalBasis(), r.reachedNotBefore()))
                .toList());
    }

    private static long sequenceOfTheRules() {
        return ((Number) BupRuleVersion.getEntityManager()
                .createNativeQuery("SELECT last_sequence FROM outbox_subject_sequence WHERE subject = :subject")
                .setParameter("subject", BupRulesPublished.SUBJECT).getSingleResult()).longValue();
    }

    private static BupRulesPublished data(EventEnvelope event) {
        return EventCodec.data(event, EventTypes.BUP_RULES_PUBLISHED_V1);
    }

    /** Every bup-rules event in the retirement topic, in order. */
    private static List<EventEnvelope> published() {
        List<EventEnvelope> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RETIREMENT));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> r : records) {
                    if (BupRulesPublished.SUBJECT.equals(r.key())) {
                        events.add(EventCodec.read(r.value()));
                    }
                }
            }
        }
        return events;
    }
}
