package org.openasn.events.retirement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee reaches TMT pensiun today: personnel-service records the retirement (unless the employee has left
 * already), reporting counts it as a BUP reduction.
 *
 * @param tmtPensiun  the retirement's effective date: the first day of the month after the BUP birthday
 * @param bupAge      the retirement age that applied (batas usia pensiun)
 * @param bupCategory the position category it applied to
 * @param legalBasis  the regulation of the rule set that gave the age
 */
public record RetirementDue(UUID employeeId, String instansi, String nip, LocalDate tmtPensiun, int bupAge, String bupCategory,
                            UUID ruleSetId, String legalBasis) {
}
