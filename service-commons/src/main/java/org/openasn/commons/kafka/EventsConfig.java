package org.openasn.commons.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the outbox relay, the event consumers and the topics this service provisions. */
@ConfigMapping(prefix = "asn.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of the events this service publishes, such as {@code /openasn/personnel-service}. */
    String source();

    /** Kafka bootstrap servers (the same key the Kafka health check reads). */
    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    Relay relay();

    Consumers consumers();

    Topics topics();

    interface Relay {
        /** Publish outbox rows to Kafka. Off only in tests that inspect the outbox itself. */
        @WithDefault("true")
        boolean enabled();

        /** Rows published per round. */
        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for rows when nobody woke it up. */
        @WithDefault("PT0.5S")
        Duration pollInterval();

        /** Longest wait between attempts while Kafka is unreachable (the wait doubles up to this). */
        @WithDefault("PT15S")
        Duration maxBackoff();

        /** How long published rows are kept (for audit and diagnosis) before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumers {
        /** Run this service's event consumers. */
        @WithDefault("true")
        boolean enabled();

        /** Records applied per transaction. */
        @WithDefault("500")
        int maxPollRecords();

        /** Longest wait between attempts while an event cannot be applied for a transient reason (database down). */
        @WithDefault("PT30S")
        Duration maxBackoff();
    }

    interface Topics {
        /** Partitions of each topic this service creates (partitions bound consumer parallelism). */
        @WithDefault("12")
        int partitions();

        /** Replication factor of the topics this service creates: 1 locally, 3 in production. */
        @WithDefault("1")
        short replicationFactor();
    }
}
