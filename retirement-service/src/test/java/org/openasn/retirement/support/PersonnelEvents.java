package org.openasn.retirement.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Publishes personnel events, as personnel-service would, into the real {@code personnel.events} topic of the test JVM. */
public final class PersonnelEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), ProducerConfig.LINGER_MS_CONFIG, 20),
            new StringSerializer(), new StringSerializer());

    /** A PNS period from {@code from}, open-ended, in service. */
    public static EmploymentPeriod pns(LocalDate from, String golongan, String jenisJabatan, String eselon, String jabatan, String group,
                                       String bupCategory, UUID unitId) {
        return new EmploymentPeriod(from, null, "PNS", "01", true, null, golongan, from, jenisJabatan, eselon, null, jabatan, null, group,
                bupCategory, unitId, "40", null, UUID.randomUUID(), "employee-registered");
    }

    /** Sends one employee event and waits until Kafka has it. */
    public void send(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline)
            throws Exception {
        sendAsync(agency, id, nip, birth, sequence, kind, timeline).get(10, TimeUnit.SECONDS);
    }

    /** Sends one employee event without waiting (call {@link #flush()} after a burst). */
    public Future<?> sendAsync(String agency, UUID id, String nip, LocalDate birth, long sequence, String kind, List<EmploymentPeriod> timeline) {
        EmployeeChange change = new EmployeeChange(id, agency, new Mutation(UUID.randomUUID(), kind, "SK", LocalDate.of(2020, 1, 1),
                timeline.get(timeline.size() - 1).validFrom(), "test", Instant.now(), "test", false, null),
                new Person(nip, "Pegawai " + nip.substring(14), null, null, birth, "P", "1", null), timeline);
        EventEnvelope event = EventEnvelope.create(EventTypes.employeeByKind(kind).orElseThrow(), "/openasn/personnel-service", id.toString(),
                agency, sequence, Instant.now(), change);
        return producer.send(new ProducerRecord<>(Topics.PERSONNEL, id.toString(), EventCodec.write(event)));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
