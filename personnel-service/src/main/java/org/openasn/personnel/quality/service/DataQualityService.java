package org.openasn.personnel.quality.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.personnel.bup.BupAges;
import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.persistence.MutationRecord;
import org.openasn.personnel.employee.rest.EmployeeFilter;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.SupervisorService;
import org.openasn.personnel.quality.QualityCheck;
import org.openasn.personnel.quality.QualityFinding;
import org.openasn.personnel.quality.Scorecard;
import org.openasn.personnel.quality.Subject;
import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs the data-quality checks: over a whole agency in one pass (pages of {@value #PAGE} rows, each with up to two
 * queries for the supervisors, and two more queries in all), or over one employee.
 */
@ApplicationScoped
public class DataQualityService {

    static final int PAGE = 1_000;
    private static final String TRANSFERRED_IN = "transferred-in";

    @Inject
    EmployeeService employees;
    @Inject
    SupervisorService supervisors;
    @Inject
    BupAges bupAges;

    /**
     * The agency's scores on {@code asOf}, overall and per unit (the unit each employee is placed in).
     *
     * @param units  the agency's units by id (all of them, also those outside the filter)
     * @param byUnit a scorecard per unit id; the {@code null} key holds employees placed in no unit
     */
    public record AgencyScores(LocalDate asOf, Scorecard total, Map<UUID, Unit> units, Map<UUID, Scorecard> byUnit) {
    }

    /**
     * One employee's failed indicators on {@code asOf}, in {@code agency}, the agency they work in that day;
     * {@code employed} says whether the agency index counts them.
     */
    public record EmployeeFindings(Employee employee, LocalDate asOf, String agency, boolean employed, List<QualityFinding> findings) {
    }

    /**
     * Scores the employees employed today (kind known, not separated) of an agency, or of one unit and the units below it:
     * those whose period in force today is the agency's, as search finds them (a move to another agency recorded ahead of
     * its TMT leaves the employee with the old agency until then).
     *
     * @throws org.openasn.commons.problem.ProblemException 400 when {@code unitId} is not a unit of the agency
     */
    public AgencyScores agency(String instansi, UUID unitId) {
        Map<UUID, Unit> units = unitsOf(instansi, unitId);
        Scorecard total = new Scorecard();
        Map<UUID, Scorecard> byUnit = new HashMap<>();
        LocalDate today = scan(instansi, unitId, units, (e, findings) -> {
            var failed = findings.stream().map(QualityFinding::check).toList();
            total.add(failed);
            byUnit.computeIfAbsent(e.unitId, id -> new Scorecard()).add(failed);
        });
        return new AgencyScores(today, total, units, byUnit);
    }

    /** An employee the agency's scores count who fails an indicator, with their unit ({@code null}: none of the agency's). */
    public record FailingEmployee(Employee employee, Unit unit, List<QualityFinding> findings) {
    }

    /** One page of the employees failing, in NIP order, and how many there are in all. */
    public record FailingPage(LocalDate asOf, long total, List<FailingEmployee> items) {
    }

    /**
     * The employees {@link #agency} scores who fail {@code check} (any indicator when {@code null}), in NIP order: the page
     * {@code page} of {@code size} of them, with the findings of that check (or all of them). One pass, as for the scores;
     * only the page is kept.
     *
     * @throws org.openasn.commons.problem.ProblemException 400 when {@code unitId} is not a unit of the agency
     */
    public FailingPage failing(String instansi, UUID unitId, QualityCheck check, int page, int size) {
        long first = (long) page * size;
        long[] total = {0};
        List<FailingEmployee> items = new ArrayList<>();
        LocalDate today = eachFailing(instansi, unitId, check, failing -> {
            if (total[0] >= first && items.size() < size) {
                items.add(failing);
            }
            total[0]++;
        });
        return new FailingPage(today, total[0], items);
    }

    /**
     * Hands each employee {@link #agency} scores who fails {@code check} (any indicator when {@code null}) to {@code visit},
     * in NIP order, with the findings of that check (or all of them), keeping none; returns the day checked.
     *
     * @throws org.openasn.commons.problem.ProblemException 400 when {@code unitId} is not a unit of the agency
     */
    public LocalDate eachFailing(String instansi, UUID unitId, QualityCheck check, Consumer<FailingEmployee> visit) {
        Map<UUID, Unit> units = unitsOf(instansi, unitId);
        return scan(instansi, unitId, units, (e, findings) -> {
            List<QualityFinding> shown = check == null ? findings : findings.stream().filter(f -> f.check() == check).toList();
            if (!shown.isEmpty()) {
                visit.accept(new FailingEmployee(e, e.unitId == null ? null : units.get(e.unitId), shown));
            }
        });
    }

    private static Map<UUID, Unit> unitsOf(String instansi, UUID unitId) {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        Unit.listAgency(instansi).forEach(u -> units.put(u.id, u));
        if (unitId != null && !units.containsKey(unitId)) {
            throw InvalidInput.of("unitId", "no unit " + unitId + " in agency " + instansi);
        }
        return units;
    }

    /**
     * Checks each employee the agency's scores count, in NIP order, a page of {@value #PAGE} at a time (the entities are
     * detached after each page), and hands each with its findings to {@code visit}; returns the day checked.
     */
    private LocalDate scan(String instansi, UUID unitId, Map<UUID, Unit> units, BiConsumer<Employee, List<QualityFinding>> visit) {
        LocalDate today = employees.today();
        EmployeeFilter ofAgency = EmployeeFilter.of(instansi, null, null, unitId, true, null, null, null, null, null, today);
        // the state checked is the employee's today, that of the period the filter finds
        String query = ofAgency.query() + " and kind is not null and separation is null and nip > :after order by nip";
        Parameters parameters = ofAgency.parameters();
        Map<UUID, Set<LocalDate>> transfers = transferDates(instansi);
        Set<UUID> tmtPnsUnknown = tmtPnsUnknown(instansi, null);
        BupAgeTable ages = bupAges.current();
        String after = "";
        List<Employee> page;
        do {
            page = Employee.<Employee>find(query, parameters.and("after", after)).page(Page.ofSize(PAGE)).list();
            Map<UUID, String> supervisorsGone = supervisors.unavailableToday(page, instansi);
            for (Employee e : page) {
                Subject subject = new Subject(e, e.unitId == null ? null : units.get(e.unitId),
                        transfers.getOrDefault(e.id, Set.of()).contains(e.startDate),
                        e.supervisorId == null ? null : supervisorsGone.get(e.supervisorId), tmtPnsUnknown.contains(e.id), ages, today);
                visit.accept(e, QualityFinding.evaluate(subject));
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).nip;
            }
            Employee.getEntityManager().clear();
        } while (page.size() == PAGE);
        return today;
    }

    /**
     * The indicators one employee fails today, in the agency whose period is in force today: until the TMT of a move
     * recorded ahead, the employee's unit and supervisor are the old agency's.
     */
    public EmployeeFindings employee(Employee e) {
        LocalDate today = employees.today();
        String agency = EmployeePeriodRow.agencyOn(e, today);
        Unit unit = e.unitId == null ? null : Unit.findInAgency(agency, e.unitId).orElse(null);
        boolean startIsTransfer = e.startDate != null && MutationRecord.count(
                "employeeId = ?1 and kind = ?2 and voidedAt is null and tmt = ?3", e.id, TRANSFERRED_IN, e.startDate) > 0;
        boolean employed = e.kind != null && e.separation == null;
        String supervisorGone = employed && e.supervisorId != null
                ? supervisors.unavailableToday(List.of(e), agency).get(e.supervisorId) : null;
        return new EmployeeFindings(e, today, agency, employed, QualityFinding.evaluate(new Subject(e, unit, startIsTransfer, supervisorGone,
                !tmtPnsUnknown(e.instansi, e.id).isEmpty(), bupAges.current(), today)));
    }

    /**
     * The agency's PNS (or the one employee {@code employeeId}, when given) imported from a SIASN row whose TMT PNS was
     * empty and never recorded as CPNS since: their timeline starts as PNS at TMT CPNS, and their TMT PNS is unknown.
     */
    @SuppressWarnings("unchecked")
    private static Set<UUID> tmtPnsUnknown(String instansi, UUID employeeId) {
        var query = Employee.getEntityManager().createNativeQuery("""
                SELECT e.id FROM employee e JOIN import_fingerprint f ON f.nip = e.nip
                WHERE e.instansi = :instansi AND e.kind = 'PNS' AND f.snapshot ->> 'tmtPns' IS NULL
                  AND (CAST(:employee AS uuid) IS NULL OR e.id = CAST(:employee AS uuid))
                  AND NOT EXISTS (SELECT 1 FROM employee_period p WHERE p.employee_id = e.id AND p.kind = 'CPNS')""", UUID.class)
                .setParameter("instansi", instansi).setParameter("employee", employeeId);
        return new HashSet<>((List<UUID>) query.getResultList());
    }

    /** The TMTs of the agency's transfers in, by employee: a start on one of them is not the TMT CPNS the NIP encodes. */
    private static Map<UUID, Set<LocalDate>> transferDates(String instansi) {
        Map<UUID, Set<LocalDate>> dates = new HashMap<>();
        Employee.getEntityManager().createQuery("""
                        select m.employeeId, m.tmt from MutationRecord m
                        where m.instansi = :instansi and m.kind = :kind and m.voidedAt is null""", Object[].class)
                .setParameter("instansi", instansi).setParameter("kind", TRANSFERRED_IN)
                .getResultStream().forEach(row -> dates.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((LocalDate) row[1]));
        return dates;
    }

}
