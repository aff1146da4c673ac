package org.openasn.personnel.employee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The state in force during {@code [validFrom, validTo)}; {@code validTo} is {@code null} for the last period.
 *
 * @param causeMutationId the mutation whose TMT starts the period (the last recorded one when several share it)
 */
public record Period(LocalDate validFrom, LocalDate validTo, EmploymentState state, UUID causeMutationId, MutationKind cause) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
