package org.openasn.personnel.quality;

/** The four dimensions of the Indeks Kualitas Data ASN (BKN circular 17/2024). */
public enum Dimension {
    /** Kelengkapan: the record has what it must have. */
    COMPLETENESS,
    /** Ketepatan waktu: the record follows events (status, unit, retirement) in time. */
    TIMELINESS,
    /** Akurasi: what the record holds is possible under the rules. */
    ACCURACY,
    /** Konsistensi: the parts of the record agree with each other (the NIP with the person). */
    CONSISTENCY
}
