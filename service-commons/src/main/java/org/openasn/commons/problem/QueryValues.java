package org.openasn.commons.problem;

import io.quarkus.panache.common.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Dates, months, moments and pages given as query parameters; a malformed one is a 400 naming the parameter, or,
 * through {@link #collecting}, one violation among the request's others.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * {@code yyyy-MM-dd}, of a year from 1 to 9999. ISO parsing alone also takes a signed year of up to nine digits
     * ({@code +999999999-12-31}), from which a month or a year later is beyond what a date can hold.
     */
    public static LocalDate date(String parameter, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (inFourDigitYears(date.getYear())) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // as out of range below
        }
        throw InvalidInput.of(parameter, "must be a date yyyy-MM-dd, got " + text);
    }

    /** {@code yyyy-MM}, of a year from 1 to 9999. */
    public static YearMonth month(String parameter, String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            if (inFourDigitYears(month.getYear())) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // as out of range below
        }
        throw InvalidInput.of(parameter, "must be a month yyyy-MM, got " + text);
    }

    /** An ISO instant such as {@code 2026-01-05T00:00:00Z}, or a date meaning its start in UTC, of a year from 1 to 9999. */
    public static Instant instant(String parameter, String text) {
        try {
            Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
            if (inFourDigitYears(instant.atOffset(ZoneOffset.UTC).getYear())) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // as out of range below
        }
        throw InvalidInput.of(parameter, "must be an instant such as 2026-01-05T00:00:00Z, got " + text);
    }

    static boolean inFourDigitYears(int year) {
        return year >= 1 && year <= 9999;
    }

    /**
     * Page {@code page} (from 0) of {@code size} rows. Its first row, page × size, must be a number the database can
     * skip to (an {@code int}); a page beyond it is a 400, not the overflow's negative offset and a 500.
     */
    public static Page page(String parameter, int page, int size) {
        int last = Integer.MAX_VALUE / size;
        if (page > last) {
            throw InvalidInput.of(parameter, "must be at most " + last + " with size " + size);
        }
        return Page.of(page, size);
    }

    /**
     * Runs one of these parses (or any that throws {@link InvalidInput}): a malformed value adds its violations to
     * {@code violations} and gives {@code null}, so that an endpoint can report all of a request's errors at once.
     */
    public static <T> T collecting(List<Problem.Violation> violations, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            violations.addAll(e.violations());
            return null;
        }
    }
}
