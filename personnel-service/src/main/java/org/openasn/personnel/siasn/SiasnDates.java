package org.openasn.personnel.siasn;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as SIASN exports write them: {@code dd-mm-yyyy}; also {@code dd/mm/yyyy} (spreadsheets re-saving the
 * file) and ISO {@code yyyy-mm-dd}. Day and month may have one digit ("1-4-2020"); the year must have four. Years
 * outside {@value #MIN_YEAR}–{@value #MAX_YEAR} are refused as typos (no ASN date lies outside them). Parsed by
 * hand, without regular expressions or formatters, as every row has several dates.
 */
final class SiasnDates {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private SiasnDates() {
    }

    /**
     * @param text a stripped, non-empty date
     * @return the date
     * @throws IllegalArgumentException with the reason, e.g. "31-02-2020 is not a date: February 2020 has 29 days"
     */
    static LocalDate parse(String text) {
        int year;
        int month;
        int day;
        int length = text.length();
        if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
            year = number(text, 0, 4);
            month = number(text, 5, 7);
            day = number(text, 8, 10);
        } else {
            int first = 0;
            while (first < length && isDigit(text.charAt(first))) {
                first++;
            }
            char separator = first < length ? text.charAt(first) : 0;
            int second = first + 1;
            while (second < length && isDigit(text.charAt(second))) {
                second++;
            }
            boolean shaped = (separator == '-' || separator == '/')
                    && first >= 1 && first <= 2
                    && second - first - 1 >= 1 && second - first - 1 <= 2
                    && second < length && text.charAt(second) == separator
                    && length - second - 1 == 4 && digits(text, second + 1, length);
            if (!shaped) {
                throw new IllegalArgumentException("'" + text + "' is not a date: expected dd-mm-yyyy"
                        + " (or dd/mm/yyyy, yyyy-mm-dd)");
            }
            day = number(text, 0, first);
            month = number(text, first + 1, second);
            year = number(text, second + 1, length);
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(text + " is not a plausible date: the year " + year
                    + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(text + " is not a date: there is no month " + month);
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            throw new IllegalArgumentException(text + " is not a date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + days + " days");
        }
        return LocalDate.of(year, month, day);
    }

    /** @return the date as SIASN writes it, dd-mm-yyyy */
    static String format(LocalDate date) {
        char[] out = new char[10];
        twoDigits(out, 0, date.getDayOfMonth());
        out[2] = '-';
        twoDigits(out, 3, date.getMonthValue());
        out[5] = '-';
        int year = date.getYear();
        out[6] = (char) ('0' + year / 1000 % 10);
        out[7] = (char) ('0' + year / 100 % 10);
        out[8] = (char) ('0' + year / 10 % 10);
        out[9] = (char) ('0' + year % 10);
        return new String(out);
    }

    private static void twoDigits(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
