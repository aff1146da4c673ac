package org.openasn.personnel.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bands of the Indeks Kualitas Data ASN: 100 sangat tinggi, 95–99.99 tinggi, 85–94.99 sedang, 75–84.99 rendah,
 * below 75 sangat rendah. The bands are given on two-decimal values, so they are read as half-open ranges with
 * their lower bound included.
 */
public enum QualityBand {

    SANGAT_TINGGI("sangat tinggi", new BigDecimal("100")),
    TINGGI("tinggi", new BigDecimal("95")),
    SEDANG("sedang", new BigDecimal("85")),
    RENDAH("rendah", new BigDecimal("75")),
    SANGAT_RENDAH("sangat rendah", null);

    private final String label;
    private final BigDecimal lowest;

    QualityBand(String label, BigDecimal lowest) {
        this.label = label;
        this.lowest = lowest;
    }

    /** @return the band's name as the circular writes it, e.g. "sangat tinggi" */
    public String label() {
        return label;
    }

    /** @param index an index from 0 to 100 */
    public static QualityBand of(BigDecimal index) {
        Objects.requireNonNull(index, "index");
        for (QualityBand band : values()) {
            if (band.lowest == null || index.compareTo(band.lowest) >= 0) {
                return band;
            }
        }
        throw new AssertionError("the last band has no lower bound");
    }
}
