package org.openasn.commons.consumer;

import java.time.Instant;

/**
 * A consumer's replay of its topics from the beginning (a read-model rebuild).
 *
 * @param finishedAt when it caught up with the end of the topics as they were when it started; {@code null} while running
 * @param events     events applied since it started
 */
public record ReplayStatus(Instant startedAt, Instant finishedAt, long events) {
}
