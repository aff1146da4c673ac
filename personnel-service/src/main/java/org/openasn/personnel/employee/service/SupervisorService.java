package org.openasn.personnel.employee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.openasn.commons.outbox.Outbox;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.ProblemException;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.SupervisorAssigned;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.persistence.SupervisorAssignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The direct supervisor (atasan langsung) of each employee, which performance (e-Kinerja) systems need to route
 * SKP approvals, the chain above it, and its history. Each setting is kept ({@link SupervisorAssignment}), published
 * as {@code asn.personnel.supervisor-assigned.v1} and listed in the change feed; {@code employee.supervisor_id} is the
 * one in force today. Assignments take effect today or earlier, never later, so that one stays right as days pass.
 */
@ApplicationScoped
public class SupervisorService {

    /** Longer chains than this are refused: a real hierarchy is far shorter, a longer one is a data error. */
    static final int MAX_CHAIN = 30;

    @Inject
    EmployeeService employees;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** What to record: the supervisor's NIP ({@code null} clears it), from when (default today), and why. */
    public record Assignment(String supervisorNip, LocalDate validFrom, String reason) {
    }

    /**
     * Sets (or, with a {@code null} NIP, clears) the employee's supervisor from {@code validFrom}: an employee of the
     * same agency, in service, and not someone the employee supervises directly or indirectly (then or today).
     * Setting the supervisor the employee already has records nothing.
     */
    @Transactional
    public Employee assign(String nip, Assignment request, String recordedBy, Predicate<String> seesAgency) {
        Employee employee = Employee.<Employee>find("nip", EmployeeService.normaliseNip(nip)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().filter(e -> seesAgency.test(e.instansi)).orElseThrow(() -> EmployeeService.unknown(nip));
        LocalDate today = employees.today();
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        if (validFrom.isAfter(today)) {
            throw InvalidInput.of("validFrom", "is after today (" + today + "): record a new supervisor on the day it takes effect");
        }
        if (employee.startDate != null && validFrom.isBefore(employee.startDate)) {
            throw InvalidInput.of("validFrom", "is before " + employee.nip + " started (" + employee.startDate + ")");
        }
        Employee supervisor = supervisorOf(employee, request.supervisorNip(), validFrom);
        Optional<SupervisorAssignment> latest = SupervisorAssignment.inForce(employee.id, today);
        UUID supervisorId = supervisor == null ? null : supervisor.id;
        boolean unchanged = latest.map(a -> Objects.equals(a.supervisorId, supervisorId) && !validFrom.isBefore(a.validFrom))
                .orElse(supervisorId == null);
        if (unchanged) {
            return employee;
        }
        SupervisorAssignment assignment = new SupervisorAssignment();
        assignment.id = UUID.randomUUID();
        assignment.employeeId = employee.id;
        assignment.instansi = employee.instansi;
        assignment.supervisorId = supervisorId;
        assignment.validFrom = validFrom;
        assignment.reason = request.reason();
        assignment.recordedAt = clock.instant();
        assignment.recordedBy = recordedBy;
        assignment.persist();
        if (latest.map(a -> !validFrom.isBefore(a.validFrom)).orElse(true)) {
            employee.supervisorId = supervisorId;
        }
        outbox.publish(EventTypes.SUPERVISOR_ASSIGNED_V1, employee.id.toString(), employee.instansi, new SupervisorAssigned(assignment.id,
                employee.id, employee.nip, employee.instansi, supervisorId, supervisor == null ? null : supervisor.nip, validFrom,
                assignment.recordedAt, recordedBy));
        return employee;
    }

    private Employee supervisorOf(Employee employee, String supervisorNip, LocalDate validFrom) {
        if (supervisorNip == null || supervisorNip.isBlank()) {
            return null;
        }
        Employee supervisor = Employee.findByNip(EmployeeService.normaliseNip(supervisorNip))
                .filter(s -> s.instansi.equals(employee.instansi))
                .orElseThrow(() -> InvalidInput.of("supervisorNip", "no employee with NIP " + supervisorNip + " in agency " + employee.instansi));
        if (!supervisor.inService) {
            throw InvalidInput.of("supervisorNip", supervisor.nip + " is not in service");
        }
        List<Employee> above = new ArrayList<>(recordedChain(supervisor, null));
        above.addAll(recordedChain(supervisor, validFrom));
        if (supervisor.id.equals(employee.id) || above.stream().anyMatch(e -> e.id.equals(employee.id))) {
            throw new ProblemException(422, "supervisor-cycle", "Refused", supervisor.nip + " is supervised, directly or through others, by "
                    + employee.nip + ": they cannot also be their supervisor.", List.of());
        }
        return supervisor;
    }

    /** The supervisors an appraisal can follow, and the NIP of the one recorded next who cannot be followed ({@code null}: none). */
    public record Chain(List<Employee> supervisors, String unavailableNip) {
    }

    /**
     * The chain an appraisal can follow on {@code date} ({@code null}: today): the supervisors above the employee, the
     * direct one first, up to one who has none, or up to the first who is not in service with the employee's agency that
     * day (moved to another agency, retired, died), whose NIP is then {@code unavailableNip}: the employee needs another
     * supervisor there.
     */
    public Chain chain(Employee employee, LocalDate date) {
        LocalDate day = date == null ? employees.today() : date;
        String agency = EmployeePeriodRow.agencyOn(employee, day);
        List<Employee> available = new ArrayList<>();
        for (Employee supervisor : recordedChain(employee, date)) {
            if (inServiceWith(List.of(supervisor.id), agency, day).isEmpty()) {
                return new Chain(available, supervisor.nip);
            }
            available.add(supervisor);
        }
        return new Chain(available, null);
    }

    /**
     * The direct supervisors recorded today for employees of {@code agency} who are not in service with it today
     * (retired, died, moved to another agency): their NIPs by their ids. Two queries for any number of employees.
     */
    public Map<UUID, String> unavailableToday(Collection<Employee> subordinates, String agency) {
        Set<UUID> supervisorIds = subordinates.stream().map(e -> e.supervisorId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (supervisorIds.isEmpty()) {
            return Map.of();
        }
        supervisorIds.removeAll(inServiceWith(supervisorIds, agency, employees.today()));
        if (supervisorIds.isEmpty()) {
            return Map.of();
        }
        return Employee.<Employee>list("id in ?1", supervisorIds).stream().collect(Collectors.toMap(e -> e.id, e -> e.nip));
    }

    /** Those of {@code employeeIds} in service with {@code agency} on {@code day}. */
    private static Set<UUID> inServiceWith(Collection<UUID> employeeIds, String agency, LocalDate day) {
        return EmployeePeriodRow.inForce(employeeIds, day).stream().filter(p -> p.inService && agency.equals(p.instansi))
                .map(p -> p.employeeId).collect(Collectors.toSet());
    }

    /**
     * The supervisors above {@code employee} on {@code date} ({@code null}: today) as recorded: the direct one first, up
     * to one who has none.
     */
    private List<Employee> recordedChain(Employee employee, LocalDate date) {
        List<Employee> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(employee.id));
        UUID next = supervisorId(employee, date);
        while (next != null && chain.size() < MAX_CHAIN) {
            Employee supervisor = Employee.findById(next);
            if (supervisor == null || !seen.add(supervisor.id)) {
                break;
            }
            chain.add(supervisor);
            next = supervisorId(supervisor, date);
        }
        return chain;
    }

    private static UUID supervisorId(Employee employee, LocalDate date) {
        return date == null ? employee.supervisorId
                : SupervisorAssignment.inForce(employee.id, date).map(a -> a.supervisorId).orElse(null);
    }
}
