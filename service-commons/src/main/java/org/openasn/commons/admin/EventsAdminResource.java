package org.openasn.commons.admin;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openasn.commons.consumer.ConsumerStatus;
import org.openasn.commons.consumer.DeadLetter;
import org.openasn.commons.consumer.EventConsumers;
import org.openasn.commons.outbox.OutboxRelay;
import org.openasn.commons.outbox.OutboxStatus;
import org.openasn.commons.problem.QueryValues;
import org.openasn.commons.security.Roles;

import java.time.Instant;
import java.util.List;

/** What operations staff need to see about event flow: outbox lag, consumers, dead letters. */
@Path("/admin/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Event administration", description = "Outbox lag, consumer progress and dead letters")
public class EventsAdminResource {

    @Inject
    OutboxRelay relay;
    @Inject
    EventConsumers consumers;

    @GET
    @Path("/outbox")
    @Operation(summary = "Outbox lag: events not yet published to Kafka and the age of the oldest")
    public OutboxStatus outbox() {
        return relay.status();
    }

    @GET
    @Path("/consumers")
    @Operation(summary = "Each event consumer: applied, duplicates dropped, dead letters, lag, and why it is stalled")
    public List<ConsumerStatus> consumers() {
        return consumers.statuses();
    }

    /** A dead letter as shown to an operator. */
    public record DeadLetterView(long id, String consumerGroup, String topic, int partition, long offset, String key,
                                 String eventId, String eventType, String reason, Instant receivedAt, String payload) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id, d.consumerGroup, d.topic, d.partition, d.offset, d.key, d.eventId, d.eventType,
                    d.reason, d.receivedAt, d.payload);
        }
    }

    public record DeadLetterPage(int page, int size, long total, List<DeadLetterView> items) {
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "Messages that could not be applied, newest first, with the reason")
    public DeadLetterPage deadLetters(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        var query = DeadLetter.<DeadLetter>findAll(Sort.descending("id"));
        long total = query.count();
        List<DeadLetterView> items = query.page(QueryValues.page("page", page, size)).list().stream().map(DeadLetterView::of).toList();
        return new DeadLetterPage(page, size, total, items);
    }
}
