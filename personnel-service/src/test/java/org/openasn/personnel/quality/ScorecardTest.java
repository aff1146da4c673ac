package org.openasn.personnel.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorecardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "100,    SANGAT_TINGGI",
            "100.00, SANGAT_TINGGI",
            "99.99,  TINGGI",
            "95.00,  TINGGI",
            "95,     TINGGI",
            "94.99,  SEDANG",
            "85.00,  SEDANG",
            "84.99,  RENDAH",
            "75.00,  RENDAH",
            "74.99,  SANGAT_RENDAH",
            "0,      SANGAT_RENDAH",
    })
    void shouldBandTheIndexOnTheCircularsBoundaries(BigDecimal index, QualityBand band) {
        assertEquals(band, QualityBand.of(index));
    }

    @Test
    void shouldNameTheBandsAsTheCircularDoes() {
        assertEquals(List.of("sangat tinggi", "tinggi", "sedang", "rendah", "sangat rendah"),
                List.of(QualityBand.values()).stream().map(QualityBand::label).toList());
    }

    @ParameterizedTest(name = "share {0} -> {1}")
    @CsvSource({
            "1,          100.00",
            "0.99999,    99.99",
            "0.999949,   99.99",
            "0.98555,    98.55",
            "0.985549,   98.55",
            "0.94995,    94.99",
            "0.9500,     95.00",
            "0.9499999999999999999999999999999999, 95.00",
            "0.5,        50.00",
            "0,          0.00",
    })
    void shouldRoundDownToTwoDecimalsSoThatNoIndexReachesTheBandAboveIt(BigDecimal share, BigDecimal percent) {
        assertEquals(percent, Scorecard.percent(share));
    }

    @Test
    void shouldAverageThePassRatesOfTheCheckedIndicators() {
        Scorecard card = new Scorecard();
        card.add(List.of());
        card.add(List.of(QualityCheck.PHONE_EMPTY, QualityCheck.EMAIL_INVALID));
        card.add(List.of(QualityCheck.PHONE_EMPTY));
        assertEquals(17, Scorecard.checkedIndicators().size());
        assertEquals(14, Scorecard.indexIndicators().size(), "BKN's checked indicators; the project's own three are not counted");
        assertEquals(3, card.employees());
        assertEquals(2, card.failing(QualityCheck.PHONE_EMPTY));
        assertEquals(Optional.of(new BigDecimal("33.33")), card.passPercent(QualityCheck.PHONE_EMPTY));
        assertEquals(Optional.of(new BigDecimal("66.66")), card.passPercent(QualityCheck.EMAIL_INVALID), "rounded down");
        assertEquals(Optional.empty(), card.passPercent(QualityCheck.SKP_MISSING));
        // (12 × 1 + 1/3 + 2/3) / 14 = 13/14 = 92.857...%
        assertEquals(Optional.of(new BigDecimal("92.85")), card.index());
        assertEquals(Optional.of(QualityBand.SEDANG), card.band());
    }

    @Test
    void shouldReportTheProjectsOwnChecksWithoutCountingThemInTheIndex() {
        Scorecard card = new Scorecard();
        card.add(List.of(QualityCheck.SUPERVISOR_UNAVAILABLE, QualityCheck.RANK_OUTSIDE_RANGE));
        card.add(List.of());
        assertEquals(Optional.of(new BigDecimal("50.00")), card.passPercent(QualityCheck.SUPERVISOR_UNAVAILABLE));
        assertEquals(1, card.failing(QualityCheck.RANK_OUTSIDE_RANGE));
        assertEquals(Optional.of(new BigDecimal("100.00")), card.index());
        assertEquals(Optional.of(QualityBand.SANGAT_TINGGI), card.band());
    }

    @Test
    void shouldHaveNoIndexWithoutEmployees() {
        Scorecard card = new Scorecard();
        assertEquals(Optional.empty(), card.index());
        assertEquals(Optional.empty(), card.band());
        assertEquals(Optional.empty(), card.passPercent(QualityCheck.PHONE_EMPTY));
    }
}
