package org.openasn.commons.outbox;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventType;

import java.time.Clock;
import java.time.Instant;
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

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    Arc.container().instance(OutboxRelay.class).get().wakeUp();
                }
            }
        });
    }
}
