package org.openasn.commons.consumer;

import org.openasn.events.EventEnvelope;

import java.util.List;

/**
 * A service's reaction to events: implement it as an {@code @ApplicationScoped} bean and the
 * {@link EventConsumers} run it. {@link #apply} runs inside a transaction that also records the event as
 * consumed, so it happens exactly once per event even when Kafka delivers twice.
 */
public interface EventHandler {

    /** The Kafka consumer group, such as {@code reporting-service}; also names the dead-letter topic. */
    String group();

    /** The topics to read. */
    List<String> topics();

    /**
     * Applies one event. Events of types this handler does not know should be ignored (return normally).
     * Throw {@link RejectedEventException} (or let {@link org.openasn.events.InvalidEventException} escape)
     * for an event that can never be applied: it goes to the dead-letter topic. Any other exception is taken
     * as transient (the database is down): the event is retried with back-off, and nothing after it on the
     * same partition is applied meanwhile.
     */
    void apply(EventEnvelope event);
}
