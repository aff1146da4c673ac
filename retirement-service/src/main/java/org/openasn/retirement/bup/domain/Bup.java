package org.openasn.retirement.bup.domain;

import org.openasn.reference.position.BupCategory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The BUP (batas usia pensiun, retirement age) that applies to a position category, and where it comes from.
 *
 * @param category          the position category asked about
 * @param age               the BUP age in years
 * @param legalBasis        the regulation of the rule set that gave the age
 * @param ruleSetId         the rule set version that gave the age
 * @param ruleSetEffectiveFrom that version's effective date
 */
public record Bup(BupCategory category, int age, String legalBasis, UUID ruleSetId, LocalDate ruleSetEffectiveFrom) {
}
