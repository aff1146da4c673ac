package org.openasn.retirement.forecast.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
 * @param kind         only PNS (with CPNS, as the staffing profile counts them) or only PPPK (with PPPK paruh waktu); null: both
 */
public record ForecastQuery(String instansi, YearMonth from, int months, LocalDate asOf, UUID unitId, String golongan, String jenisJabatan,
                            Kind kind) {

    /** The employee kinds a forecast can be limited to, and the projection's kinds each stands for. */
    public enum Kind {
        PNS("PNS", "CPNS"),
        PPPK("PPPK", "PPPK_PARUH_WAKTU");

        private final List<String> kinds;

        Kind(String... kinds) {
            this.kinds = List.of(kinds);
        }

        /** The projection kinds (retirement_projection.kind) this one covers. */
        public List<String> kinds() {
            return kinds;
        }
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return from.plusMonths(months).atDay(1);
    }
}
