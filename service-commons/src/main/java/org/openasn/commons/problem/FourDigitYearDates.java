package org.openasn.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Query and path parameters declared as {@link LocalDate} or {@link YearMonth}, and the dates of request bodies, take
 * the values {@link QueryValues} takes, of a year from 1 to 9999. ISO parsing (JAX-RS's {@code LocalDate.parse},
 * Jackson's date deserializer) also reads a signed year of up to nine digits: {@code to=+999999999-12-31} or a formasi's
 * {@code "validFrom": "+999999999-12-31"} reached PostgreSQL, which cannot hold that date (a 500), and
 * {@code from=0000-01-01} was answered as if it meant something. A parameter refused here is named by
 * {@link RequestParameters} in a 400, a body's date by {@link ProblemMappers} like any value of the wrong format.
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

    /** The rule for the dates of request bodies, for the REST layer's mapper ({@link StrictRequestBodies}). */
    static Module bodyDates() {
        return new SimpleModule("four-digit-year-dates").addDeserializer(LocalDate.class, new BodyDates());
    }

    /**
     * Jackson's own date deserializer for a string, refusing a year outside 1–9999, and refusing what is not a
     * non-blank string: Jackson read a number as a count of days since 1970 ({@code "validFrom": -1} was 1969-12-31,
     * {@code 2147483648} the year 5881580), and an empty or blank string or an empty array as no date at all.
     */
    private static final class BodyDates extends LocalDateDeserializer {

        BodyDates() {
            super(DateTimeFormatter.ISO_LOCAL_DATE);
        }

        /** Itself: Jackson's contextualising (for a {@code @JsonFormat}, which no request uses) would return its own deserializer. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            return this;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate date = text.isBlank() ? null : super.deserialize(parser, context);
            if (date == null || !QueryValues.inFourDigitYears(date.getYear())) {
                throw InvalidFormatException.from(parser, "not a date yyyy-MM-dd of a year from 1 to 9999", text, LocalDate.class);
            }
            return date;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : rawType == YearMonth.class ? (ParamConverter<T>) MONTHS : null;
    }
}
