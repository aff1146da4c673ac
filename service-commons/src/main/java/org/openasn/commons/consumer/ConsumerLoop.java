package org.openasn.commons.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.commons.kafka.TopicProvisioner;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.InvalidEventException;
import org.openasn.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one {@link EventHandler} on its own thread: polls a batch, applies it in one transaction together
 * with the consumed-sequence marks, then commits the Kafka offsets. When the batch fails it is replayed one
 * record per transaction, so that a bad message goes to the dead-letter topic without taking good ones
 * along; a transient failure rewinds to the failed record and retries with back-off.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private enum Outcome { APPLIED, DUPLICATE, DEAD_LETTERED }

    private final EventHandler handler;
    private final EventsConfig config;
    private final ConsumptionLedger ledger;
    private final TopicProvisioner topics;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile long lag;
    private volatile String stalledBy;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetterProducer;
    private Duration backoff = Duration.ZERO;

    ConsumerLoop(EventHandler handler, EventsConfig config, ConsumptionLedger ledger, TopicProvisioner topics) {
        this.handler = handler;
        this.config = config;
        this.ledger = ledger;
        this.topics = topics;
    }

    ConsumerStatus status() {
        return new ConsumerStatus(handler.group(), handler.topics(), applied.get(), duplicates.get(), deadLettered.get(), lag, stalledBy);
    }

    void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        try {
            provisionTopics();
            consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
            deadLetterProducer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                    new StringSerializer(), new StringSerializer());
            consumer.subscribe(handler.topics());
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                lag = currentLag();
                if (!records.isEmpty()) {
                    consume(records);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", handler.group());
            stalledBy = "stopped: " + e.getMessage();
        } finally {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
            }
            if (deadLetterProducer != null) {
                deadLetterProducer.close(Duration.ofSeconds(5));
            }
        }
    }

    private void provisionTopics() throws InterruptedException {
        List<String> needed = new ArrayList<>(handler.topics());
        needed.add(Topics.deadLetter(handler.group()));
        while (running) {
            try {
                topics.ensure(needed);
                return;
            } catch (RuntimeException e) {
                stalledBy = e.getMessage();
                pause();
            }
        }
    }

    private void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> record : records) {
                    batch.add(process(record));
                }
                return batch;
            });
        } catch (RuntimeException batchFailure) {
            LOG.debugf("batch of %d failed (%s); applying one by one", records.count(), batchFailure.getMessage());
            consumeOneByOne(records);
            return;
        }
        consumer.commitSync();
        outcomes.forEach(this::count);
        recovered();
    }

    private void consumeOneByOne(ConsumerRecords<String, String> records) throws InterruptedException {
        Set<TopicPartition> rewound = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (rewound.contains(partition)) {
                continue;
            }
            Outcome outcome;
            try {
                outcome = QuarkusTransaction.requiringNew().call(() -> process(record));
            } catch (RuntimeException e) {
                Throwable cause = rootOf(e);
                if (cause instanceof RejectedEventException || cause instanceof InvalidEventException) {
                    outcome = QuarkusTransaction.requiringNew().call(() -> deadLetter(record, parseOrNull(record), cause.getMessage()));
                } else {
                    stalledBy = "event at " + partition + "@" + record.offset() + ": " + cause;
                    LOG.warnf("consumer %s cannot apply %s@%d (%s); retrying", handler.group(), partition, record.offset(), cause);
                    consumer.seek(partition, record.offset());
                    rewound.add(partition);
                    continue;
                }
            }
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            count(outcome);
        }
        if (rewound.isEmpty()) {
            recovered();
        } else {
            pause();
        }
    }

    /** Applies one record in the current transaction. */
    private Outcome process(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            if (record.value() == null) {
                throw new InvalidEventException(List.of("empty message"));
            }
            event = EventCodec.read(record.value());
            if (record.key() != null && !record.key().equals(event.subject())) {
                throw new InvalidEventException(List.of("key " + record.key() + " differs from subject " + event.subject()));
            }
        } catch (InvalidEventException e) {
            return deadLetter(record, null, e.getMessage());
        }
        if (!ledger.claim(handler.group(), event)) {
            return Outcome.DUPLICATE;
        }
        handler.apply(event);
        return Outcome.APPLIED;
    }

    private Outcome deadLetter(ConsumerRecord<String, String> record, EventEnvelope event, String reason) {
        ledger.deadLetter(handler.group(), record, event, reason);
        ProducerRecord<String, String> letter = new ProducerRecord<>(Topics.deadLetter(handler.group()), record.key(), record.value());
        letter.headers().add(new RecordHeader("dlt-reason", bytes(reason)));
        letter.headers().add(new RecordHeader("dlt-original-topic", bytes(record.topic())));
        letter.headers().add(new RecordHeader("dlt-original-partition", bytes(Integer.toString(record.partition()))));
        letter.headers().add(new RecordHeader("dlt-original-offset", bytes(Long.toString(record.offset()))));
        try {
            deadLetterProducer.send(letter).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to the dead-letter topic: " + e.getMessage(), e);
        }
        LOG.warnf("consumer %s dead-lettered %s-%d@%d: %s", handler.group(), record.topic(), record.partition(), record.offset(), reason);
        return Outcome.DEAD_LETTERED;
    }

    private static EventEnvelope parseOrNull(ConsumerRecord<String, String> record) {
        try {
            return record.value() == null ? null : EventCodec.read(record.value());
        } catch (InvalidEventException e) {
            return null;
        }
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case APPLIED -> applied.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            case DEAD_LETTERED -> deadLettered.incrementAndGet();
        }
    }

    private void recovered() {
        stalledBy = null;
        backoff = Duration.ZERO;
    }

    private void pause() throws InterruptedException {
        backoff = backoff.isZero() ? Duration.ofMillis(250) : backoff.multipliedBy(2);
        if (backoff.compareTo(config.consumers().maxBackoff()) > 0) {
            backoff = config.consumers().maxBackoff();
        }
        Thread.sleep(backoff.toMillis());
    }

    private long currentLag() {
        for (Map.Entry<org.apache.kafka.common.MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
            if (metric.getKey().name().equals("records-lag-max") && !metric.getKey().tags().containsKey("topic")) {
                Object value = metric.getValue().metricValue();
                if (value instanceof Double d && !d.isNaN()) {
                    return d.longValue();
                }
            }
        }
        return 0;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, handler.group(),
                ConsumerConfig.CLIENT_ID_CONFIG, handler.group() + "-" + ProcessHandle.current().pid(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumers().maxPollRecords());
    }

    private static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof RejectedEventException) && !(cause instanceof InvalidEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
