package org.openasn.reporting.benchmark;

import org.openasn.testing.BenchmarkScale;
import org.openasn.testing.Timings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.reporting.support.PersonnelEvents;
import org.openasn.testing.PolledJson;
import org.openasn.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The event-flow figures (docs/benchmarks.md, section reporting-service), each with a baseline measured in the
 * same run: the event lag while 500 employee events per second arrive, against the lag of a plain Kafka consumer that
 * reads the same events without applying them; the rebuild rate from the topic, against reading and decoding the same
 * topic without applying it.
 */
@QuarkusTest
@Tag("benchmark")
class EventFlowBenchmarkTest {

    private static final int LAG_EVENTS_PER_SECOND = 500;
    private static final int LAG_SECONDS = BenchmarkScale.of("bench.lag.seconds", 20, 2);
    private static final int WARM_UP_EVENTS = BenchmarkScale.of("bench.warm-up", 5_000, 500);
    /** How long the warm-up's lags are left to leave the lag timer's window (Micrometer's two minutes). */
    private static final int SETTLE_SECONDS = BenchmarkScale.of("bench.lag.settle-seconds", 130, 0);
    private static final int REBUILD_EVENTS = BenchmarkScale.of("bench.rebuild.events", 200_000, 2_000);
    /** Rebuilds measured one after the other; the first runs in a JVM that has applied the events once, the later ones warmer. */
    private static final int REBUILD_ROUNDS = BenchmarkScale.of("bench.rebuild.rounds", 2, 1);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void measure() throws Exception {
        System.out.printf("BENCHMARK event flow: lag at %d events/s for %d s; rebuild of %d events and more%n", LAG_EVENTS_PER_SECOND,
                LAG_SECONDS, REBUILD_EVENTS);
        if (LAG_SECONDS > 0) { // -Dbench.lag.seconds=0 measures the rebuild alone
            eventLagUnderLoad();
        }
        rebuildRate();
    }

