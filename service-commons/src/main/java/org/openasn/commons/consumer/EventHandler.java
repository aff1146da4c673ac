package org.openasn.commons.consumer;

import org.openasn.events.EventEnvelope;

import java.util.List;

/**
 * A service's reaction to events: implement it as an {@code @ApplicationScoped} bean and the
 * {@link EventConsumers} run it. {@link #applyAll} (and {@link #apply}) run inside a transaction that also records
 * the events as consumed, so each happens exactly once even when Kafka delivers twice.
 */
public interface EventHandler {

    /** The Kafka consumer group, such as {@code reporting-service}; also names the dead-letter topic. */
    String group();

    /** The topics to read. */
    List<String> topics();

    /**
     * The events whose source, sequence and id this handler records with what it applies, so that the consumer need not
     * mark them in its ledger ({@link SubjectSequences}); by default none.
     */
    default SubjectSequences subjectSequences() {
        return SubjectSequences.NONE;
    }

    /**
     * Applies one event. Events of types this handler does not know should be ignored (return normally).
     * Throw {@link RejectedEventException} (or let {@link org.openasn.events.InvalidEventException} escape)
     * for an event that can never be applied: it goes to the dead-letter topic, as does an event with a value the
     * database refuses (a data exception, SQLSTATE class 22, such as a text too long for its column). Any other
     * exception is taken as transient (the database is down): the event is retried with back-off, and nothing after
     * it on the same partition is applied meanwhile.
     */
    void apply(EventEnvelope event);

    /**
     * Applies a poll's events, in one transaction, in the order read: each subject's events in sequence order, with
     * duplicates and stale redeliveries already removed. Override it to write a batch set-based; the default applies
     * one event after the other. Any exception rolls the whole batch back, after which the consumer applies the same
     * records again one per transaction through {@link #apply}, so that a bad event is dead-lettered (or stalls the
     * consumer) on its own: an implementation need not find out which event of the batch failed.
     */
    default void applyAll(List<EventEnvelope> events) {
        events.forEach(this::apply);
    }

    /**
     * Reads from an event what applying it needs without a transaction, such as its data decoded and checked against the
     * contract. The consumer calls it for each event of a poll on every core, ahead of the poll's transaction and while the
     * previous poll's batch is still being written, and hands the results to {@link #applyAll(List, List)}. An exception
     * it throws is thrown again in the batch's transaction when the event is to be applied (not for a duplicate), with
     * the same effect as if {@code applyAll} had thrown it. The default prepares nothing ({@code null}).
     */
    default Object prepare(EventEnvelope event) {
        return null;
    }

    /**
     * {@link #applyAll(List)} with what {@link #prepare} returned for each event, in the same order. Override it together
     * with {@code prepare}; the default ignores {@code prepared}.
     */
    default void applyAll(List<EventEnvelope> events, List<Object> prepared) {
        applyAll(events);
    }

    /**
     * {@link #applyAll(List, List)} knowing, for each event, whether its subject is new: no event of its source and subject was
     * applied before this batch (since the group's read model was last emptied by a replay), so whatever the handler keeps
     * by subject holds nothing of it yet and need not be looked up or replaced. During a replay from scratch that is every
     * subject's first batch. The consumer calls this one; the default ignores {@code newSubject}.
     */
    default void applyAll(List<EventEnvelope> events, List<Object> prepared, boolean[] newSubject) {
        applyAll(events, prepared);
    }
}
