package org.openasn.personnel.employee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.openasn.commons.ids.TimeOrderedUuid;
import org.openasn.commons.outbox.Outbox;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.Problem;
import org.openasn.commons.problem.ProblemException;
import org.openasn.commons.problem.RuleViolation;
import org.openasn.commons.security.Caller;
import org.openasn.events.EventTypes;
import org.openasn.personnel.bup.BupAges;
import org.openasn.personnel.config.PersonnelConfig;
import org.openasn.personnel.employee.Effect;
import org.openasn.personnel.employee.EmploymentState;
import org.openasn.personnel.employee.Finding;
import org.openasn.personnel.employee.IdentityPolicy;
import org.openasn.personnel.employee.MutationKind;
import org.openasn.personnel.employee.MutationPolicy;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.Separation;
import org.openasn.personnel.employee.StateChange;
import org.openasn.personnel.employee.StateCodes;
import org.openasn.personnel.employee.Timeline;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.persistence.MutationRecord;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.person.Gender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records mutations: validates each against the employee's timeline, appends it to the mutation log, refreshes
 * the employee's current state and publishes one event with the resulting state, all in one transaction.
 */
@ApplicationScoped
public class EmployeeService {

    @Inject
    MutationLog log;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    PersonnelConfig config;
    @Inject
    BupAges bupAges;

    /** The outcome of a recorded mutation: the employee after it, and what the rules doubted. */
    public record Recorded(Employee employee, MutationRecord mutation, Timeline timeline, List<Finding> warnings) {
    }

    @Transactional
    public Recorded appoint(@NotNull String instansi, @NotNull @Valid AppointmentRequest request, @NotNull String recordedBy) {
        MutationKind kind = MutationCommands.kind(request.kind(), MutationCommands.APPOINTMENTS);
        StateChange change = MutationCommands.appointment(kind, request);
        requireUnit(instansi, change.unitId(), "unitId");
        PersonDocument person = request.person();
        Gender gender = Gender.parse(person.gender());
        List<Finding> findings = new ArrayList<>(IdentityPolicy.check(person.nip(), person.nik(), person.birthDate(), gender,
                kind == MutationKind.PPPK_APPOINTED, kind == MutationKind.TRANSFERRED_IN ? null : request.tmt()));
        Employee employee = Employee.findByNip(normaliseNip(person.nip())).orElse(null);
        List<MutationRecord> history = employee == null ? List.of() : MutationRecord.ofEmployee(employee.id);
        Timeline before = log.timeline(history, clock.instant());
        if (employee != null) {
            requireFree(employee, before, instansi, kind);
            change = keptThroughTransfer(change, request, before, kind);
        }
        Effect effect = Effect.of(TimeOrderedUuid.next(), kind, request.tmt(), Long.MAX_VALUE, change, instansi);
        findings.addAll(policy().check(before, effect, today(), person.birthDate()));
        refuseErrors(findings);
        if (employee == null) {
            employee = new Employee();
            employee.id = TimeOrderedUuid.next();
            employee.recordedAt = clock.instant();
            employee.recordedBy = recordedBy;
        }
        employee.instansi = instansi;
        setPerson(employee, person);
        employee.educationMajor = request.educationMajor();
        employee.educationYear = request.educationYear();
        employee.supervisorId = supervisor(instansi, request.supervisorNip());
        if (!employee.isPersistent()) {
            employee.persist();
        }
        return record(employee, instansi, history, kind, request, change, null, null, findings, recordedBy);
    }

