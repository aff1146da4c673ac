package org.openasn.personnel.employee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.commons.problem.ProblemException;
import org.openasn.personnel.employee.persistence.Employee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The direct supervisor (atasan langsung) of each employee, which performance (e-Kinerja) systems need to route
 * SKP approvals, and the chain above it.
 */
@ApplicationScoped
public class SupervisorService {

    /** Longer chains than this are refused: a real hierarchy is far shorter, a longer one is a data error. */
    static final int MAX_CHAIN = 30;

    @Inject
    EmployeeService employees;

    /**
     * Sets (or, with {@code null}, clears) the employee's supervisor: an employee of the same agency, in service,
     * and not someone the employee supervises directly or indirectly.
     */
    @Transactional
    public Employee assign(String nip, String supervisorNip, Consumer<String> agencyCheck) {
        Employee employee = Employee.<Employee>find("nip", EmployeeService.normaliseNip(nip)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> new NotFoundProblem("No employee with NIP " + nip + "."));
        agencyCheck.accept(employee.instansi);
        if (supervisorNip == null || supervisorNip.isBlank()) {
            employee.supervisorId = null;
            return employee;
        }
        Employee supervisor = Employee.findByNip(EmployeeService.normaliseNip(supervisorNip))
                .filter(s -> s.instansi.equals(employee.instansi))
                .orElseThrow(() -> InvalidInput.of("supervisorNip", "no employee with NIP " + supervisorNip + " in agency " + employee.instansi));
        if (!supervisor.inService) {
            throw InvalidInput.of("supervisorNip", supervisor.nip + " is not in service");
        }
        List<Employee> above = chain(supervisor);
        if (supervisor.id.equals(employee.id) || above.stream().anyMatch(e -> e.id.equals(employee.id))) {
            throw new ProblemException(422, "supervisor-cycle", "Refused", supervisor.nip + " is supervised, directly or through others, by "
                    + employee.nip + ": they cannot also be their supervisor.", List.of());
        }
        employee.supervisorId = supervisor.id;
        return employee;
    }

    /** The supervisors above {@code employee}: the direct one first, up to one who has none. */
    public List<Employee> chain(Employee employee) {
        List<Employee> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(employee.id));
        UUID next = employee.supervisorId;
        while (next != null && chain.size() < MAX_CHAIN) {
            Employee supervisor = Employee.findById(next);
            if (supervisor == null || !seen.add(supervisor.id)) {
                break;
            }
            chain.add(supervisor);
            next = supervisor.supervisorId;
        }
        return chain;
    }
}
