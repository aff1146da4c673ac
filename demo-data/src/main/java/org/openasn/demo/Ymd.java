package org.openasn.demo;

import java.time.LocalDate;

/**
 * Dates as epoch days (days since 1970-01-01), converted without allocating, so that the national generator can
 * write millions of dates without a {@link LocalDate} per field. The conversions are Howard Hinnant's
 * days-from-civil algorithms, exact for the proleptic Gregorian calendar like {@code java.time}.
 */
final class Ymd {

    private Ymd() {
    }

    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (long) era * 146097 + doe - 719468;
    }

    /** @return the date packed as yyyymmdd, e.g. 19670515 */
    static int packed(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        return year * 10000 + month * 100 + day;
    }

    static int year(long epochDay) {
        return packed(epochDay) / 10000;
    }

    static int month(long epochDay) {
        return packed(epochDay) / 100 % 100;
    }

    static int day(long epochDay) {
        return packed(epochDay) % 100;
    }

    /** The same day-of-month {@code years} later; 29 February becomes 28 February in a common year. */
    static long plusYears(long epochDay, int years) {
        int p = packed(epochDay);
        int y = p / 10000 + years;
        int m = p / 100 % 100;
        int d = p % 100;
        if (m == 2 && d == 29 && !isLeap(y)) {
            d = 28;
        }
        return epochDay(y, m, d);
    }

    /** The first day of the month {@code months} after the month of the date. */
    static long firstOfMonthPlus(long epochDay, int months) {
        int p = packed(epochDay);
        int index = (p / 10000) * 12 + (p / 100 % 100 - 1) + months;
        return epochDay(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
    }

    /** @return the month as an index year*12 + (month-1) */
    static int monthIndex(long epochDay) {
        int p = packed(epochDay);
        return (p / 10000) * 12 + (p / 100 % 100 - 1);
    }

    static long firstOfMonthIndex(int monthIndex) {
        return epochDay(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1, 1);
    }

    static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Whole years from {@code from} to {@code to}, as an age is counted. */
    static int yearsBetween(long from, long to) {
        int a = packed(from);
        int b = packed(to);
        int years = b / 10000 - a / 10000;
        if (b % 10000 < a % 10000) {
            years--;
        }
        return years;
    }

    static LocalDate toLocalDate(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Appends dd-mm-yyyy. */
    static void appendDdMmYyyy(StringBuilder out, long epochDay) {
        int p = packed(epochDay);
        int d = p % 100;
        int m = p / 100 % 100;
        int y = p / 10000;
        out.append((char) ('0' + d / 10)).append((char) ('0' + d % 10)).append('-')
                .append((char) ('0' + m / 10)).append((char) ('0' + m % 10)).append('-')
                .append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10))
                .append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10));
    }
}
