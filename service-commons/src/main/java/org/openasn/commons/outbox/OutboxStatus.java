package org.openasn.commons.outbox;

/**
 * @param pending              events not yet acknowledged by Kafka
 * @param oldestPendingSeconds age of the oldest pending event: the outbox lag
 * @param publishedSinceStart  events this instance published since it started
 * @param lastError            why the last attempt failed, {@code null} when it succeeded
 */
public record OutboxStatus(long pending, long oldestPendingSeconds, long publishedSinceStart, String lastError) {
}