    private void eventLagUnderLoad() throws Exception {
        long total = (long) LAG_EVENTS_PER_SECOND * LAG_SECONDS;
        warmUp();
        long appliedBefore = state().path("applied").asLong();
        // the baseline reads the same events as they arrive, from the end of the topic, and applies nothing
        try (KafkaConsumer<String, byte[]> plain = plainConsumer()) {
            List<TopicPartition> partitions = partitions(plain);
            plain.assign(partitions);
            plain.seekToEnd(partitions);
            partitions.forEach(plain::position);
            CompletableFuture<double[]> baseline = CompletableFuture.supplyAsync(() -> plainLags(plain, total));
            try (PersonnelEvents events = new PersonnelEvents()) {
                long started = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long wait = started + i * 1_000_000_000L / LAG_EVENTS_PER_SECOND - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    events.sendAsync(employeeEvent("LAG", i));
                }
                events.flush();
                System.out.printf("BENCHMARK lag: published %d employee events at %d/s in %.1f s%n", total, LAG_EVENTS_PER_SECOND,
                        (System.nanoTime() - started) / 1e9);
            }
            await().atMost(Duration.ofMinutes(5)).until(() -> state().path("applied").asLong() >= appliedBefore + total);
            double[] plainLag = baseline.get();
            String metrics = given().get("/q/metrics").then().extract().asString();
            System.out.printf("BENCHMARK lag: Kafka timestamp to commit of the effect (asn_consumer_event_lag_seconds), p50 %s s, p95 %s s, "
                    + "p99 %s s, max %s s%n", quantile(metrics, "0.5"), quantile(metrics, "0.95"), quantile(metrics, "0.99"), max(metrics));
            System.out.printf("BENCHMARK lag: baseline, Kafka timestamp to a plain consumer's poll (nothing applied), p50 %.3f s, p95 %.3f s, "
                    + "p99 %.3f s, max %.3f s%n", Timings.percentile(plainLag, 50), Timings.percentile(plainLag, 95), Timings.percentile(plainLag, 99),
                    plainLag[plainLag.length - 1]);
        }
    }

    /**
     * A service that has just started is slower (partition assignment, JIT): applies a burst, then waits until the lag
     * timer's window (Micrometer's two minutes) no longer holds it, so that the figures are about the steady state.
     */
    private void warmUp() throws InterruptedException {
        long appliedBefore = state().path("applied").asLong();
        try (PersonnelEvents events = new PersonnelEvents()) {
            for (int i = 0; i < WARM_UP_EVENTS; i++) {
                events.sendAsync(employeeEvent("WARMUP", i));
            }
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> state().path("applied").asLong() >= appliedBefore + WARM_UP_EVENTS);
        Thread.sleep(Duration.ofSeconds(SETTLE_SECONDS).toMillis());
    }

    private void rebuildRate() throws Exception {
        long appliedBefore = state().path("applied").asLong();
        try (PersonnelEvents events = new PersonnelEvents()) {
            long started = System.nanoTime();
            for (int i = 0; i < REBUILD_EVENTS; i++) {
                events.sendAsync(employeeEvent("REBUILD", i));
            }
            events.flush();
            System.out.printf("BENCHMARK rebuild: published %d more employee events in %.1f s%n", REBUILD_EVENTS, (System.nanoTime() - started) / 1e9);
        }
        long applyStarted = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> state().path("applied").asLong() >= appliedBefore + REBUILD_EVENTS);
        System.out.printf("BENCHMARK rebuild: the consumer applied them as they came, %.0f events/s%n",
                REBUILD_EVENTS / ((System.nanoTime() - applyStarted) / 1e9));
        Map<String, Long> applied = periods();
        for (int round = 1; round <= REBUILD_ROUNDS; round++) {
            long[] read = readWholeTopic();
            System.out.printf("BENCHMARK rebuild: baseline %d, a plain consumer reads and decodes all %d events of the topic (nothing applied): "
                    + "%.0f events/s%n", round, read[0], read[0] * 1e9 / read[1]);
            Instant asked = Instant.now();
            given().auth().oauth2(TestTokens.of("admin")).post("/admin/read-model/rebuild").then().statusCode(202);
            // the rate is the service's own (its start to its end), so polling only has to notice the end
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                JsonNode rebuild = state().path("rebuild");
                return rebuild.hasNonNull("finishedAt") && Instant.parse(rebuild.path("startedAt").asText()).isAfter(asked);
            });
            JsonNode state = state();
            JsonNode rebuild = state.path("rebuild");
            System.out.printf("BENCHMARK rebuild: round %d, POST /admin/read-model/rebuild replayed %d events from %s to %s: %.0f events/s%n", round,
                    rebuild.path("events").asLong(), rebuild.path("startedAt").asText(), rebuild.path("finishedAt").asText(),
                    state.path("rebuildEventsPerSecond").asDouble());
            assertEquals(applied, periods(), "the rebuilt read model holds the periods the events applied as they came");
        }
    }

    /** The read model's periods counted by agency, golongan and whether they are current. */
    private Map<String, Long> periods() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT instansi || ' ' || golongan || ' ' || (valid_to IS NULL), count(*) FROM employee_period GROUP BY 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Reads every record of the topic from the beginning and decodes it as the consumer does: {events, nanoseconds}. */
    private static long[] readWholeTopic() {
        try (KafkaConsumer<String, byte[]> plain = plainConsumer()) {
            List<TopicPartition> partitions = partitions(plain);
            plain.assign(partitions);
            long started = System.nanoTime();
            plain.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = plain.endOffsets(partitions);
            long events = 0;
            while (partitions.stream().anyMatch(p -> plain.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : plain.poll(Duration.ofMillis(500))) {
                    EventEnvelope event = EventCodec.read(record.value());
                    EventTypes.employeeByName(event.type()).ifPresent(type -> EventCodec.data(event, type));
                    events++;
                }
            }
            return new long[]{events, System.nanoTime() - started};
        }
    }

    private static double[] plainLags(KafkaConsumer<String, byte[]> plain, long total) {
        double[] lags = new double[(int) total];
        int seen = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (seen < total && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : plain.poll(Duration.ofMillis(500))) {
                if (seen < total) {
                    lags[seen++] = Math.max(0, System.currentTimeMillis() - record.timestamp()) / 1000.0;
                }
            }
        }
        double[] sorted = Arrays.copyOf(lags, seen);
        Arrays.sort(sorted);
        return sorted;
    }

    private static KafkaConsumer<String, byte[]> plainConsumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.PERSONNEL);
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static EventEnvelope employeeEvent(String agency, int i) {
        UUID id = UUID.nameUUIDFromBytes(("bench-" + agency + i).getBytes());
        return PersonnelEvents.employee(id, agency, 1, "employee-registered", Instant.parse("2026-01-05T00:00:00Z"), i % 2 == 0 ? "L" : "P",
                LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28), "" + (1 + i % 7),
                List.of(PersonnelEvents.period(LocalDate.of(2010 + i % 15, 1 + i % 12, 1), null, "PNS", "III/" + "abcd".charAt(i % 4), "" + (1 + i % 4),
                        null, null, "employee-registered")));
    }

    private static JsonNode state() {
        return PolledJson.of(given().auth().oauth2(TestTokens.of("admin")).get("/admin/read-model").then().statusCode(200));
    }

    private static String quantile(String metrics, String quantile) {
        Matcher m = Pattern.compile("asn_consumer_event_lag_seconds\\{group=\"reporting-service\",quantile=\"" + quantile + "\"[^}]*} ([0-9.E-]+)")
                .matcher(metrics);
        return m.find() ? m.group(1) : "n/a";
    }

    private static String max(String metrics) {
        Matcher m = Pattern.compile("asn_consumer_event_lag_seconds_max\\{group=\"reporting-service\"[^}]*} ([0-9.E-]+)").matcher(metrics);
        return m.find() ? m.group(1) : "n/a";
    }
}
