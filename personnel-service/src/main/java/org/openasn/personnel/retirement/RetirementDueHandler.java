package org.openasn.personnel.retirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openasn.commons.consumer.EventHandler;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.commons.problem.ProblemException;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.Topics;
import org.openasn.events.retirement.RetirementDue;
import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.MutationRequest;

import java.util.List;
import java.util.UUID;

/**
 * Records the retirement retirement-service announces on TMT pensiun, unless the employee has left already (died,
 * resigned, moved out, retired earlier): then there is nothing to record; or unless their BUP is extended beyond that
 * TMT (bup-extended): retirement-service, which reads the extension from personnel's events, announces the retirement
 * again on the extension's TMT pensiun.
 */
@ApplicationScoped
public class RetirementDueHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(RetirementDueHandler.class);

    @Inject
    EmployeeService employees;

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
        if (!EventTypes.RETIREMENT_DUE_V1.name().equals(event.type())) {
            return;
        }
        RetirementDue due = EventCodec.data(event, EventTypes.RETIREMENT_DUE_V1);
        Employee employee = Employee.<Employee>findByIdOptional(UUID.fromString(event.subject()))
                .orElseThrow(() -> new RejectedEventException("RetirementDue for an unknown employee " + event.subject()));
        if (!employee.nip.equals(due.nip())) {
            throw new RejectedEventException("RetirementDue names NIP " + due.nip() + " but employee " + employee.id + " has NIP " + employee.nip);
        }
        EmploymentState atTmt = employees.timeline(employee, null).stateAt(due.tmtPensiun());
        if (!atTmt.employed()) {
            LOG.infof("RetirementDue for %s on %s ignored: not employed then (%s)", employee.nip, due.tmtPensiun(), atTmt.separation());
            return;
        }
        if (atTmt.bupExtendedUntil() != null && atTmt.bupExtendedUntil().isAfter(due.tmtPensiun())) {
            LOG.infof("RetirementDue for %s on %s ignored: the BUP is extended to TMT pensiun %s", employee.nip, due.tmtPensiun(),
                    atTmt.bupExtendedUntil());
            return;
        }
        String reason = due.tmtPensiun().equals(atTmt.bupExtendedUntil())
                ? "Akhir perpanjangan batas usia pensiun (BUP " + due.bupAge() + " tahun, " + due.legalBasis() + ")"
                : "Mencapai batas usia pensiun " + due.bupAge() + " tahun (" + due.legalBasis() + ")";
        MutationRequest retirement = new MutationRequest("retired", "BUP " + due.tmtPensiun(), due.tmtPensiun(), due.tmtPensiun(), reason,
                null, null, null, null, null, null, null, null, null, null, "BUP", null, null);
        try {
            employees.mutate(employee.nip, employee.version, retirement, "retirement-service (event " + event.id() + ")", agency -> true);
        } catch (ProblemException refused) {
            throw new RejectedEventException("the retirement of " + employee.nip + " on " + due.tmtPensiun() + " was refused: " + refused.getMessage());
        }
    }
}
