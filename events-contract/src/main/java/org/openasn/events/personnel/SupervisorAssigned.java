package org.openasn.events.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's direct supervisor (atasan langsung) was set or cleared, from {@code validFrom}. Performance (e-Kinerja)
 * systems route SKP approvals along it. The subject is the employee, so the event is ordered with the employee's
 * other events.
 *
 * @param supervisorEmployeeId the supervisor, {@code null} when the assignment clears it
 * @param supervisorNip        the supervisor's NIP, {@code null} when cleared
 * @param recordedBy           who recorded it
 */
public record SupervisorAssigned(UUID assignmentId, UUID employeeId, String nip, String instansi, UUID supervisorEmployeeId,
                                 String supervisorNip, LocalDate validFrom, Instant recordedAt, String recordedBy) {
}
