package org.openasn.commons.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openasn.events.EventEnvelope;

import java.time.Clock;

/** What each consumer has applied (the last sequence per source and subject) and what it dead-lettered. */
@ApplicationScoped
public class ConsumptionLedger {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * Records {@code event} as applied by {@code group}, in the caller's transaction. Returns {@code false}
     * when its sequence was already applied: a duplicate or stale delivery, to be skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String group, EventEnvelope event) {
        return !em.createNativeQuery("""
                        INSERT INTO consumed_sequence (consumer_group, source, subject, last_sequence, last_event_id)
                        VALUES (:group, :source, :subject, :sequence, :id)
                        ON CONFLICT (consumer_group, source, subject) DO UPDATE
                            SET last_sequence = EXCLUDED.last_sequence, last_event_id = EXCLUDED.last_event_id, applied_at = now()
                            WHERE consumed_sequence.last_sequence < EXCLUDED.last_sequence
                        RETURNING 1""")
                .setParameter("group", group)
                .setParameter("source", event.source())
                .setParameter("subject", event.subject())
                .setParameter("sequence", event.sequence())
                .setParameter("id", event.id())
                .getResultList().isEmpty();
    }

    /** Forgets what {@code group} has applied, in the caller's transaction, so that a replay applies every event again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String group) {
        em.createNativeQuery("DELETE FROM consumed_sequence WHERE consumer_group = :group").setParameter("group", group).executeUpdate();
    }

    /** Keeps a message that cannot be applied (once per topic, partition and offset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadLetter(String group, ConsumerRecord<String, String> record, EventEnvelope event, String reason) {
        em.createNativeQuery("""
                        INSERT INTO dead_letter (consumer_group, topic, kafka_partition, kafka_offset, event_key, event_id,
                                                 event_type, payload, reason, received_at)
                        VALUES (:group, :topic, :partition, :offset, :key, :eventId, :eventType, :payload, :reason, :at)
                        ON CONFLICT (consumer_group, topic, kafka_partition, kafka_offset) DO NOTHING""")
                .setParameter("group", group)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("key", record.key())
                .setParameter("eventId", event == null ? null : event.id())
                .setParameter("eventType", event == null ? null : event.type())
                .setParameter("payload", record.value())
                .setParameter("reason", reason)
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (event != null) {
            claim(group, event);
        }
    }
}
