package org.openasn.commons.outbox;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.commons.tx.AfterCommit;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is published if and only if the business change commits.
 * Each subject's events are numbered 1, 2, 3, … ({@link EventEnvelope#sequence()}); numbering locks the
 * subject's counter row until commit, so one subject's events are numbered in commit order.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    EventsConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;

    /**
     * @param subject  the aggregate id; also the Kafka key
     * @param instansi the agency the subject belongs to
     * @return the stored event, with its sequence number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope publish(EventType<T> type, String subject, String instansi, T data) {
        long sequence = ((Number) em.createNativeQuery("""
                        INSERT INTO outbox_subject_sequence (subject, last_sequence) VALUES (:subject, 1)
                        ON CONFLICT (subject) DO UPDATE SET last_sequence = outbox_subject_sequence.last_sequence + 1
                        RETURNING last_sequence""")
                .setParameter("subject", subject)
                .getSingleResult()).longValue();
        Instant now = clock.instant();
        EventEnvelope event = EventEnvelope.create(type, config.source(), subject, instansi, sequence, now, data);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = type.topic();
        row.key = subject;
        row.type = type.name();
        row.payload = EventCodec.write(event);
        row.createdAt = now;
        row.persist();
        wakeRelayAfterCommit();
        return event;
    }

    /** The first event of a subject that has none yet, for {@link #publishFirst}. */
    public record First<T>(String subject, String instansi, T data) {
    }

    /**
     * Records the first event (sequence 1) of each of many new subjects in the caller's transaction, written with
     * COPY: for bulk loads. A subject that already has events fails the whole call (and so the transaction):
     * use {@link #publish} for those.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void publishFirst(EventType<T> type, List<First<T>> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        CopyIn sequences = CopyIn.into("outbox_subject_sequence", "subject", "last_sequence");
        CopyIn rows = CopyIn.into("outbox_event", "id", "topic", "event_key", "type", "payload", "created_at");
        for (First<T> first : events) {
            EventEnvelope event = EventEnvelope.create(type, config.source(), first.subject(), first.instansi(), 1, now, first.data());
            sequences.row(first.subject(), 1);
            rows.row(UUID.fromString(event.id()), type.topic(), first.subject(), type.name(), EventCodec.write(event), now);
        }
        sequences.execute(em);
        rows.execute(em);
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.run(transactions, () -> Arc.container().instance(OutboxRelay.class).get().wakeUp());
    }
}
