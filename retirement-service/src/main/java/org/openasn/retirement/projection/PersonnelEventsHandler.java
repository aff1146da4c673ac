package org.openasn.retirement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.commons.consumer.EventHandler;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.events.EventCodec;
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

    @Override
    public void apply(EventEnvelope event) {
        EventTypes.employeeByName(event.type()).ifPresent(type -> {
            EmployeeChange change = EventCodec.data(event, type);
            if (!change.employeeId().toString().equals(event.subject()) || change.timeline().isEmpty()) {
                throw new RejectedEventException("employee event without a timeline, or for another subject than " + event.subject());
            }
            projections.apply(change);
        });
    }
}
