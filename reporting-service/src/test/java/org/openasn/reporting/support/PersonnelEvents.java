package org.openasn.reporting.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventType;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.events.personnel.UnitRegistered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Events as personnel-service publishes them (and retirement-service's BUP rules), sent straight to the test Kafka, each
 * to its type's topic.
 */
public final class PersonnelEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), ProducerConfig.LINGER_MS_CONFIG, 5),
            new StringSerializer(), new StringSerializer());

    public void send(EventEnvelope event) {
        try {
            producer.send(new ProducerRecord<>(topicOf(event), event.subject(), EventCodec.write(event))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + event.type(), e);
        }
    }

    /** Sends {@code value} as it is, keyed by the event's subject, to the event type's topic: a message altered by hand. */
    public void send(EventEnvelope event, String value) {
        try {
            producer.send(new ProducerRecord<>(topicOf(event), event.subject(), value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + event.type(), e);
        }
    }

    /** Sends without waiting for the broker's acknowledgement (for load); {@link #flush()} waits for all. */
    public void sendAsync(EventEnvelope event) {
        producer.send(new ProducerRecord<>(topicOf(event), event.subject(), EventCodec.write(event)));
    }

    private static String topicOf(EventEnvelope event) {
        return EventTypes.byName(event.type()).map(EventType::topic)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    /** An employee event of mutation {@code kind} carrying {@code timeline}. */
    public static EventEnvelope employee(UUID id, String agency, long sequence, String kind, Instant recordedAt, String gender,
                                         LocalDate birthDate, String agama, List<EmploymentPeriod> timeline) {
        EventType<EmployeeChange> type = EventTypes.employeeByKind(kind).orElseThrow(() -> new IllegalArgumentException(kind));
        EmployeeChange change = new EmployeeChange(id, agency, new Mutation(UUID.randomUUID(), kind, "SK", LocalDate.of(2020, 1, 1),
                timeline.get(timeline.size() - 1).validFrom(), "test", recordedAt, "test", false, null),
                new Person("199001012015031001", "Pegawai", null, null, birthDate, gender, agama, null), timeline);
        return EventEnvelope.create(type, "/openasn/personnel-service", id.toString(), agency, sequence, recordedAt, change);
    }

    public static EventEnvelope unit(UUID id, String agency, String code, UUID parent) {
        return EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", id.toString(), agency, 1, Instant.now(),
                new UnitRegistered(id, agency, code, code, parent, null, LocalDate.of(2017, 1, 1)));
    }

    /** A PNS period in a unit; {@code separation} non-null makes it the period after leaving (not in service). */
    public static EmploymentPeriod period(LocalDate from, LocalDate to, String kind, String golongan, String jenisJabatan, UUID unit,
                                          String separation, String cause) {
        return new EmploymentPeriod(from, to, kind, separation == null ? "01" : "99", separation == null, separation, golongan, from,
                jenisJabatan, null, null, "Pelaksana", null, "LAINNYA", "ADMINISTRATION", unit, "40", null, UUID.randomUUID(), cause);
    }
}
