package org.openasn.personnel.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts of checked and failing employees per indicator, and the index they give: the pass rate (passing / checked)
 * of each checked indicator of BKN's list ({@link QualityCheck#inIndex()}) averaged, times 100, to two decimals.
 * Every employee counts in every checked indicator's denominator; one an indicator does not apply to (a PNS for the
 * CPNS check) passes it. Not thread-safe: one per report.
 */
public final class Scorecard {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Map<QualityCheck, Long> failing = new EnumMap<>(QualityCheck.class);
    private long employees;

    /** Adds one checked employee with the indicators it failed. */
    public void add(Collection<QualityCheck> failed) {
        employees++;
        for (QualityCheck check : failed) {
            failing.merge(check, 1L, Long::sum);
        }
    }

    public long employees() {
        return employees;
    }

    /** How many checked employees fail {@code check}. */
    public long failing(QualityCheck check) {
        return failing.getOrDefault(check, 0L);
    }

    /** The share of checked employees passing {@code check}, from 0 to 1; empty when no employee was checked. */
    public Optional<BigDecimal> passRate(QualityCheck check) {
        if (employees == 0 || check.status() != QualityCheck.Status.CHECKED) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(employees - failing(check)).divide(BigDecimal.valueOf(employees), MathContext.DECIMAL128));
    }

    /** The pass rate as a percentage with two decimals, rounded down as {@link #index()} is. */
    public Optional<BigDecimal> passPercent(QualityCheck check) {
        return passRate(check).map(rate -> percent(rate));
    }

    /** The index from 0 to 100 with two decimals, rounded down; empty when no employee was checked. */
    public Optional<BigDecimal> index() {
        List<BigDecimal> rates = indexIndicators().stream().map(this::passRate).flatMap(Optional::stream).toList();
        if (rates.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(percent(sum.divide(BigDecimal.valueOf(rates.size()), MathContext.DECIMAL128)));
    }

    public Optional<QualityBand> band() {
        return index().map(QualityBand::of);
    }

    public static List<QualityCheck> checkedIndicators() {
        return List.of(QualityCheck.values()).stream().filter(c -> c.status() == QualityCheck.Status.CHECKED).toList();
    }

    /** The indicators the index averages: the checked ones of BKN's list. */
    public static List<QualityCheck> indexIndicators() {
        return List.of(QualityCheck.values()).stream().filter(QualityCheck::inIndex).toList();
    }

    /**
     * A share from 0 to 1 as a percentage to two decimals, rounded down: the bands are given on two-decimal values (95
     * to 99.99 tinggi, 85 to 94.99 sedang), so an index is never shown, nor banded, above what it is: 94.995 is 94.99,
     * sedang, and only a perfect record shows as 100.00, sangat tinggi. The shares are quotients to 34 digits, so a mean
     * that is exactly 0.95 may arrive as 0.9499…9: it is rounded to ten decimals first.
     */
    static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(10, RoundingMode.HALF_UP).setScale(2, RoundingMode.DOWN);
    }
}
