package org.openasn.personnel.quality.rest;

import org.openasn.personnel.quality.Dimension;
import org.openasn.personnel.quality.QualityBand;
import org.openasn.personnel.quality.QualityCheck;
import org.openasn.personnel.quality.Scorecard;
import org.openasn.personnel.quality.service.DataQualityService.AgencyScores;
import org.openasn.personnel.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An agency's data-quality index.
 *
 * @param index      0–100, two decimals, over the checked indicators of BKN's list; {@code null} when no employee was checked
 * @param band       "sangat tinggi" … "sangat rendah"; {@code null} with the index
 * @param indicators every indicator, the not-checked ones too (with the reason)
 * @param units      per unit the employees are placed in, by name; a unit id of {@code null} gathers those placed in none
 */
public record AgencyQualityView(LocalDate asOf, long employees, BigDecimal index, String band, List<IndicatorView> indicators,
                                List<UnitQualityView> units) {

    /**
     * @param checked  employees checked; 0 for a not-checked indicator
     * @param passRate percentage passing, two decimals; {@code null} when not checked or nobody was checked
     * @param status   CHECKED or NOT_CHECKED
     * @param inIndex  whether the index counts it: a checked indicator of BKN's list; the project's own checks are reported
     *                 beside it
     * @param reason   why the indicator is not checked; {@code null} for a checked one
     */
    public record IndicatorView(String code, Dimension dimension, String name, String description, long checked, long failing,
                                BigDecimal passRate, QualityCheck.Status status, boolean inIndex, String reason) {
    }

    public record UnitQualityView(UUID unitId, String unitName, long employees, BigDecimal index, String band) {
    }

    static AgencyQualityView of(AgencyScores scores) {
        Scorecard total = scores.total();
        List<IndicatorView> indicators = List.of(QualityCheck.values()).stream().map(c -> indicator(c, total)).toList();
        List<UnitQualityView> units = scores.byUnit().entrySet().stream()
                .map(e -> unit(e.getKey(), scores.units().get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(UnitQualityView::unitName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(u -> String.valueOf(u.unitId())))
                .toList();
        return new AgencyQualityView(scores.asOf(), total.employees(), total.index().orElse(null), label(total), indicators, units);
    }

    private static IndicatorView indicator(QualityCheck check, Scorecard card) {
        boolean checked = check.status() == QualityCheck.Status.CHECKED;
        return new IndicatorView(check.code(), check.dimension(), check.indicatorName(), check.description(),
                checked ? card.employees() : 0, checked ? card.failing(check) : 0, card.passPercent(check).orElse(null), check.status(),
                check.inIndex(), check.notCheckedBecause().orElse(null));
    }

    private static UnitQualityView unit(UUID id, Unit unit, Scorecard card) {
        return new UnitQualityView(id, unit == null ? null : unit.name, card.employees(), card.index().orElse(null), label(card));
    }

    private static String label(Scorecard card) {
        return card.band().map(QualityBand::label).orElse(null);
    }
}
