package org.openasn.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with two extension attributes: {@code instansi} (the
 * agency the subject belongs to) and {@code sequence} (1, 2, 3, … per subject and source, so that a consumer
 * can drop duplicates and stale redeliveries).
 *
 * @param subject the aggregate id (an employee's or a unit's UUID); also the Kafka key, so one subject's
 *                events stay in order
 * @param data    the event-carried state, shaped by {@link #type()}'s JSON Schema
 *                (written after {@code type}, so that a reader knows the schema by the time it meets the data)
 */
public record EventEnvelope(String specversion, String id, String source, String type, String subject, Instant time,
                            String datacontenttype, String instansi, long sequence, EventData data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    /** A new event with a random id. */
    public static <T> EventEnvelope create(EventType<T> type, String source, String subject, String instansi,
                                           long sequence, Instant time, T data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, type.name(), subject, time,
                CONTENT_TYPE, instansi, sequence, EventData.made(data));
    }

    /** The same event with another sequence number (the outbox assigns it when the event is stored). */
    public EventEnvelope withSequence(long newSequence) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype, instansi, newSequence, data);
    }
}
