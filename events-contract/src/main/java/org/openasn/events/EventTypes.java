package org.openasn.events;

import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.events.personnel.SupervisorAssigned;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.events.retirement.RetirementDue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every event type ever published. Never remove one: consumers must keep reading old events on replay. */
public final class EventTypes {

    public static final EventType<UnitRegistered> UNIT_REGISTERED_V1 =
            EventType.of("asn.personnel.unit-registered.v1", UnitRegistered.class, Topics.PERSONNEL);

    /** A unit's type and school level set by an operator; the subject is the unit. */
    public static final EventType<UnitClassified> UNIT_CLASSIFIED_V1 =
            EventType.of("asn.personnel.unit-classified.v1", UnitClassified.class, Topics.PERSONNEL);

    /** A unit's formasi for a position set (slots, prepared); the subject is the formasi id. */
    public static final EventType<FormasiSet> FORMASI_SET_V1 =
            EventType.of("asn.personnel.formasi-set.v1", FormasiSet.class, Topics.PERSONNEL);

    /** An employee's direct supervisor (atasan langsung) set or cleared; the subject is the employee. */
    public static final EventType<SupervisorAssigned> SUPERVISOR_ASSIGNED_V1 =
            EventType.of("asn.personnel.supervisor-assigned.v1", SupervisorAssigned.class, Topics.PERSONNEL);

    /** Employee registered from an existing record (SIASN import). */
    public static final EventType<EmployeeChange> EMPLOYEE_REGISTERED_V1 = employee("employee-registered");
    /** Employee appointed as CPNS (candidate civil servant): a new employee. */
    public static final EventType<EmployeeChange> CPNS_APPOINTED_V1 = employee("cpns-appointed");
    /** Employee CPNS confirmed as PNS. */
    public static final EventType<EmployeeChange> PNS_CONFIRMED_V1 = employee("pns-confirmed");
    /** Employee appointed as PPPK (contract government employee): a new employee. */
    public static final EventType<EmployeeChange> PPPK_APPOINTED_V1 = employee("pppk-appointed");
    /** Employee PPPK contract extended. */
    public static final EventType<EmployeeChange> PPPK_CONTRACT_EXTENDED_V1 = employee("pppk-contract-extended");
    /** Employee PPPK contract ended. */
    public static final EventType<EmployeeChange> PPPK_CONTRACT_ENDED_V1 = employee("pppk-contract-ended");
    /** Employee promoted to a higher golongan (kenaikan pangkat). */
    public static final EventType<EmployeeChange> PROMOTED_V1 = employee("promoted");
    /** Employee periodic salary step (kenaikan gaji berkala, KGB). */
    public static final EventType<EmployeeChange> SALARY_STEP_GRANTED_V1 = employee("salary-step-granted");
    /** Employee appointed to another position (jabatan), eselon or functional jenjang. */
    public static final EventType<EmployeeChange> POSITION_CHANGED_V1 = employee("position-changed");
    /** Employee moved to another unit of the same agency. */
    public static final EventType<EmployeeChange> UNIT_TRANSFERRED_V1 = employee("unit-transferred");
    /** Employee transferred in from another agency: a new employee here. */
    public static final EventType<EmployeeChange> TRANSFERRED_IN_V1 = employee("transferred-in");
    /** Employee transferred out to another agency. */
    public static final EventType<EmployeeChange> TRANSFERRED_OUT_V1 = employee("transferred-out");
    /** Employee legal status (kedudukan hukum) changed, such as unpaid leave (CLTN) or study leave. */
    public static final EventType<EmployeeChange> STATUS_CHANGED_V1 = employee("status-changed");
    /** Employee a new education level recorded. */
    public static final EventType<EmployeeChange> EDUCATION_RECORDED_V1 = employee("education-recorded");
    /** Employee BUP extended (perpanjangan batas usia pensiun): retires at a later TMT pensiun. */
    public static final EventType<EmployeeChange> BUP_EXTENDED_V1 = employee("bup-extended");
    /** Employee resigned at own request (APS). */
    public static final EventType<EmployeeChange> RESIGNED_V1 = employee("resigned");
    /** Employee dismissed. */
    public static final EventType<EmployeeChange> DISMISSED_V1 = employee("dismissed");
    /** Employee died. */
    public static final EventType<EmployeeChange> DIED_V1 = employee("died");
    /** Employee retired (BUP, APS with pension, or disability). */
    public static final EventType<EmployeeChange> RETIRED_V1 = employee("retired");
    /** Employee a recording error corrected (kesalahan data). */
    public static final EventType<EmployeeChange> DATA_CORRECTED_V1 = employee("data-corrected");