    /**
     * Refuses to appoint an employee already recorded unless they have left: an agency may take on again someone who left
     * it, and another agency of the platform may take on, by a transfer in, someone who transferred out (pindah antar
     * instansi). The record then moves to that agency with its whole history; the periods before the transfer stay the
     * old agency's in every as-of read and headcount.
     */
    private static void requireFree(Employee employee, Timeline timeline, String instansi, MutationKind kind) {
        Period left = timeline.separation().orElse(null);
        if (left == null) {
            throw new ConflictProblem("nip-taken", "An employee with NIP " + employee.nip + " is already recorded"
                    + (employee.instansi.equals(instansi) ? "." : " in another agency, which has not recorded them as transferred out."));
        }
        if (employee.instansi.equals(instansi)) {
            return;
        }
        if (left.state().separation() != Separation.TRANSFERRED_OUT) {
            throw new ConflictProblem("nip-taken", "An employee with NIP " + employee.nip + " is recorded in another agency, which they left on "
                    + left.validFrom() + " (" + left.state().separation() + "); only an employee who transferred out can be taken on here.");
        }
        if (kind != MutationKind.TRANSFERRED_IN) {
            throw new ConflictProblem("nip-taken", "An employee with NIP " + employee.nip + " transferred out of another agency on "
                    + left.validFrom() + "; record their arrival as transferred-in, not " + kind.eventKind() + ".");
        }
    }

    /**
     * An employee who transfers in with the golongan they held is still in it since its TMT, with the masa kerja golongan
     * of that SK, unless the request says otherwise.
     */
    private static StateChange keptThroughTransfer(StateChange change, AppointmentRequest request, Timeline before, MutationKind kind) {
        EmploymentState held = before.separation().map(Period::state).orElseThrow();
        if (kind != MutationKind.TRANSFERRED_IN || change.golongan() != held.golongan()) {
            return change;
        }
        StateChange kept = request.tmtGolongan() == null && held.tmtGolongan() != null ? change.withGolongan(held.golongan(), held.tmtGolongan())
                : change;
        return request.masaKerja() == null && held.masaKerja() != null ? kept.withMasaKerja(held.masaKerja()) : kept;
    }

