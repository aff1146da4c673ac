package org.openasn.personnel.employee.rest;

import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a list of employees: the state in force today, or on the date asked. */
public record EmployeeSummary(String nip, String name, String gelarDepan, String gelarBelakang, String kind, String kedudukanHukum,
                              boolean inService, String golongan, LocalDate tmtGolongan, String jenisJabatan, String eselon,
                              String jabatanName, UUID unitId, LocalDate startDate) {

    static EmployeeSummary of(Employee e) {
        return new EmployeeSummary(e.nip, e.name, e.gelarDepan, e.gelarBelakang, e.kind, e.kedudukanHukum, e.inService, e.golongan,
                e.tmtGolongan, e.jenisJabatan, e.eselon, e.jabatanName, e.unitId, e.startDate);
    }

    /** The employee with the state of {@code period} (none: the employee had no state then). */
    static EmployeeSummary of(Employee e, EmployeePeriodRow period) {
        if (period == null) {
            return new EmployeeSummary(e.nip, e.name, e.gelarDepan, e.gelarBelakang, null, null, false, null, null, null, null, null, null,
                    e.startDate);
        }
        return new EmployeeSummary(e.nip, e.name, e.gelarDepan, e.gelarBelakang, period.kind, period.kedudukanHukum, period.inService,
                period.golongan, period.tmtGolongan, period.jenisJabatan, period.eselon, period.jabatanName, period.unitId, e.startDate);
    }
}
