package org.openasn.commons.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.hibernate.Session;
import org.openasn.commons.consumer.SubjectSequences.LastApplied;
import org.openasn.commons.jdbc.CopyIn;
import org.openasn.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** What each consumer has applied (the last sequence per source and subject) and what it dead-lettered. */
@ApplicationScoped
public class ConsumptionLedger {

    /** The ledger's key is kept unique by an exclusion constraint (db/commons V0.2). */
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String ANOTHER_CONSUMER = "another consumer of ";
    /** For {@link #claimAll}: any subject may have a mark, so each is looked up (all but during a replay from scratch). */
    public static final BiPredicate<String, String> EVERY_SUBJECT = (source, subject) -> true;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * Records {@code event} as applied by {@code group}, in the caller's transaction. Returns {@code false}
     * when its sequence was already applied: a duplicate or stale delivery, to be skipped. Throws
     * {@link RejectedEventException} when its sequence is the last one applied but by another event (see
     * {@link Claims#conflicts}). Fails when another consumer recorded the subject meanwhile (during a rebalance): applied
     * again later, the event is then found applied. An event {@code kept} keeps is looked up there and not marked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String group, EventEnvelope event, SubjectSequences kept) {
        Claims claims = claimAll(group, List.of(event), EVERY_SUBJECT, kept);
        if (claims.conflicts()[0] != null) {
            throw new RejectedEventException(claims.conflicts()[0]);
        }
        return claims.fresh()[0];
    }

    /**
     * Records a batch of events as applied by {@code group}, in the caller's transaction, with the same outcome as
     * {@link #claim} called for each event in order: an event is to be applied when its sequence is above the last one
     * applied for its source and subject, the batch's earlier events included. One query reads (and locks) the marks of
     * the batch's subjects that {@code mayBeMarked} (source, subject) admits; an UPDATE moves those of subjects known
     * before and a COPY adds those of new subjects. A subject {@code mayBeMarked} refuses is not looked up but taken as new:
     * during a replay from scratch, the subjects the replay has not claimed yet (otherwise admit every subject). Fails when
     * one of the batch's new subjects has a mark after all, recorded by another consumer meanwhile (during a rebalance) or
     * refused wrongly: the caller rolls back and claims one event at a time.
     * <p>
     * The events {@code kept} keeps are compared with what it says was last applied of their subjects instead (one query),
     * and get no mark: the handler records them with what it writes. One of these whose subject's last event came from
     * another source is in conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claims claimAll(String group, List<EventEnvelope> events, BiPredicate<String, String> mayBeMarked, SubjectSequences kept) {
        if (events.isEmpty()) {
            return new Claims(new boolean[0], new boolean[0], new String[0]);
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            boolean[] isKept = new boolean[events.size()];
            for (int i = 0; i < events.size(); i++) {
                isKept[i] = kept.keeps(events.get(i));
            }
            Map<Subject, Applied> applied = appliedSequences(connection, group, events, isKept, mayBeMarked);
            Map<String, LastApplied> keptApplied = keptSequences(connection, events, isKept, mayBeMarked, kept);
            Map<Subject, Mark> marks = new LinkedHashMap<>();
            boolean[] fresh = new boolean[events.size()];
            boolean[] newSubject = new boolean[events.size()];
            String[] conflicts = new String[events.size()];
            for (int i = 0; i < events.size(); i++) {
                EventEnvelope event = events.get(i);
                Subject subject = new Subject(event.source(), event.subject());
                Applied before;
                if (isKept[i]) {
                    LastApplied last = keptApplied.get(event.subject());
                    if (last != null && !last.source().equals(event.source())) {
                        conflicts[i] = "event " + event.id() + " of subject " + event.subject() + " comes from " + event.source()
                                + ", but the subject's last event applied, " + last.eventId() + ", came from " + last.source()
                                + ": one subject's events must come from one source";
                        continue;
                    }
                    before = last == null ? null : new Applied(last.sequence(), last.eventId());
                } else {
                    before = applied.get(subject);
                }
                newSubject[i] = before == null;
                Mark mark = marks.get(subject);
                Applied last = mark != null ? mark.applied() : before;
                if (last == null || event.sequence() > last.sequence()) {
                    fresh[i] = true;
                    marks.put(subject, new Mark(new Applied(event.sequence(), event.id()), !newSubject[i], isKept[i]));
                } else if (event.sequence() == last.sequence() && !event.id().equals(last.eventId())) {
                    conflicts[i] = "event " + event.id() + " has sequence " + event.sequence() + " of subject " + event.subject() + " from "
                            + event.source() + ", which event " + last.eventId() + " had when it was applied: the source gave one sequence to "
                            + "two events, and this one would be skipped as a duplicate unseen";
                }
            }
            writeMarks(connection, group, marks);
            return new Claims(fresh, newSubject, conflicts);
        });
    }

    /**
     * Locks, until the caller's transaction ends, the Kafka partitions of {@code group} a batch's records come from (in a
     * stable order, so that two transactions never wait for each other crosswise), so that two consumers of the group never
     * apply one partition's records at once, as during a rebalance: the one that waits then finds what the other applied.
     * The ledger's unique key ensures it for the events it marks; for those a {@link SubjectSequences} keeps, this does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockPartitions(String group, Collection<TopicPartition> partitions) {
        List<TopicPartition> ordered = partitions.stream().distinct()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition)).toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext(? || '/' || p.topic), p.part) FROM unnest(?, ?) AS p(topic, part)")) {
                lock.setString(1, group);
                lock.setArray(2, connection.createArrayOf("varchar", ordered.stream().map(TopicPartition::topic).toArray()));
                lock.setArray(3, connection.createArrayOf("integer", ordered.stream().map(TopicPartition::partition).toArray()));
                lock.execute();
            }
        });
    }

    /**
     * What {@link #claimAll} found, for each event of the batch in order: whether to apply it ({@code false}: a duplicate
     * or stale delivery), whether its subject had no mark before the batch (nothing of it was applied by the group
     * since the group's marks were last forgotten, with its read model, by a replay), and why it conflicts with what was
     * applied, or {@code null}. An event conflicts when its sequence is the last one applied for its subject but its id is
     * not that event's: a redelivery carries the same id, so the source gave one sequence to two events (a producer's
     * database restored from a backup, a bug). Such an event is not fresh; the consumer dead-letters it, so that it is
     * seen, rather than skipping it as a duplicate. (An event below the last sequence is stale whatever its id: the
     * ledger keeps the last event's id only.)
     */
    public record Claims(boolean[] fresh, boolean[] newSubject, String[] conflicts) {
    }

    private record Subject(String source, String subject) {
    }

    /** The last sequence applied for a subject and the id of the event that had it. */
    private record Applied(long sequence, String eventId) {
    }

    /**
     * The last event of a subject this batch applies; {@code known}: the subject had been applied before; {@code kept}: the
     * handler records it, so it is not written.
     */
    private record Mark(Applied applied, boolean known, boolean kept) {
    }

    private static Map<Subject, Applied> appliedSequences(Connection connection, String group, List<EventEnvelope> events, boolean[] isKept,
                                                       BiPredicate<String, String> mayBeMarked) throws SQLException {
        Set<Subject> looked = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            if (!isKept[i] && mayBeMarked.test(event.source(), event.subject())) {
                looked.add(new Subject(event.source(), event.subject()));
            }
        }
        Map<Subject, Applied> applied = new HashMap<>();
        if (looked.isEmpty()) {
            return applied;
        }
        // each pair is probed by the key's hash index: the same expression as the constraint's (db/commons V0.2)
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT c.source, c.subject, c.last_sequence, c.last_event_id
                FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])) AS k(source, subject)
                JOIN consumed_sequence c
                  ON ROW(c.consumer_group, c.source, c.subject)::consumed_subject = ROW(CAST(? AS varchar), k.source, k.subject)::consumed_subject
                FOR UPDATE OF c""")) {
            select.setArray(1, connection.createArrayOf("varchar", looked.stream().map(Subject::source).toArray()));
            select.setArray(2, connection.createArrayOf("varchar", looked.stream().map(Subject::subject).toArray()));
            select.setString(3, group);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    applied.put(new Subject(r.getString(1), r.getString(2)), new Applied(r.getLong(3), r.getString(4)));
                }
            }
        }
        return applied;
    }

    /** What {@code kept} says was last applied of the subjects of the events it keeps that {@code mayBeMarked} admits. */
    private static Map<String, LastApplied> keptSequences(Connection connection, List<EventEnvelope> events, boolean[] isKept,
                                                          BiPredicate<String, String> mayBeMarked, SubjectSequences kept) throws SQLException {
        Set<String> looked = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope event = events.get(i);
            if (isKept[i] && mayBeMarked.test(event.source(), event.subject())) {
                looked.add(event.subject());
            }
        }
        return looked.isEmpty() ? Map.of() : kept.lastApplied(connection, looked);
    }

    private static void writeMarks(Connection connection, String group, Map<Subject, Mark> marks) throws SQLException {
        List<Map.Entry<Subject, Mark>> known = new ArrayList<>();
        CopyIn fresh = CopyIn.into("consumed_sequence", "consumer_group", "source", "subject", "last_sequence", "last_event_id");
        for (Map.Entry<Subject, Mark> mark : marks.entrySet()) {
            if (mark.getValue().kept()) {
                continue;
            }
            if (mark.getValue().known()) {
                known.add(mark);
            } else {
                fresh.row(group, mark.getKey().source(), mark.getKey().subject(), mark.getValue().applied().sequence(), mark.getValue().applied().eventId());
            }
        }
        updateKnown(connection, group, known);
        // new subjects by COPY (cheaper than INSERT: a rebuild's marks are all new); one recorded by another consumer
        // meanwhile (during a rebalance) violates the key, and the caller claims one event at a time
        try {
            fresh.execute(connection);
        } catch (SQLException e) {
            if (EXCLUSION_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException(ANOTHER_CONSUMER + group + " recorded some of these subjects meanwhile", e);
            }
            throw e;
        }
    }

    /** Moves the marks of subjects locked by {@link #appliedSequences}. */
    private static void updateKnown(Connection connection, String group, List<Map.Entry<Subject, Mark>> known) throws SQLException {
        if (known.isEmpty()) {
            return;
        }
        int n = known.size();
        Object[] sources = new Object[n];
        Object[] subjects = new Object[n];
        Object[] sequences = new Object[n];
        Object[] ids = new Object[n];
        for (int i = 0; i < n; i++) {
            sources[i] = known.get(i).getKey().source();
            subjects[i] = known.get(i).getKey().subject();
            sequences[i] = known.get(i).getValue().applied().sequence();
            ids[i] = known.get(i).getValue().applied().eventId();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE consumed_sequence c SET last_sequence = m.last_sequence, last_event_id = m.last_event_id, applied_at = now()
                FROM unnest(?, ?, ?, ?) AS m(source, subject, last_sequence, last_event_id)
                WHERE ROW(c.consumer_group, c.source, c.subject)::consumed_subject = ROW(CAST(? AS varchar), m.source, m.subject)::consumed_subject""")) {
            update.setArray(1, connection.createArrayOf("varchar", sources));
            update.setArray(2, connection.createArrayOf("varchar", subjects));
            update.setArray(3, connection.createArrayOf("bigint", sequences));
            update.setArray(4, connection.createArrayOf("varchar", ids));
            update.setString(5, group);
            if (update.executeUpdate() != n) {
                throw new IllegalStateException(ANOTHER_CONSUMER + group + " removed some of these subjects meanwhile");
            }
        }
    }

    /**
     * Forgets what {@code group} has applied, in the caller's transaction, so that a replay applies every event again.
     * When the ledger holds no other group's marks (a service with one consumer group), it is emptied by {@code TRUNCATE}:
     * deleted rows would stay in the key's index until vacuumed, and each mark the replay writes again, under the same
     * key, would have its uniqueness checked against its deleted predecessor (a visit to the table per mark).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String group) {
        em.createNativeQuery("LOCK TABLE consumed_sequence IN ACCESS EXCLUSIVE MODE").executeUpdate();
        boolean alone = (Boolean) em.createNativeQuery("SELECT NOT EXISTS (SELECT 1 FROM consumed_sequence WHERE consumer_group <> :group)")
                .setParameter("group", group).getSingleResult();
        if (alone) {
            em.createNativeQuery("TRUNCATE consumed_sequence").executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM consumed_sequence WHERE consumer_group = :group").setParameter("group", group).executeUpdate();
        }
    }

    /**
     * Keeps a message that cannot be applied (once per topic, partition and offset) and marks its event as applied, so that
     * it is skipped if delivered again; an event {@code kept} keeps is not marked (see {@link SubjectSequences}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadLetter(String group, ConsumerRecord<String, byte[]> record, EventEnvelope event, String reason, SubjectSequences kept) {
        em.createNativeQuery("""
                        INSERT INTO dead_letter (consumer_group, topic, kafka_partition, kafka_offset, event_key, event_id,
                                                 event_type, payload, reason, received_at)
                        VALUES (:group, :topic, :partition, :offset, :key, :eventId, :eventType, :payload, :reason, :at)
                        ON CONFLICT (consumer_group, topic, kafka_partition, kafka_offset) DO NOTHING""")
                .setParameter("group", group)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("key", storable(record.key()))
                .setParameter("eventId", event == null ? null : event.id())
                .setParameter("eventType", event == null ? null : event.type())
                .setParameter("payload", record.value() == null ? null : storable(new String(record.value(), StandardCharsets.UTF_8)))
                .setParameter("reason", storable(reason))
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (event != null && !kept.keeps(event)) {
            claimAll(group, List.of(event), EVERY_SUBJECT, kept); // an event in conflict leaves the mark as it is
        }
    }

    /**
     * {@code text} as a text column takes it: a NUL, which PostgreSQL refuses in text, becomes U+FFFD, as bytes that are
     * not UTF-8 already have; the dead-letter topic keeps the record as it came.
     */
    private static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
