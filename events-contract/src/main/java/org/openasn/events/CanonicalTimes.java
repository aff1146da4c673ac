package org.openasn.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Reads instants and dates written in the canonical forms the contract's producers write ({@code 2026-01-05} and
 * {@code 2026-01-05T07:30:00Z}, with up to nine digits of fraction) straight from their digits, instead of through
 * {@code java.time}'s general formatter, which costs as much per value as checking a whole period against its schema
 * (a map of parsed fields, then their resolution). Any other text, and any value the digits do not make a valid
 * date or time of, goes to JSR-310's deserializer as before, so that what is accepted, what it is read as, and how a
 * refusal reads do not change ({@code CanonicalTimesTest} compares both on the same texts).
 */
final class CanonicalTimes {

    private CanonicalTimes() {
    }

    /** Registered after {@code JavaTimeModule}, it takes its place for {@link Instant} and {@link LocalDate}. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("canonical-times");
        module.addDeserializer(Instant.class, new Reader<>(Instant.class, InstantDeserializer.INSTANT, CanonicalTimes::instant));
        module.addDeserializer(LocalDate.class, new Reader<>(LocalDate.class, LocalDateDeserializer.INSTANCE, CanonicalTimes::date));
        return module;
    }

    /** {@code yyyy-MM-dd}, or {@code null} when the text is not that or not a date. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} when the text is not that or not an instant. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = date(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21; // between the point and the Z
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits of {@code text} from {@code from} to {@code to} (exclusive) make, -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A string in the canonical form read directly; anything else by the standard deserializer, set up as it would have been. */
    private static final class Reader<T> extends StdDeserializer<T> implements ContextualDeserializer {

        private final JsonDeserializer<T> standard;
        private final Function<String, T> canonical;

        Reader(Class<T> type, JsonDeserializer<T> standard, Function<String, T> canonical) {
            super(type);
            this.standard = standard;
            this.canonical = canonical;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                T value = canonical.apply(parser.getText());
                if (value != null) {
                    return value;
                }
            }
            return standard.deserialize(parser, context);
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<T> contextual = standard instanceof ContextualDeserializer c
                    ? (JsonDeserializer<T>) c.createContextual(context, property) : standard;
            return contextual == standard ? this : new Reader<>((Class<T>) handledType(), contextual, canonical);
        }
    }
}
