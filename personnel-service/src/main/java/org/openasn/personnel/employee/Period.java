package org.openasn.personnel.employee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The state in force during {@code [validFrom, validTo)}; {@code validTo} is {@code null} for the last period.
 *
 * @param causeMutationId the mutation whose TMT starts the period (the last recorded one when several share it)
 * @param instansi        the agency employing the employee (or, after a separation, the one they left): that of the last
 *                        appointment by then, so a transfer between two agencies of the platform moves the periods from its
 *                        TMT on to the new agency and leaves the earlier ones with the old
 */
public record Period(LocalDate validFrom, LocalDate validTo, EmploymentState state, UUID causeMutationId, MutationKind cause,
                     String instansi) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