    /** Records a mutation by the agency that holds the employee's record (one {@code seesAgency} accepts). */
    @Transactional
    public Recorded mutate(@NotNull String nip, long expectedVersion, @NotNull @Valid MutationRequest request, @NotNull String recordedBy,
                           java.util.function.Predicate<String> seesAgency) {
        Employee employee = Employee.<Employee>find("nip", normaliseNip(nip)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(e -> seesAgency.test(e.instansi)).orElseThrow(() -> unknown(nip));
        return mutate(employee, expectedVersion, request, recordedBy, null);
    }

    /**
     * Records a mutation by an agency the employee is moving or has moved away from ({@link ReadableRecord#formerAgency()}):
     * only one dated in a period the employee is with that agency, such as a KGB due before a move recorded ahead of its
     * TMT, and, for a correction, only of a mutation that agency recorded. Anything else is 403 {@code record-moved}.
     */
    @Transactional
    public Recorded mutateAsFormerAgency(@NotNull String nip, long expectedVersion, @NotNull @Valid MutationRequest request,
                                         @NotNull String recordedBy, @NotNull String agency) {
        Employee employee = Employee.<Employee>find("nip", normaliseNip(nip)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> unknown(nip));
        return mutate(employee, expectedVersion, request, recordedBy, agency);
    }

    /** {@code formerAgency}: the agency recording, when it is not the record's ({@link #mutateAsFormerAgency}). */
    private Recorded mutate(Employee employee, long expectedVersion, MutationRequest request, String recordedBy, String formerAgency) {
        if (employee.version != expectedVersion) {
            throw new ProblemException(412, "stale-version", "Precondition failed", "The employee changed since version " + expectedVersion
                    + " (now " + employee.version + "); read it again and reapply your change.", List.of());
        }
        if (formerAgency != null && request.person() != null) {
            // before correctPerson, which would change the record (rolled back) and answer a taken NIP with 409
            throw recordMoved(employee, formerAgency, "it does not correct their personal data.");
        }
        MutationKind kind = MutationCommands.kind(request.kind(), MutationCommands.FOR_EXISTING);
        StateChange change = MutationCommands.change(kind, request);
        List<MutationRecord> recorded = MutationRecord.ofEmployee(employee.id);
        List<MutationRecord> history = recorded;
        List<Finding> findings = new ArrayList<>();
        MutationRecord corrected = null;
        ChangeDocument.PersonCorrection personCorrection = null;
        String recordedIn = formerAgency == null ? employee.instansi : formerAgency;
        MutationLog.Acting acting = new MutationLog.Acting(kind.scope(), recordedIn);
        if (kind == MutationKind.DATA_CORRECTED) {
            if (request.person() != null) {
                PersonOutcome outcome = correctPerson(employee, request.person(), history);
                findings.addAll(outcome.findings());
                personCorrection = outcome.correction();
            }
            if (request.correctsMutationId() != null) {
                corrected = correctable(history, request.correctsMutationId());
                UUID correctedId = corrected.id;
                history = history.stream().filter(r -> !r.id.equals(correctedId)).toList();
                if (!change.equals(StateChange.NONE)) {
                    // a replacement: the corrected mutation's change with the new fields over it, acting as it did
                    change = overlay(log.change(corrected).toStateChange(), change);
                    acting = log.actingAs(corrected, recorded);
                }
            }
        }
        Timeline before = log.timeline(history, clock.instant());
        if (formerAgency != null) {
            requireFormerAgencysDate(employee, before, request, corrected == null ? formerAgency : log.actingAs(corrected, recorded).instansi(),
                    formerAgency);
        }
        if (change.unitId() != null) {
            requireUnit(recordedIn, change.unitId(), "unitId");
        }
        if (!change.equals(StateChange.NONE) || kind.scope() != Effect.Scope.CHANGE) {
            Effect effect = new Effect(TimeOrderedUuid.next(), kind, acting.scope(), request.tmt(), Long.MAX_VALUE, change, acting.instansi());
            findings.addAll(policy().check(before, effect, today(), employee.birthDate));
        }
        refuseErrors(findings);
        return record(employee, recordedIn, recorded, kind, request, change, corrected, personCorrection, findings, recordedBy);
    }

    /** An agency the employee left records only what happened while they were with it ({@link #mutateAsFormerAgency}). */
    private static void requireFormerAgencysDate(Employee employee, Timeline before, MutationRequest request, String correctedIn, String agency) {
        if (!agency.equals(correctedIn)) {
            throw recordMoved(employee, agency, "it corrects only the mutations it recorded.");
        }
        String agencyThen = before.periodAt(request.tmt()).map(Period::instansi).orElse(null);
        if (!agency.equals(agencyThen)) {
            String until = before.periods().stream().filter(p -> agency.equals(p.instansi()) && p.validTo() != null)
                    .map(Period::validTo).max(Comparator.naturalOrder()).map(d -> " (before " + d + ")").orElse("");
            throw recordMoved(employee, agency, "it records only mutations dated while they were with it" + until + ".");
        }
    }

    private static ProblemException recordMoved(Employee employee, String agency, String what) {
        return new ProblemException(403, "record-moved", "Forbidden", "Employee " + employee.nip + " has moved to agency " + employee.instansi
                + ", which now records their mutations; " + agency + " reads the dates they were with it, and " + what, List.of());
    }

    public Employee find(String nip) {
        return Employee.findByNip(normaliseNip(nip)).orElseThrow(() -> unknown(nip));
    }

    /**
     * The employee with this NIP if the caller sees them ({@link Caller#seesEmployee}); one of another agency (or, for
     * the self role, another's record) is answered exactly as an unknown NIP, so that the answer does not tell whether
     * the NIP is recorded.
     */
    public Employee readableBy(Caller caller, String nip) {
        return Employee.findByNip(normaliseNip(nip)).filter(e -> caller.seesEmployee(e.instansi, e.nip)).orElseThrow(() -> unknown(nip));
    }

    /**
     * How the employee's record ends now, if it ends with a transfer out (pindah antar instansi): the separated period,
     * from the transfer's TMT, with the state they left in. Another agency of the platform may then take them on by a
     * transfer in on that TMT.
     */
    public Optional<Period> transferredOut(String nip) {
        return Employee.findByNip(normaliseNip(nip)).flatMap(e -> timeline(e, null).separation())
                .filter(left -> left.state().separation() == Separation.TRANSFERRED_OUT);
    }

    /**
     * An employee's record as a caller may read it: the whole of it ({@code formerAgency} null), or, for an agency the
     * employee moved away from (pindah antar instansi), the periods they had with it ({@code formerAgency}), so that its
     * reads as of a date before the move agree with the headcounts it counted and published then.
     */
    public record ReadableRecord(Employee employee, String formerAgency) {

        public boolean whole() {
            return formerAgency == null;
        }

        /** Whether the caller reads a period of this agency ({@code null}: no period). */
        public boolean showsPeriodOf(String periodAgency) {
            return whole() || formerAgency.equals(periodAgency);
        }
    }

    /**
     * The employee's record as the caller may read it: whole if the caller sees the employee ({@link #readableBy}); the
     * periods with the caller's agency if the employee had any there and has since moved to another agency; otherwise
     * the same 404 as for an unknown NIP.
     */
    public ReadableRecord readableRecordBy(Caller caller, String nip) {
        Employee employee = Employee.findByNip(normaliseNip(nip)).orElseThrow(() -> unknown(nip));
        if (caller.seesEmployee(employee.instansi, employee.nip)) {
            return new ReadableRecord(employee, null);
        }
        String agency = caller.agency();
        // seesEmployee(agency, ...) is false for the self role alone: it reads only its own record
        if (agency != null && caller.seesEmployee(agency, employee.nip) && EmployeePeriodRow.anyWith(employee.id, agency)) {
            return new ReadableRecord(employee, agency);
        }
        throw unknown(nip);
    }

    /** The 404 of an NIP that is not recorded, or not the caller's to see: the same answer for both. */
    public static NotFoundProblem unknown(String nip) {
        return new NotFoundProblem("No employee with NIP " + nip + ".");
    }

    public List<MutationRecord> mutations(Employee employee) {
        return MutationRecord.ofEmployee(employee.id);
    }

    /** The timeline as known at {@code knownAt} (now when {@code null}). */
    public Timeline timeline(Employee employee, Instant knownAt) {
        return timeline(MutationRecord.ofEmployee(employee.id), knownAt);
    }

    /** The timeline of mutations already loaded, as known at {@code knownAt} (now when {@code null}). */
    public Timeline timeline(List<MutationRecord> mutations, Instant knownAt) {
        return log.timeline(mutations, knownAt == null ? clock.instant() : knownAt);
    }

    public LocalDate today() {
        return config.today(clock);
    }

    /** Stores a mutation that {@code recordedIn} (an agency) recorded, and publishes the employee's resulting state. */
    private Recorded record(Employee employee, String recordedIn, List<MutationRecord> history, MutationKind kind, SkDocument sk,
                            StateChange change, MutationRecord corrected, ChangeDocument.PersonCorrection personCorrection, List<Finding> findings,
                            String recordedBy) {
        Instant now = clock.instant();
        MutationRecord m = newRecord(employee, kind, new Fact(sk.tmt(), change, sk.skNumber(), sk.skDate(), sk.reason()), personCorrection,
                findings, recordedBy, now);
        m.instansi = recordedIn;
        m.correctsMutationId = corrected == null ? null : corrected.id;
        m.persist();
        m.flush();
        List<MutationRecord> all = new ArrayList<>(history);
        if (corrected != null) {
            corrected.voidedAt = now;
            corrected.voidedBy = m.id;
        }
        all.add(m);
        return publish(employee, m, log.timeline(all, now), findings);
    }

    /** One fact of a registration: from {@code tmt} on, {@code change} holds, as decided by the SK. */
    public record Fact(LocalDate tmt, StateChange change, String skNumber, LocalDate skDate, String reason) {
    }

    /** An employee registered from an existing record, ready to be written: nothing of it is stored yet. */
    public record Registration(Employee employee, List<MutationRecord> mutations, Timeline timeline, List<Finding> warnings) {
    }

    /**
     * Checks and builds the registration of an employee whose history is already decided elsewhere (a SIASN
     * export): several facts, the first one an appointment, as {@code employee-registered} mutations. Writes
     * nothing; {@link RegistrationWriter} stores many at once. A fact the rules refuse is a {@link RuleViolation}.
     */
    public Registration prepareRegistration(String instansi, PersonDocument person, String educationMajor, Integer educationYear,
                                            String npwp, List<Fact> facts, String recordedBy) {
        Instant now = clock.instant();
        List<Finding> findings = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            Effect effect = new Effect(TimeOrderedUuid.next(), MutationKind.EMPLOYEE_REGISTERED,
                    i == 0 ? Effect.Scope.APPOINTMENT : Effect.Scope.CHANGE, fact.tmt(), i, fact.change(), instansi);
            findings.addAll(policy().check(Timeline.of(effects), effect, today(), person.birthDate()));
            effects.add(effect);
        }
        refuseErrors(findings);
        Employee employee = new Employee();
        employee.id = TimeOrderedUuid.next();
        employee.instansi = instansi;
        employee.recordedAt = now;
        employee.recordedBy = recordedBy;
        setPerson(employee, person);
        employee.educationMajor = educationMajor;
        employee.educationYear = educationYear;
        employee.npwp = npwp;
        List<MutationRecord> records = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            MutationRecord m = newRecord(employee, MutationKind.EMPLOYEE_REGISTERED, facts.get(i), null, i == 0 ? findings : List.of(),
                    recordedBy, now);
            m.id = effects.get(i).mutationId();   // the timeline's periods name the mutation that caused them
            records.add(m);
        }
        Timeline timeline = Timeline.of(effects);
        refreshCurrentState(employee, timeline);
        return new Registration(employee, records, timeline, findings.stream().filter(f -> !f.isError()).toList());
    }

    private MutationRecord newRecord(Employee employee, MutationKind kind, Fact fact, ChangeDocument.PersonCorrection personCorrection,
                                     List<Finding> findings, String recordedBy, Instant now) {
        MutationRecord m = new MutationRecord();
        m.id = TimeOrderedUuid.next();
        m.employeeId = employee.id;
        m.instansi = employee.instansi;
        m.kind = kind.eventKind();
        m.skNumber = fact.skNumber() == null ? null : fact.skNumber().strip();
        m.skDate = fact.skDate();
        m.tmt = fact.tmt();
        m.reason = fact.reason() == null ? null : fact.reason().strip();
        m.change = log.write(ChangeDocument.of(fact.change(), personCorrection));
        m.warnings = log.write(findings.stream().filter(f -> !f.isError()).toList());
        m.backdated = m.tmt.isBefore(LocalDate.ofInstant(now, config.timeZone()));
        m.recordedAt = now;
        m.recordedBy = recordedBy;
        return m;
    }

    private Recorded publish(Employee employee, MutationRecord m, Timeline timeline, List<Finding> findings) {
        refreshCurrentState(employee, timeline);
        PeriodTable.replace(Employee.getEntityManager(), employee.id, timeline);
        if (employee.isPersistent()) {
            Employee.getEntityManager().lock(employee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        outbox.publish(EventTypes.employeeByKind(m.kind).orElseThrow(), employee.id.toString(), employee.instansi,
                EmployeeEvents.change(employee, m, timeline));
        return new Recorded(employee, m, timeline, findings.stream().filter(f -> !f.isError()).toList());
    }

    /** The denormalised "today" state used by search and lists. */
    void refreshCurrentState(Employee e, Timeline timeline) {
        LocalDate today = today();
        StateCodes s = StateCodes.of(timeline.stateAt(today));
        e.kind = s.kind();
        e.kedudukanHukum = s.kedudukanHukum();
        e.inService = s.inService();
        e.separation = s.separation();
        e.golongan = s.golongan();
        e.golonganRank = s.golonganRank();
        e.tmtGolongan = s.tmtGolongan();
        e.jenisJabatan = s.jenisJabatan();
        e.eselon = s.eselon();
        e.jabatanId = s.jabatanId();
        e.jabatanName = s.jabatanName();
        e.jenjang = s.jenjang();
        e.positionGroup = s.positionGroup();
        e.bupCategory = s.bupCategory();
        e.unitId = s.unitId();
        e.pendidikan = s.pendidikan();
        e.bupExtendedUntil = s.bupExtendedUntil();
        e.startDate = timeline.start().orElse(null);
        e.stateAsOf = today;
    }

    /** An identity correction: its findings and, when it passed, the before/after to log. */
    private record PersonOutcome(List<Finding> findings, ChangeDocument.PersonCorrection correction) {
    }

    private PersonOutcome correctPerson(Employee employee, PersonDocument corrected, List<MutationRecord> history) {
        PersonDocument before = personOf(employee);
        Timeline timeline = log.timeline(history, clock.instant());
        LocalDate appointment = timeline.start().orElse(null);
        boolean pppk = employee.kind != null && employee.kind.startsWith("PPPK");
        List<Finding> findings = IdentityPolicy.check(corrected.nip(), corrected.nik(), corrected.birthDate(), Gender.parse(corrected.gender()),
                pppk, appointment);
        String nip = normaliseNip(corrected.nip());
        if (!nip.equals(employee.nip) && Employee.findByNip(nip).isPresent()) {
            throw new ConflictProblem("nip-taken", "An employee with NIP " + nip + " is already recorded.");
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return new PersonOutcome(findings, null);
        }
        setPerson(employee, corrected);
        return new PersonOutcome(findings, new ChangeDocument.PersonCorrection(before, corrected));
    }

    private MutationRecord correctable(List<MutationRecord> history, UUID id) {
        MutationRecord target = history.stream().filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> InvalidInput.of("correctsMutationId", "no mutation " + id + " of this employee"));
        if (target.voidedAt != null) {
            throw new ConflictProblem("already-corrected", "Mutation " + id + " was already corrected by " + target.voidedBy
                    + "; correct that one instead.");
        }
        return target;
    }

    /** The corrected mutation's change with the correction's fields laid over it. */
    private static StateChange overlay(StateChange original, StateChange correction) {
        return new StateChange(
                either(correction.kind(), original.kind()),
                either(correction.kedudukanHukum(), original.kedudukanHukum()),
                either(correction.separation(), original.separation()),
                either(correction.golongan(), original.golongan()),
                correction.golongan() != null ? correction.tmtGolongan() : original.tmtGolongan(),
                either(correction.masaKerja(), original.masaKerja()),
                either(correction.position(), original.position()),
                either(correction.unitId(), original.unitId()),
                either(correction.pendidikan(), original.pendidikan()),
                either(correction.contractEnd(), original.contractEnd()),
                either(correction.bupExtendedUntil(), original.bupExtendedUntil()));
    }

    private static <T> T either(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private MutationPolicy policy() {
        return new MutationPolicy(config.rankRangeCheck(), bupAges.current());
    }

    private static void refuseErrors(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors.get(0).code(), String.join("; ", errors.stream().map(Finding::message).toList()),
                    errors.stream().map(f -> new Problem.Violation(f.field(), f.code() + ": " + f.message())).toList());
        }
    }

    private static void requireUnit(String instansi, UUID unitId, String field) {
        if (unitId != null && Unit.findInAgency(instansi, unitId).isEmpty()) {
            throw InvalidInput.of(field, "no unit " + unitId + " in agency " + instansi);
        }
    }

    private UUID supervisor(String instansi, String supervisorNip) {
        if (supervisorNip == null || supervisorNip.isBlank()) {
            return null;
        }
        Employee supervisor = Employee.findByNip(normaliseNip(supervisorNip))
                .filter(s -> s.instansi.equals(instansi))
                .orElseThrow(() -> InvalidInput.of("supervisorNip", "no employee with NIP " + supervisorNip + " in agency " + instansi));
        return supervisor.id;
    }

    private static void setPerson(Employee e, PersonDocument p) {
        e.nip = normaliseNip(p.nip());
        e.nik = p.nik();
        e.name = p.name().strip();
        e.gelarDepan = p.gelarDepan();
        e.gelarBelakang = p.gelarBelakang();
        e.birthDate = p.birthDate();
        e.birthPlace = p.birthPlace();
        e.gender = p.gender();
        e.agama = p.agama();
        e.jenisKawin = p.jenisKawin();
        e.phone = p.phone();
        e.email = p.email();
        e.emailGov = p.emailGov();
        e.address = p.address();
    }

    static PersonDocument personOf(Employee e) {
        return new PersonDocument(e.nip, e.nik, e.name, e.gelarDepan, e.gelarBelakang, e.birthDate, e.birthPlace, e.gender, e.agama,
                e.jenisKawin, e.phone, e.email, e.emailGov, e.address);
    }

    static String normaliseNip(String nip) {
        return nip == null ? null : nip.replaceAll("[\\s.\\u00a0]", "");
    }
}
