package org.openasn.retirement.pension.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pension estimate and how it was reached.
 *
 * @param status            the weakest status of the two figures
 * @param masaKerjaYears    whole years of masa kerja counted (null when unknown)
 * @param masaKerjaMonths   the months beyond them, not counted
 * @param masaKerjaGolongan the MKG used to find the gaji pokok (null when unknown)
 * @param dasarPensiun      the gaji pokok used as the base (null when unavailable)
 * @param percentage        the share of the base applied to the pensiun pokok, in percent (77.5 → capped to 75; 75 for a
 *                          disability in the line of duty); null when no pensiun pokok was computed
 * @param pensiunPokok      the monthly pension of the employee
 * @param pensiunJandaDuda  the monthly pension of the widow or widower
 * @param steps             each step of the computation, in order, with the value it produced and why
 * @param assumptions       what the estimate assumes (no further promotion, the table in force, ...)
 * @param approximations    why a figure is approximate (empty when none is)
 * @param missing           what is missing for a figure that is unavailable, or why no pension is due (empty when none is)
 */
public record PensionEstimate(Status status, Integer masaKerjaYears, Integer masaKerjaMonths, Integer masaKerjaGolongan,
                              Long dasarPensiun, BigDecimal percentage, Figure pensiunPokok, Figure pensiunJandaDuda,
                              List<Step> steps, List<String> assumptions, List<String> approximations, List<String> missing) {

    /** How far a figure can be relied on. */
    public enum Status {
        /** Every input was known and every table value it needed was loaded. */
        COMPLETE,
        /** Computed, but from an input or table value that had to be approximated (listed in approximations). */
        APPROXIMATE,
        /** Not computed: an input or table value is missing, or no pension is due (listed in missing). Never guessed. */
        UNAVAILABLE
    }

    /** A monthly amount in rupiah (null when unavailable) and its status. */
    public record Figure(Long amount, Status status) {
    }

    /** One step of the computation: what was determined, its value, and how. */
    public record Step(String step, String value, String explanation) {
    }
}
