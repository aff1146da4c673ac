package org.openasn.commons.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * Query and path parameters declared as {@link LocalDate} or {@link YearMonth} take the values {@link QueryValues}
 * takes, of a year from 1 to 9999. JAX-RS's own {@code LocalDate.parse} also reads a signed year of up to nine digits:
 * {@code to=+999999999-12-31} reached PostgreSQL, which cannot hold that date (a 500), and {@code from=0000-01-01} was
 * answered as if it meant something. A value refused here is named by {@link RequestParameters} in a 400.
 */
@Provider
public class FourDigitYearDates implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> DATES = converter(text -> QueryValues.date("date", text));
    private static final ParamConverter<YearMonth> MONTHS = converter(text -> QueryValues.month("month", text));

    /** Parses with {@code parse}, which refuses what is not of a four-digit year; an absent or empty value is {@code null}, as for JAX-RS. */
    private static <T> ParamConverter<T> converter(Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (InvalidInput e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }

    /** Whether {@code value} converts to a parameter of {@code type} ({@link LocalDate} or {@link YearMonth}) as this provider converts it. */
    static boolean converts(Class<?> type, String value) {
        try {
            (type == LocalDate.class ? DATES : MONTHS).fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : rawType == YearMonth.class ? (ParamConverter<T>) MONTHS : null;
    }
}
