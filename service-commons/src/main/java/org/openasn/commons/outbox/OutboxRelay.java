package org.openasn.commons.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.commons.kafka.TopicProvisioner;
import org.openasn.events.EventTypes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes outbox rows to Kafka in {@code seq} order, then marks them published. One relay works at a time
 * across all instances of a service (a PostgreSQL advisory lock per round), so rows are sent in the order
 * they were committed; the idempotent producer keeps that order per partition through retries. While Kafka
 * is unreachable the rows stay pending and the relay retries with a doubling back-off. A crash between
 * sending and marking re-sends a few events: consumers drop them by their sequence number.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "outbox" in ASCII. */
    private static final long LOCK_KEY = 0x6f7574626f78L;
    /** While a backlog drains, the pending count (a count over every pending row) is refreshed at most this often. */
    private static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);

    @Inject
    EventsConfig config;
    @Inject
    EntityManager em;
    @Inject
    TopicProvisioner topics;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean running;
    /** {@link System#nanoTime()} after which a full round refreshes the pending count again. */
    private long statusDue = System.nanoTime();
    private Thread worker;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent startup) {
        registry.gauge("asn.outbox.pending", pending);
        registry.gauge("asn.outbox.oldest.pending.seconds", oldestPendingSeconds);
        registry.more().counter("asn.outbox.published", List.of(), published);
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            wakeUp();
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction with new events commits, so they go out without waiting for the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Pending rows, the age of the oldest, and the last publishing error (cleared on success). */
    public OutboxStatus status() {
        return new OutboxStatus(pending.get(), oldestPendingSeconds.get(), published.get(), lastError.get());
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        Instant nextCleanup = Instant.MIN;
        while (running) {
            try {
                if (!backoff.isZero()) {
                    sleep(backoff);
                    wakeUps.drainPermits();
                }
                ensureProducer();
                Round round;
                do {
                    round = QuarkusTransaction.requiringNew().call(this::relayBatch);
                    if (round.failure() != null) {
                        throw round.failure();
                    }
                } while (round.published() == config.relay().batchSize() && running);
                lastError.set(null);
                backoff = Duration.ZERO;
                if (clock.instant().isAfter(nextCleanup)) {
                    QuarkusTransaction.requiringNew().run(this::deleteExpired);
                    nextCleanup = clock.instant().plus(Duration.ofHours(1));
                }
                wakeUps.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(250) : min(backoff.multipliedBy(2), config.relay().maxBackoff());
                lastError.set(e.getMessage());
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                refreshStatus();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** What one round published, and why it stopped early (committed first, then backed off). */
    private record Round(int published, RuntimeException failure) {
    }

    /** Sends up to one batch and marks what Kafka acknowledged, stopping at the first event it refused. */
    private Round relayBatch() throws InterruptedException {
        boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        if (!locked) {
            return new Round(0, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT seq, topic, event_key, payload FROM outbox_event
                        WHERE published_at IS NULL ORDER BY seq LIMIT :limit""")
                .setParameter("limit", config.relay().batchSize())
                .getResultList();
        List<Long> sequences = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            sequences.add(((Number) row[0]).longValue());
            sends.add(producer.send(new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3])));
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        RuntimeException failure = null;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(sequences.get(i));
            } catch (ExecutionException e) {
                failure = new IllegalStateException("Kafka did not accept event seq " + sequences.get(i) + ": " + e.getCause().getMessage(), e.getCause());
                em.createNativeQuery("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE seq = :seq")
                        .setParameter("error", failure.getMessage()).setParameter("seq", sequences.get(i)).executeUpdate();
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            em.createNativeQuery("UPDATE outbox_event SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE seq IN (:seqs)")
                    .setParameter("seqs", acknowledged).executeUpdate();
            published.addAndGet(acknowledged.size());
        }
        if (acknowledged.size() < config.relay().batchSize() || System.nanoTime() - statusDue > 0) {
            refreshStatusInTransaction();
        }
        return new Round(acknowledged.size(), failure);
    }

    private void refreshStatus() {
        try {
            QuarkusTransaction.requiringNew().run(this::refreshStatusInTransaction);
        } catch (RuntimeException e) {
            LOG.debugf("outbox status unavailable: %s", e.getMessage());
        }
    }

    private void refreshStatusInTransaction() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                FROM outbox_event WHERE published_at IS NULL""").getSingleResult();
        pending.set(((Number) row[0]).longValue());
        oldestPendingSeconds.set(((Number) row[1]).longValue());
        statusDue = System.nanoTime() + STATUS_INTERVAL.toNanos();
    }

    private void deleteExpired() {
        em.createNativeQuery("DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) config.relay().retention().toSeconds()).executeUpdate();
    }

    private void ensureProducer() {
        topics.ensure(EventTypes.ALL.stream().map(t -> t.topic()).distinct().toList());
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                    new StringSerializer(), new StringSerializer());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
