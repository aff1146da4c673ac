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
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.reference.position.BupCategory;

import java.util.Arrays;
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
     * data, a timeline of ordered periods), every period's BUP category is one the rules know (an unknown one has no
     * TMT pensiun) and the NIP is no other employee's.
     */
    @Override
    public void apply(EventEnvelope event) {
        EventTypes.employeeByName(event.type()).ifPresent(type -> {
            EmployeeChange change = EventConsistency.employeeChange(event, EventCodec.data(event, type));
            requireKnownBupCategories(change.timeline());
            requireOwnNip(change);
            projections.apply(change);
        });
    }

    private static void requireKnownBupCategories(List<EmploymentPeriod> timeline) {
        for (int i = 0; i < timeline.size(); i++) {
            String category = timeline.get(i).bupCategory();
            if (category != null && Arrays.stream(BupCategory.values()).noneMatch(c -> c.name().equals(category))) {
                throw new RejectedEventException("data: $.timeline[" + i + "].bupCategory: " + category + " is not a BUP category (one of "
                        + Arrays.toString(BupCategory.values()) + ")");
            }
        }
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
