package org.openasn.reference.retirement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * TMT pensiun (terhitung mulai tanggal pensiun): the date from which an employee who retires at BUP is a
 * pensioner. The employee is honourably discharged at the end of the month in which they reach BUP, so the
 * TMT is the first day of the following month (PP 11/2017): born 15 May 1967 with BUP 58 →
 * 58th birthday 15 May 2025 → TMT pensiun 1 June 2025.
 *
 * <p><b>29 February.</b> An employee born on 29 February reaches BUP, in a year without 29 February, on
 * 28 February ({@link LocalDate#plusYears}: the birthday stays in its month). The BUP birthday is therefore
 * always in February and the TMT is 1 March, leap year or not. A birthday on the last day of a month or on
 * the 1st is no special case: the whole month of the birthday is still worked.
 *
 * <p>{@link #sql} is the same rule in PostgreSQL, for the services that compute it over many rows at once
 * (retirement-service's recomputation and what-if, reporting-service's headcount by BUP year).
 *
 * @param bupReachedOn the day on which the employee reaches the BUP age
 * @param date         the TMT pensiun: the first day of the month after {@code bupReachedOn}
 */
public record TmtPensiun(LocalDate bupReachedOn, LocalDate date) {

    public TmtPensiun {
        Objects.requireNonNull(bupReachedOn, "bupReachedOn");
        Objects.requireNonNull(date, "date");
        if (!date.equals(firstDayOfNextMonth(bupReachedOn))) {
            throw new IllegalArgumentException("TMT pensiun " + date + " is not the first day of the month after " + bupReachedOn);
        }
    }

    /** The TMT pensiun of an employee born on {@code birthDate} whose BUP is {@code bupAge} years. */
    public static TmtPensiun of(LocalDate birthDate, int bupAge) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (bupAge <= 0) {
            throw new IllegalArgumentException("BUP age must be positive, was " + bupAge);
        }
        LocalDate reached = birthDate.plusYears(bupAge);
        return new TmtPensiun(reached, firstDayOfNextMonth(reached));
    }

    /**
     * The TMT pensiun as a PostgreSQL {@code date} expression over two SQL expressions: the birth date (a {@code date})
     * and the BUP age (an integer). PostgreSQL's {@code date + interval 'n years'} keeps a 29 February birthday in
     * February, as {@link LocalDate#plusYears} does; retirement-service's {@code RuleChangeRecomputeTest} checks that the two
     * agree on every kind of birth date.
     */
    public static String sql(String birthDate, String bupAge) {
        return "(date_trunc('month', " + birthDate + " + make_interval(years => " + bupAge + ")) + interval '1 month')::date";
    }

    private static LocalDate firstDayOfNextMonth(LocalDate date) {
        return date.withDayOfMonth(1).plusMonths(1);
    }
}
