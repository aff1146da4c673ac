package org.openasn.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.openasn.commons.consumer.ConsumerStatus;
import org.openasn.commons.consumer.EventConsumers;
import org.openasn.commons.outbox.OutboxRelay;
import org.openasn.commons.outbox.OutboxStatus;

/**
 * Readiness of the event flow: DOWN while a consumer is stalled on an event it cannot apply. Outbox lag is
 * reported but does not make the service unready: writes keep working while Kafka is away, by design.
 */
@Readiness
@ApplicationScoped
public class EventFlowHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;
    @Inject
    EventConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        OutboxStatus outbox = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-flow").up()
                .withData("outbox.pending", outbox.pending())
                .withData("outbox.oldestPendingSeconds", outbox.oldestPendingSeconds());
        for (ConsumerStatus consumer : consumers.statuses()) {
            response.withData(consumer.group() + ".lag", consumer.lag());
            response.withData(consumer.group() + ".lagSeconds", Double.toString(consumer.lagSeconds()));
            if (consumer.stalledBy() != null) {
                response.down().withData(consumer.group() + ".stalledBy", consumer.stalledBy());
            }
        }
        return response.build();
    }
}
