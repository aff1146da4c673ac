package org.openasn.commons.consumer;

import org.openasn.events.EventEnvelope;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * A handler that keeps, with what it applied of a subject, the source, sequence and id of the last event it applied
 * for that subject: for the events it {@link #keeps}, the consumer finds duplicates by asking it instead of the ledger,
 * and writes no ledger mark. Applying such an event then costs one write of the handler's own rows instead of those rows
 * and a mark with its unique key, which in a replay is about a third of the database's work per event.
 * <p>
 * The handler must write the event's source, sequence and id with the subject's state in the transaction it applies the
 * event in, where {@link #lastApplied} finds them; and it must keep one subject's kept events from one source (another
 * source's event for the same subject is dead-lettered as a conflict). An event it keeps that is dead-lettered leaves
 * nothing behind: delivered again, it is refused again. Two consumers of the group cannot apply one subject's events at
 * once, as a mark's unique key otherwise ensures: each transaction first locks the Kafka partitions of its records
 * ({@link ConsumptionLedger#lockPartitions}), and a subject's events are all on one partition (its key).
 */
public interface SubjectSequences {

    /** For a handler that keeps no sequences: every event is marked in the ledger. */
    SubjectSequences NONE = new SubjectSequences() {
        @Override
        public boolean keeps(EventEnvelope event) {
            return false;
        }

        @Override
        public Map<String, LastApplied> lastApplied(Connection connection, Collection<String> subjects) {
            return Map.of();
        }
    };

    /** Whether applying {@code event} records its source, sequence and id with its subject's state. */
    boolean keeps(EventEnvelope event);

    /**
     * The last event applied of each of {@code subjects} that has one, in the caller's transaction; subjects of events
     * it does not keep are never asked for.
     */
    Map<String, LastApplied> lastApplied(Connection connection, Collection<String> subjects) throws SQLException;

    /** The last event applied of a subject: its source, its sequence and its id. */
    record LastApplied(String source, long sequence, String eventId) {
    }
}
