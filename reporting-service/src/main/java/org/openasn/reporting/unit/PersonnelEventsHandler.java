package org.openasn.reporting.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.commons.consumer.EventHandler;
import org.openasn.commons.consumer.RejectedEventException;
import org.openasn.commons.consumer.SubjectSequences;
import org.openasn.events.EventCodec;
import org.openasn.events.EventConsistency;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.EventType;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.reporting.bup.BupRules;
import org.openasn.reporting.headcount.EmployeePeriods;
import org.openasn.reporting.headcount.EmployeePeriods.Change;
import org.openasn.reporting.profile.formasi.FormasiHistory;
import org.openasn.events.Topics;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the reporting read model from personnel events and from the BUP rules retirement-service publishes (its other
 * events, such as RetirementDue, are not needed: the retirement itself comes as a personnel event). Runs in the
 * consumer's transaction, after the consumer has made sure these events were not applied before (by its ledger, or for
 * employee events by the periods, {@link #subjectSequences}): plain inserts are enough. A poll's employee events are written together ({@link EmployeePeriods#replaceAll}); units, formasi and BUP
 * rules, which are rare, one at a time.
 */
@ApplicationScoped
public class PersonnelEventsHandler implements EventHandler {

    public static final String GROUP = "reporting-service";

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PERSONNEL, Topics.RETIREMENT);
    }

    @Inject
    EmployeePeriods periods;
    @Inject
    FormasiHistory formasi;
    @Inject
    BupRules bupRules;

    /** Employee events are recorded with the periods they write, not in the consumer's ledger. */
    @Override
    public SubjectSequences subjectSequences() {
        return periods;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (EventTypes.UNIT_REGISTERED_V1.name().equals(event.type())) {
            unitRegistered(event, EventConsistency.unitRegistered(event, EventCodec.data(event, EventTypes.UNIT_REGISTERED_V1)));
            return;
        }
        if (EventTypes.UNIT_CLASSIFIED_V1.name().equals(event.type())) {
            unitClassified(event, EventConsistency.unitClassified(event, EventCodec.data(event, EventTypes.UNIT_CLASSIFIED_V1)));
            return;
        }
        if (EventTypes.FORMASI_SET_V1.name().equals(event.type())) {
            formasi.record(event, EventConsistency.formasiSet(event, EventCodec.data(event, EventTypes.FORMASI_SET_V1)));
            return;
        }
        if (EventTypes.BUP_RULES_PUBLISHED_V1.name().equals(event.type())) {
            bupRules.record(event, EventConsistency.bupRules(EventCodec.data(event, EventTypes.BUP_RULES_PUBLISHED_V1)));
            return;
        }
        Change change = employeeChange(event);
        if (change != null) {
            periods.replaceAll(List.of(change), Set.of());
        }
    }

    @Override
    public void applyAll(List<EventEnvelope> events) {
        // the employee events' data is decoded on every core (an invalid one fails the batch, which is then applied one by one)
        applyAll(events, events.parallelStream().map(event -> (Object) employeeChange(event)).toList());
    }

    /** The employee events' data, decoded by the consumer on every core ahead of the batch's transaction. */
    @Override
    public Object prepare(EventEnvelope event) {
        return employeeChange(event);
    }

    @Override
    public void applyAll(List<EventEnvelope> events, List<Object> prepared) {
        applyAll(events, prepared, new boolean[events.size()]);
    }

    /** Employees whose subject is new have no periods yet: the batch does not look for periods of theirs to supersede. */
    @Override
    public void applyAll(List<EventEnvelope> events, List<Object> prepared, boolean[] newSubject) {
        List<Change> employees = new ArrayList<>(events.size());
        Set<UUID> newEmployees = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (prepared.get(i) instanceof Change change) {
                employees.add(change);
                if (newSubject[i]) {
                    newEmployees.add(change.data().employeeId()); // its subject, as employeeChange checked
                }
            } else {
                apply(events.get(i)); // units, formasi and BUP rules go to other tables: their order relative to employee events does not matter
            }
        }
        periods.replaceAll(employees, newEmployees);
    }

    /**
     * The event with its data when it is an employee event, otherwise {@code null}; data the contract refuses, by its schema
     * or as impossible (another employee's, overlapping periods, ...: {@link EventConsistency}), is an
     * {@link org.openasn.events.InvalidEventException}, so that the event is dead-lettered rather than counted.
     */
    private static Change employeeChange(EventEnvelope event) {
        Optional<EventType<EmployeeChange>> employeeType = EventTypes.employeeByName(event.type());
        return employeeType.map(type -> new Change(event, EventConsistency.employeeChange(event, EventCodec.data(event, type)))).orElse(null);
    }

    private void unitRegistered(EventEnvelope event, UnitRegistered data) {
        // a unit published again (a later sequence of the same subject) replaces what was known of it, in its agency
        OrgUnit known = OrgUnit.findById(data.unitId());
        if (known != null) {
            requireAgency(known, data.instansi(), "unit-registered");
        }
        OrgUnit unit = known != null ? known : new OrgUnit();
        unit.id = data.unitId();
        unit.instansi = data.instansi();
        unit.code = data.code();
        unit.name = data.name();
        unit.parentId = data.parentId();
        unit.validFrom = data.validFrom();
        unit.unitType = data.unitType();
        unit.schoolLevel = data.schoolLevel();
        unit.listOrder = data.listOrder();
        unit.eventId = event.id();
        if (known == null) {
            unit.persist();
        }
    }

    /** Follows the unit's registration (same subject, later sequence): the unit is known. */
    private void unitClassified(EventEnvelope event, UnitClassified data) {
        OrgUnit unit = OrgUnit.findById(data.unitId());
        if (unit == null) {
            throw new RejectedEventException("unit-classified for unit " + data.unitId() + ", which was never registered");
        }
        requireAgency(unit, data.instansi(), "unit-classified");
        unit.unitType = data.unitType();
        unit.schoolLevel = data.schoolLevel();
        unit.listOrder = data.listOrder();
        unit.eventId = event.id();
    }

    /** A unit stays in the agency it was registered in (an agency's code never changes, decision 8). */
    private static void requireAgency(OrgUnit unit, String instansi, String what) {
        if (!unit.instansi.equals(instansi)) {
            throw new RejectedEventException(what + " for unit " + unit.id + " of agency " + unit.instansi + " names agency " + instansi);
        }
    }
}
