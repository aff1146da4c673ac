package org.openasn.personnel.quality;

import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.unit.Unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the checks look at: one employee's row (identity, contact and the state in force today), the unit it
 * names, whether its supervisor is still there, the BUP rules in force and the day of the check.
 *
 * @param employee          the employee row; not changed by the checks
 * @param unit              the unit of {@code employee.unitId}; {@code null} when the row has no unit or the unit is not in the agency
 * @param startIsTransfer   whether the row's start date is the TMT of a transfer in (then it is not the TMT CPNS the NIP encodes)
 * @param unavailableSupervisorNip the NIP of the direct supervisor recorded when they are not in service with the
 *                          employee's agency on {@code today}; {@code null} when there is none or they are
 * @param tmtPnsUnknown     whether the employee is a PNS imported from a SIASN row without TMT PNS and not recorded as CPNS
 *                          since, so that the timeline's PNS start is the TMT CPNS, not a known TMT PNS
 * @param bupAges           the retirement ages in force (retirement-service's rules, as last published)
 * @param today             the day the checks are made for
 */
public record Subject(Employee employee, Unit unit, boolean startIsTransfer, String unavailableSupervisorNip, boolean tmtPnsUnknown,
                      BupAgeTable bupAges, LocalDate today) {

    public Subject {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(bupAges, "bupAges");
        Objects.requireNonNull(today, "today");
    }
}
