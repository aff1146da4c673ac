package org.openasn.commons.consumer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.List;

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

    void start(@Observes StartupEvent startup) {
        if (!config.consumers().enabled()) {
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, config, ledger, topics);
            loops.add(loop);
            String group = handler.group();
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
}
