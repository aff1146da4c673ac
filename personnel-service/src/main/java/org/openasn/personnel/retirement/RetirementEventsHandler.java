package org.openasn.personnel.retirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openasn.commons.consumer.EventHandler;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.commons.problem.ProblemException;
import org.openasn.commons.time.Wib;
import org.openasn.events.EventCodec;
import org.openasn.events.EventConsistency;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.personnel.bup.BupAges;
import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.Timeline;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.MutationRequest;
import org.openasn.reference.position.BupCategory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Applies retirement-service's events: the BUP rules it publishes are kept ({@link BupAges}), and the retirement it
 * announces on TMT pensiun is recorded, unless the employee has left already (died,
 * resigned, moved out, retired earlier): then there is nothing to record; or unless their BUP is extended beyond that
 * TMT (bup-extended): retirement-service, which reads the extension from personnel's events, announces the retirement
 * again on the extension's TMT pensiun; or unless it names an agency the employee has moved away from since (a move
 * between two agencies of the platform around the TMT pensiun): retirement-service announces it again under the new
 * agency once the move reaches it.
 */
@ApplicationScoped
public class RetirementEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(RetirementEventsHandler.class);

    @Inject
    EmployeeService employees;
    @Inject
    Clock clock;
    @Inject
    BupAges bupAges;

    @Override
    public String group() {
        return "personnel-service";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.RETIREMENT);
    }

    @Override
    public void apply(EventEnvelope event) {
        if (EventTypes.BUP_RULES_PUBLISHED_V1.name().equals(event.type())) {
            bupAges.record(event, EventConsistency.bupRules(EventCodec.data(event, EventTypes.BUP_RULES_PUBLISHED_V1)));
        } else if (EventTypes.RETIREMENT_DUE_V1.name().equals(event.type())) {
            retirementDue(event);
        }
    }

    private void retirementDue(EventEnvelope event) {
        RetirementDue due = EventConsistency.retirementDue(event, EventCodec.data(event, EventTypes.RETIREMENT_DUE_V1));
        Employee employee = Employee.<Employee>findByIdOptional(due.employeeId())
                .orElseThrow(() -> new RejectedEventException("RetirementDue for an unknown employee " + due.employeeId()));
        if (!employee.nip.equals(due.nip())) {
            throw new RejectedEventException("RetirementDue names NIP " + due.nip() + " but employee " + employee.id + " has NIP " + employee.nip);
        }
        Timeline timeline = employees.timeline(employee, null);
        if (!employee.instansi.equals(due.instansi())) {
            if (timeline.periods().stream().anyMatch(p -> due.instansi().equals(p.instansi()))) {
                LOG.infof("RetirementDue for %s on %s under agency %s ignored: the employee has moved to agency %s, under which"
                        + " retirement-service announces it again", employee.nip, due.tmtPensiun(), due.instansi(), employee.instansi);
                return;
            }
            throw new RejectedEventException("RetirementDue names agency " + due.instansi() + " but employee " + employee.nip + " is of " + employee.instansi);
        }
        EmploymentState atTmt = timeline.stateAt(due.tmtPensiun());
        requirePlausibleTmt(due, employee, atTmt);
        if (!atTmt.employed()) {
            LOG.infof("RetirementDue for %s on %s ignored: not employed then (%s)", employee.nip, due.tmtPensiun(), atTmt.separation());
            return;
        }
        if (atTmt.bupExtendedUntil() != null && atTmt.bupExtendedUntil().isAfter(due.tmtPensiun())) {
            LOG.infof("RetirementDue for %s on %s ignored: the BUP is extended to TMT pensiun %s", employee.nip, due.tmtPensiun(),
                    atTmt.bupExtendedUntil());
            return;
        }
        String reason = reason(due, due.tmtPensiun().equals(atTmt.bupExtendedUntil()));
        MutationRequest retirement = new MutationRequest("retired", "BUP " + due.tmtPensiun(), due.tmtPensiun(), due.tmtPensiun(), reason,
                null, null, null, null, null, null, null, null, null, null, "BUP", null, null);
        try {
            employees.mutate(employee.nip, employee.version, retirement, "retirement-service (event " + event.id() + ")", agency -> true);
        } catch (ProblemException refused) {
            throw new RejectedEventException("the retirement of " + employee.nip + " on " + due.tmtPensiun() + " was refused: " + refused.getMessage());
        }
    }

    /**
     * The retirement's reason as the SK words it: the BUP age and the regulation it rests on. The contract lets a
     * RetirementDue carry no legal basis, and then the reason names none (rather than "(null)").
     */
    private static String reason(RetirementDue due, boolean extensionEnds) {
        boolean based = due.legalBasis() != null && !due.legalBasis().isBlank();
        if (extensionEnds) {
            return "Akhir perpanjangan batas usia pensiun (BUP " + due.bupAge() + " tahun" + (based ? ", " + due.legalBasis() : "") + ")";
        }
        return "Mencapai batas usia pensiun " + due.bupAge() + " tahun" + (based ? " (" + due.legalBasis() + ")" : "");
    }

    /**
     * Refuses a TMT pensiun that cannot be the employee's: retirement-service announces one on the day it comes (so never
     * one after today, give or take a day for two services' clocks that disagree around midnight), and it is either the
     * TMT pensiun of the employee's birth date at the BUP age the event states (BUP counting as reached no earlier than
     * the published rule's {@code reachedNotBefore} when the rule for that age and birth date names one) or the end of a
     * BUP extension recorded here. Anything else (a birth date retirement-service does not know yet, a corrupted event)
     * would retire the employee on the wrong day.
     */
    private void requirePlausibleTmt(RetirementDue due, Employee employee, EmploymentState atTmt) {
        LocalDate today = Wib.today(clock);
        if (due.tmtPensiun().isAfter(today.plusDays(1))) {
            throw new RejectedEventException("RetirementDue for " + employee.nip + " on " + due.tmtPensiun() + ", which has not come yet (today is "
                    + today + ")");
        }
        LocalDate regular = bupAges.current().tmtPensiunAt(BupCategory.valueOf(due.bupCategory()), employee.birthDate, due.bupAge()).date();
        if (!due.tmtPensiun().equals(regular) && !due.tmtPensiun().equals(atTmt.bupExtendedUntil())) {
            throw new RejectedEventException("RetirementDue for " + employee.nip + " on " + due.tmtPensiun() + " is neither the TMT pensiun of birth date "
                    + employee.birthDate + " at BUP " + due.bupAge() + " (" + regular + ") nor the end of a recorded BUP extension");
        }
    }
}
