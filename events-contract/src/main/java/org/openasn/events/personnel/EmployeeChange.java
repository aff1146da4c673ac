package org.openasn.events.personnel;

import java.util.List;
import java.util.UUID;

/**
 * The data of every employee event (event-carried state transfer): the mutation that happened, and the
 * employee as personnel-service now knows them, including the whole effective-dated timeline. A consumer
 * replaces what it holds for the employee with this; it never has to call back or merge partial changes,
 * and a back-dated mutation or a correction simply arrives as a new timeline.
 *
 * @param timeline the employee's periods, ordered by {@code validFrom}, not overlapping; the last one is
 *                 open-ended unless the employee has left
 */
public record EmployeeChange(UUID employeeId, String instansi, Mutation mutation, Person person, List<EmploymentPeriod> timeline) {
}
