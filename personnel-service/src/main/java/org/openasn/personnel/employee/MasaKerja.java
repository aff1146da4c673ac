package org.openasn.personnel.employee;

/**
 * Masa kerja golongan (MKG): the years and months of service that count for the salary step within a
 * golongan, as on the latest SK (promotion or KGB).
 */
public record MasaKerja(int years, int months) {

    public MasaKerja {
        if (years < 0 || years > 50 || months < 0 || months > 11) {
            throw new IllegalArgumentException("masa kerja must be 0–50 years and 0–11 months, got " + years + " years " + months + " months");
        }
    }
}
