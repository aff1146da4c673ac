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
 * <p><b>A rule that lowers the age</b> takes nobody back in time (decision 40): under a BUP rule set that is not the
 * first, BUP counts as reached no earlier than the day the rule set takes effect ({@link #of(LocalDate, int, LocalDate)}).
 * With BUP 58 from 1 January 2030 instead of 60, someone born on 15 April 1970 reaches 58 on 15 April 2028, but BUP
 * counts as reached on 1 January 2030, and the TMT pensiun is 1 February 2030 instead of 1 May 2028.
 *
 * <p>{@link #sql} is the same rule in PostgreSQL, for the services that compute it over many rows at once
 * (retirement-service's recomputation and what-if, reporting-service's headcount by BUP year).
 *
 * @param ageReachedOn the day on which the employee reaches the BUP age
 * @param bupReachedOn the day on which BUP counts as reached: {@code ageReachedOn}, or the later day the rule giving the
 *                     age took effect
 * @param date         the TMT pensiun: the first day of the month after {@code bupReachedOn}
 */
public record TmtPensiun(LocalDate ageReachedOn, LocalDate bupReachedOn, LocalDate date) {

    public TmtPensiun {
        Objects.requireNonNull(ageReachedOn, "ageReachedOn");
        Objects.requireNonNull(bupReachedOn, "bupReachedOn");
        Objects.requireNonNull(date, "date");
        if (bupReachedOn.isBefore(ageReachedOn)) {
            throw new IllegalArgumentException("BUP cannot count as reached on " + bupReachedOn + ", before the age is reached on " + ageReachedOn);
        }
        if (!date.equals(firstDayOfNextMonth(bupReachedOn))) {
            throw new IllegalArgumentException("TMT pensiun " + date + " is not the first day of the month after " + bupReachedOn);
        }
    }

    /** The TMT pensiun of an employee born on {@code birthDate} whose BUP is {@code bupAge} years, under the first rule set. */
    public static TmtPensiun of(LocalDate birthDate, int bupAge) {
        return of(birthDate, bupAge, null);
    }

    /**
     * The TMT pensiun of an employee born on {@code birthDate} whose BUP is {@code bupAge} years under a rule set in force
     * from {@code notBefore}: BUP counts as reached on the later of the day the age is reached and {@code notBefore}.
     *
     * @param notBefore the effective date of the rule set giving the age; {@code null} for the first rule set, which
     *                  has no such floor
     */
    public static TmtPensiun of(LocalDate birthDate, int bupAge, LocalDate notBefore) {
        Objects.requireNonNull(birthDate, "birthDate");
        if (bupAge <= 0) {
            throw new IllegalArgumentException("BUP age must be positive, was " + bupAge);
        }
        LocalDate age = birthDate.plusYears(bupAge);
        LocalDate reached = notBefore != null && notBefore.isAfter(age) ? notBefore : age;
        return new TmtPensiun(age, reached, firstDayOfNextMonth(reached));
    }

    /** Whether the rule's effective date deferred BUP past the day the age is reached (and so the TMT pensiun, possibly). */
    public boolean deferred() {
        return bupReachedOn.isAfter(ageReachedOn);
    }

    /**
     * {@link #ageReachedOn} as a PostgreSQL {@code date} expression over two SQL expressions: the birth date (a {@code date})
     * and the BUP age (an integer). PostgreSQL's {@code date + interval 'n years'} keeps a 29 February birthday in
     * February, as {@link LocalDate#plusYears} does; retirement-service's {@code RuleChangeRecomputeTest} checks that the two
     * agree on every kind of birth date.
     */
    public static String ageReachedSql(String birthDate, String bupAge) {
        return "(" + birthDate + " + make_interval(years => " + bupAge + "))::date";
    }

    /** {@link #bupReachedOn} as a PostgreSQL {@code date} expression; {@code notBefore} a date expression, NULL: no floor. */
    public static String bupReachedSql(String birthDate, String bupAge, String notBefore) {
        // greatest ignores a NULL argument: no floor
        return "greatest(" + ageReachedSql(birthDate, bupAge) + ", " + notBefore + ")";
    }

    /** The TMT pensiun as a PostgreSQL {@code date} expression, under the first rule set (no floor): see {@link #ageReachedSql}. */
    public static String sql(String birthDate, String bupAge) {
        return firstDayOfNextMonthSql(ageReachedSql(birthDate, bupAge));
    }

    /** The TMT pensiun as a PostgreSQL {@code date} expression, BUP counting as reached no earlier than {@code notBefore} (NULL: no floor). */
    public static String sql(String birthDate, String bupAge, String notBefore) {
        return firstDayOfNextMonthSql(bupReachedSql(birthDate, bupAge, notBefore));
    }

    private static String firstDayOfNextMonthSql(String date) {
        return "(date_trunc('month', (" + date + ")::timestamp) + interval '1 month')::date";
    }

    private static LocalDate firstDayOfNextMonth(LocalDate date) {
        return date.withDayOfMonth(1).plusMonths(1);
    }
}
