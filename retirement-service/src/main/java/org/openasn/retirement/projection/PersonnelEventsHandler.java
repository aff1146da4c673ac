package org.openasn.retirement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.commons.consumer.EventHandler;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.events.EventCodec;
import org.openasn.events.EventConsistency;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.personnel.EmployeeChange;

import java.util.List;

/** Keeps each employee's retirement projection in step with personnel events. */
@ApplicationScoped
public class PersonnelEventsHandler implements EventHandler {

    @Inject
    ProjectionService projections;

    @Override
    public String group() {
        return "retirement-service";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PERSONNEL);
    }

    /**
     * Projects the employee the event carries, once the contract's checks hold ({@link EventConsistency}: the subject's
     * data, a timeline of ordered periods) and the NIP is no other employee's. Every period's BUP category is one the rules
     * know: the schema enumerates asn-reference's categories, and every rule set gives each of them an age.
     */
    @Override
    public void apply(EventEnvelope event) {
        EventTypes.employeeByName(event.type()).ifPresent(type -> {
            EmployeeChange change = EventConsistency.employeeChange(event, EventCodec.data(event, type));
            requireOwnNip(change);
            projections.apply(change);
        });
    }

    /**
     * personnel-service keeps a NIP to one employee for good, so another employee's event with it cannot be right; the
     * projection's unique NIP would refuse it at every retry, stalling the partition for ever.
     */
    private static void requireOwnNip(EmployeeChange change) {
        RetirementProjection.<RetirementProjection>find("nip", change.person().nip()).firstResultOptional()
                .filter(holder -> !holder.employeeId.equals(change.employeeId()))
                .ifPresent(holder -> {
                    throw new RejectedEventException("data: $.person.nip: " + holder.nip + " is employee " + holder.employeeId + "'s, not "
                            + change.employeeId() + "'s");
                });
    }
}
