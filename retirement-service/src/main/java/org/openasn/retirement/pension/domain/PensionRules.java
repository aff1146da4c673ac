package org.openasn.retirement.pension.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rules of a PNS pension (UU 11/1969), as data with the source of each: pensiun pokok is
 * {@code accrualPerYear} (2.5%) of the dasar pensiun (the last gaji pokok) per whole year of masa kerja, at most
 * {@code maxShare} (75%), at least {@code minShare} (40%) and, when {@code lowestGajiPokokSource} is set, never below
 * the lowest gaji pokok of the salary table in force. A PNS retired for a disability in the line of duty gets
 * {@code inDutyDisabilityShare} (75%) of the dasar pensiun whatever the masa kerja, subject to the lowest gaji pokok
 * alone; one retired for a disability not caused by the duties of office is entitled to a pension only with at least
 * {@code disabilityMinYears} (4) whole years of masa kerja, and then gets it as at BUP. Pensiun janda/duda is {@code widowShare} (36%) of the dasar
 * pensiun, never below {@code widowFloorShareOfLowest} (75%) of the lowest gaji pokok. Shares are fractions (0.025).
 */
public record PensionRules(LocalDate effectiveFrom, String legalBasis, BigDecimal accrualPerYear,
                           BigDecimal maxShare, String maxShareSource, BigDecimal minShare, String minShareSource,
                           String lowestGajiPokokSource, BigDecimal inDutyDisabilityShare, String inDutyDisabilitySource,
                           int disabilityMinYears, String disabilityMinYearsSource, BigDecimal widowShare, String widowShareSource,
                           BigDecimal widowFloorShareOfLowest, String widowFloorSource) {

    public PensionRules {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(legalBasis, "legalBasis");
        requireShare(accrualPerYear, "accrualPerYear");
        requireShare(maxShare, "maxShare");
        requireShare(minShare, "minShare");
        requireShare(inDutyDisabilityShare, "inDutyDisabilityShare");
        requireShare(widowShare, "widowShare");
        Objects.requireNonNull(widowFloorShareOfLowest, "widowFloorShareOfLowest");
        if (minShare.compareTo(maxShare) > 0) {
            throw new IllegalArgumentException("the minimum share " + minShare + " is above the maximum " + maxShare);
        }
        if (disabilityMinYears < 0) {
            throw new IllegalArgumentException("disabilityMinYears must not be negative, was " + disabilityMinYears);
        }
    }

    private static void requireShare(BigDecimal share, String name) {
        Objects.requireNonNull(share, name);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be a fraction between 0 and 1, was " + share);
        }
    }
}
