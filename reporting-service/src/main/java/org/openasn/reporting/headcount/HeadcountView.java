package org.openasn.reporting.headcount;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A headcount as the API returns it. For the {@code integration} role small counts are suppressed: their
 * {@code count} (or total) is {@code null}, {@code suppressed} is true, and {@code suppression} says k and how many.
 */
@Schema(description = "Employees in service by the requested dimensions, with the total of each value and a grand total")
public record HeadcountView(String instansi, LocalDate asOf, Instant knownAt, List<String> groupBy, Map<String, String> filters,
                            boolean rollUp, List<CellView> cells,
                            @Schema(description = "per dimension, the total of each value; null when suppressed")
                            Map<String, Map<String, Long>> totals,
                            @Schema(description = "null when suppressed") Long grandTotal,
                            @Schema(description = "present when small counts were suppressed for this caller") Suppression suppression) {

    /** One cell: the dimension values and the count ({@code null} when suppressed). */
    public record CellView(Map<String, String> key, Long count, boolean suppressed) {
    }

    /**
     * @param k             counts from 1 to k-1 are suppressed
     * @param primary       counts suppressed because they are below k (cells and totals)
     * @param complementary counts suppressed so that the others cannot be worked out from the totals
     */
    public record Suppression(int k, int primary, int complementary) {
    }
}
