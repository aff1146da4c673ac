package org.openasn.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Instants and dates read from their digits are exactly what JSR-310's deserializer reads, and every text it would read
 * differently or refuse goes to it: the same value, or the same refusal, for canonical texts and for texts around them.
 */
class CanonicalTimesTest {

    private static final ObjectMapper STANDARD = mapper(false);
    private static final ObjectMapper CANONICAL = mapper(true);

    record Times(Instant at, LocalDate on) {
    }

    private static ObjectMapper mapper(boolean canonical) {
        JsonMapper.Builder builder = JsonMapper.builder().addModule(new JavaTimeModule());
        if (canonical) {
            builder.addModule(CanonicalTimes.module());
        }
        return builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    @Test
    void shouldReadInstantsAsJavaTimeDoes() {
        List<String> texts = List.of("2026-01-05T00:00:00Z", "2026-01-05T07:30:59Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
                "2024-02-29T12:00:00.5Z", "2026-11-26T21:24:00.551480379Z", "2026-11-26T21:24:00.123Z", "0000-01-01T00:00:00Z",
                // not canonical, or not an instant: JSR-310 decides
                "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-05T24:00:00Z", "2026-12-31T23:59:60Z", "2026-01-05T07:60:00Z",
                "2026-01-05T07:30:00.Z", "2026-01-05T07:30:00.1234567890Z", "2026-01-05T07:30:00z", "2026-01-05T07:30:00+07:00",
                "2026-01-05T07:30:00+00:00", " 2026-01-05T07:30:00Z", "2026-01-05 07:30:00Z", "2026-1-05T07:30:00Z", "+12026-01-05T07:30:00Z",
                "2026-01-05T07:30Z", "2026-01-05", "", "x", "2026-01-05T07:30:0xZ", "2026-01-05T07:30:00.12a4Z");
        for (String text : texts) {
            assertEquals(read(STANDARD, text, null), read(CANONICAL, text, null), text);
        }
        assertNotNull(CanonicalTimes.instant("2026-11-26T21:24:00.551480379Z"), "read from its digits");
        assertNull(CanonicalTimes.instant("2026-01-05T07:30:00+07:00"), "left to JSR-310");
    }

    @Test
    void shouldReadDatesAsJavaTimeDoes() {
        List<String> texts = List.of("2026-01-05", "2024-02-29", "1970-01-01", "0000-01-01", "9999-12-31",
                "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "2026-01-00", "2026-1-05", "2026/01/05", "+12026-01-05", " 2026-01-05",
                "2026-01-05T00:00:00Z", "2026-01-05T00:00:00", "20260105", "", "abcd-ef-gh");
        for (String text : texts) {
            assertEquals(read(STANDARD, null, text), read(CANONICAL, null, text), text);
        }
        assertNotNull(CanonicalTimes.date("2024-02-29"), "read from its digits");
        assertNull(CanonicalTimes.date("2025-02-29"), "left to JSR-310");
    }

    /** The value read, or the refusal's message. */
    private static String read(ObjectMapper mapper, String at, String on) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("at", at);
        json.put("on", on);
        try {
            Times times = mapper.treeToValue(json, Times.class);
            Times fromText = mapper.readValue(json.toString(), Times.class);
            assertEquals(times, fromText, "from a tree and from text");
            return String.valueOf(times);
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName() + " " + e.getMessage().replaceAll("\\(through reference chain.*", "");
        }
    }
}
