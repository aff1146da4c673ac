package org.openasn.retirement.forecast.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What a forecast or a nominative list covers.
 *
 * @param instansi     the agency
 * @param from         the first month
 * @param months       how many months (1–120)
 * @param asOf         "as of" date: employees who had left before it are not counted; who left on or after it are (the
 *                     forecast as it stood on that date, from what is known now)
 * @param unitId       only this unit (null: every unit)
 * @param golongan     only this golongan: a PNS group I, II, III or IV, or an exact golongan such as III/a or a PPPK IX
 * @param jenisJabatan only this position type: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum
 */
public record ForecastQuery(String instansi, YearMonth from, int months, LocalDate asOf, UUID unitId, String golongan, String jenisJabatan) {

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return from.plusMonths(months).atDay(1);
    }
}
