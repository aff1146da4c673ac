package org.openasn.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventType;
import org.openasn.events.EventTypes;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes events to the test Kafka as the services do: each to its type's topic, keyed by its subject. Also sends
 * arbitrary text or bytes, for tests of what a consumer does with a record that is not a valid event. A service's tests extend it
 * with factories of the events they need.
 */
public class EventPublisher implements AutoCloseable {

    private static final long ACKNOWLEDGEMENT_SECONDS = 30;

    private final KafkaProducer<String, byte[]> producer;

    /** A publisher to the Kafka of the running Quarkus test ({@code kafka.bootstrap.servers}). */
    public EventPublisher() {
        this(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the event and waits until Kafka has it. */
    public void send(EventEnvelope event) {
        await(sendAsync(event), event.type());
    }

    /** Publishes without waiting for the broker's acknowledgement (for load); {@link #flush()} waits for all. */
    public Future<RecordMetadata> sendAsync(EventEnvelope event) {
        return producer.send(new ProducerRecord<>(topicOf(event), event.subject(), utf8(EventCodec.write(event))));
    }

    /** Publishes the event with this record timestamp (as if it had been published then) and waits until Kafka has it. */
    public void send(EventEnvelope event, long timestamp) {
        await(producer.send(new ProducerRecord<>(topicOf(event), null, timestamp, event.subject(), utf8(EventCodec.write(event)))), event.type());
    }

    /** Sends {@code text} in place of the event's own, keyed and routed as the event would be (a message altered by hand), and waits. */
    public void sendAltered(EventEnvelope event, String text) {
        await(sendTextAsync(topicOf(event), event.subject(), text), event.type());
    }

    /** Sends any text (a malformed event, an unknown type ...) and waits until Kafka has it. */
    public void sendText(String topic, String key, String value) {
        await(sendTextAsync(topic, key, value), topic);
    }

    /** Sends any text without waiting; {@link #flush()} waits for all. */
    public Future<RecordMetadata> sendTextAsync(String topic, String key, String value) {
        return producer.send(new ProducerRecord<>(topic, key, value == null ? null : utf8(value)));
    }

    /** Sends any bytes (not UTF-8, say) and waits until Kafka has them. */
    public void sendBytes(String topic, String key, byte[] value) {
        await(producer.send(new ProducerRecord<>(topic, key, value)), topic);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String topicOf(EventEnvelope event) {
        return EventTypes.byName(event.type()).map(EventType::topic)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()));
    }

    private static void await(Future<RecordMetadata> sent, String what) {
        try {
            sent.get(ACKNOWLEDGEMENT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + what, e);
        }
    }
}
