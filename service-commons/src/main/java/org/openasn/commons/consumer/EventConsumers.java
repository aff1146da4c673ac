package org.openasn.commons.consumer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.commons.kafka.TopicProvisioner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Starts one {@link ConsumerLoop} per {@link EventHandler} bean at start-up and stops them at shutdown. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    @Any
    Instance<EventHandler> handlers;
    @Inject
    EventsConfig config;
    @Inject
    ConsumptionLedger ledger;
    @Inject
    TopicProvisioner topics;
    @Inject
    MeterRegistry registry;

    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, ConsumerLoop> loopsByGroup = new HashMap<>();

    void start(@Observes StartupEvent startup) {
        if (!config.consumers().enabled()) {
            return;
        }
        for (EventHandler handler : handlers) {
            String group = handler.group();
            Timer eventLag = Timer.builder("asn.consumer.event.lag")
                    .description("Time from an event's Kafka timestamp to the commit of its effect")
                    .tag("group", group).publishPercentiles(0.5, 0.95, 0.99).register(registry);
            ConsumerLoop loop = new ConsumerLoop(handler, config, ledger, topics, millis -> eventLag.record(millis, TimeUnit.MILLISECONDS));
            loops.add(loop);
            loopsByGroup.put(group, loop);
            Gauge.builder("asn.consumer.lag.seconds", loop, l -> l.status().lagSeconds()).tag("group", group)
                    .description("Age of the oldest event read and not yet applied, 0 when caught up").register(registry);
            Gauge.builder("asn.consumer.lag", loop, l -> l.status().lag()).tag("group", group).register(registry);
            FunctionCounter.builder("asn.consumer.applied", loop, l -> l.status().applied()).tag("group", group).register(registry);
            FunctionCounter.builder("asn.consumer.duplicates", loop, l -> l.status().duplicates()).tag("group", group).register(registry);
            FunctionCounter.builder("asn.consumer.dead.lettered", loop, l -> l.status().deadLettered()).tag("group", group).register(registry);
            Thread thread = new Thread(loop, "consumer-" + group);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loops.forEach(ConsumerLoop::stop);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public List<ConsumerStatus> statuses() {
        return loops.stream().map(ConsumerLoop::status).toList();
    }

    /** The status of the consumer of {@code group}, empty when it does not run here. */
    public Optional<ConsumerStatus> status(String group) {
        return Optional.ofNullable(loopsByGroup.get(group)).map(ConsumerLoop::status);
    }

    /**
     * Reads the topics of {@code group} again from the beginning, for a read-model rebuild: between two batches the
     * consumer runs {@code reset} (which empties what the handler built) and forgets its consumed sequences in one
     * transaction, then seeks to the beginning of its partitions. When it has caught up with the end of the topics as
     * they were when the replay started, it runs {@code finish} (such as building what the reset dropped) in a
     * transaction, and the replay is complete. Fails at once when the group does not run here or is replaying.
     * Rewinds the partitions assigned to this instance only: run one instance of the service during a rebuild.
     */
    public CompletableFuture<ReplayStatus> replay(String group, Runnable reset, Runnable finish) {
        ConsumerLoop loop = loopsByGroup.get(group);
        if (loop == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no consumer of group " + group + " runs here"));
        }
        return loop.replay(reset, finish);
    }
}
