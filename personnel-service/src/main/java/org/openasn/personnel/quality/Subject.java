package org.openasn.personnel.quality;

import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the checks look at: one employee's row (identity, contact and the state in force today), the unit it
 * names, whether its supervisor is still there, and the day of the check.
 *
 * @param employee          the employee row; not changed by the checks
 * @param unit              the unit of {@code employee.unitId}; {@code null} when the row has no unit or the unit is not in the agency
 * @param startIsTransfer   whether the row's start date is the TMT of a transfer in (then it is not the TMT CPNS the NIP encodes)
 * @param unavailableSupervisorNip the NIP of the direct supervisor recorded when they are not in service with the
 *                          employee's agency on {@code today}; {@code null} when there is none or they are
 * @param today             the day the checks are made for
 */
public record Subject(Employee employee, Unit unit, boolean startIsTransfer, String unavailableSupervisorNip, LocalDate today) {

    public Subject {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(today, "today");
    }
}