    /** The mutation kinds of employee events, as in {@code Mutation.kind} and the type name. */
    public static final List<EventType<EmployeeChange>> EMPLOYEE = List.of(
            EMPLOYEE_REGISTERED_V1,
            CPNS_APPOINTED_V1,
            PNS_CONFIRMED_V1,
            PPPK_APPOINTED_V1,
            PPPK_CONTRACT_EXTENDED_V1,
            PPPK_CONTRACT_ENDED_V1,
            PROMOTED_V1,
            SALARY_STEP_GRANTED_V1,
            POSITION_CHANGED_V1,
            UNIT_TRANSFERRED_V1,
            TRANSFERRED_IN_V1,
            TRANSFERRED_OUT_V1,
            STATUS_CHANGED_V1,
            EDUCATION_RECORDED_V1,
            BUP_EXTENDED_V1,
            RESIGNED_V1,
            DISMISSED_V1,
            DIED_V1,
            RETIRED_V1,
            DATA_CORRECTED_V1);

    /** An employee reaches TMT pensiun today (published by retirement-service). */
    public static final EventType<RetirementDue> RETIREMENT_DUE_V1 =
            EventType.of("asn.retirement.retirement-due.v1", RetirementDue.class, Topics.RETIREMENT);

    /** The BUP rules recorded now, as a decision table (published by retirement-service); the subject is {@code bup-rules}. */
    public static final EventType<BupRulesPublished> BUP_RULES_PUBLISHED_V1 =
            EventType.of("asn.retirement.bup-rules-published.v1", BupRulesPublished.class, Topics.RETIREMENT);

    public static final List<EventType<?>> ALL = Stream.<Stream<? extends EventType<?>>>of(Stream.of(UNIT_REGISTERED_V1, UNIT_CLASSIFIED_V1, FORMASI_SET_V1, SUPERVISOR_ASSIGNED_V1), EMPLOYEE.stream(),
            Stream.of(RETIREMENT_DUE_V1, BUP_RULES_PUBLISHED_V1)).<EventType<?>>flatMap(s -> s).toList();

    /** By name, for the look-up every event read makes. */
    private static final Map<String, EventType<?>> BY_NAME = ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, t -> t));

    private EventTypes() {
    }

    private static EventType<EmployeeChange> employee(String kind) {
        return new EventType<>("asn.personnel." + kind + ".v1", EmployeeChange.class, Topics.PERSONNEL, "asn.personnel.employee-change.v1");
    }

    /** The employee event type of a mutation kind such as {@code promoted}. */
    public static Optional<EventType<EmployeeChange>> employeeByKind(String kind) {
        return EMPLOYEE.stream().filter(t -> t.name().equals("asn.personnel." + kind + ".v1")).findFirst();
    }

    /** The employee event type named {@code name} (such as {@code asn.personnel.promoted.v1}), if it is one. */
    @SuppressWarnings("unchecked")
    public static Optional<EventType<EmployeeChange>> employeeByName(String name) {
        EventType<?> type = BY_NAME.get(name);
        return type != null && type.dataClass() == EmployeeChange.class ? Optional.of((EventType<EmployeeChange>) type) : Optional.empty();
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
