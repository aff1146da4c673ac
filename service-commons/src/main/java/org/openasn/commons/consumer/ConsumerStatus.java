package org.openasn.commons.consumer;

import java.util.List;

/**
 * @param applied      events applied since this instance started
 * @param duplicates   deliveries dropped because their sequence was already applied
 * @param deadLettered messages sent to the dead-letter topic since this instance started
 * @param lag          records behind the end of the topics (largest over the assigned partitions)
 * @param lagSeconds   age of the oldest event read and not yet applied (from its Kafka timestamp), 0 when caught up
 * @param stalledBy    why the consumer is retrying the same event, {@code null} when it is not stalled
 * @param replay       the last replay from the beginning since this instance started, {@code null} if none
 */
public record ConsumerStatus(String group, List<String> topics, long applied, long duplicates, long deadLettered,
                             long lag, double lagSeconds, String stalledBy, ReplayStatus replay) {
}
