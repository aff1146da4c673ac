package org.openasn.events;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.events.retirement.BupRulesPublished;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sample in {@code samples/<type>/} is an event as it was once published. They must all keep
 * validating and parsing with the current code: that is what lets a consumer replay a topic from the start.
 */
class ContractCompatibilityTest {

    private static final Path SAMPLES = samplesDirectory();

    @TestFactory
    Stream<DynamicTest> everyPublishedSampleStillReads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(SAMPLES.relativize(file).toString(), () -> {
            EventEnvelope event = EventCodec.read(Files.readString(file));
            assertEquals(file.getParent().getFileName().toString(), event.type(), "sample sits in its type's folder");
            EventType<?> type = EventTypes.byName(event.type()).orElseThrow(() -> new AssertionError("type was removed: " + event.type()));
            assertNotNull(EventCodec.data(event, type));
        }));
    }

    @Test
    void everyTypeHasASchemaAndEverySchemaASample() {
        for (EventType<?> type : EventTypes.ALL) {
            assertNotNull(EventCodec.class.getResource(type.schemaResource()), "schema of " + type.name());
            boolean sampled = EventTypes.ALL.stream().filter(t -> t.schema().equals(type.schema()))
                    .anyMatch(t -> Files.isDirectory(SAMPLES.resolve(t.name())));
            assertTrue(sampled, "a sample of schema " + type.schema());
        }
    }

    @Test
    void shouldNameEachEmployeeTypeAfterItsMutationKind() {
        for (EventType<?> type : EventTypes.EMPLOYEE) {
            String kind = type.name().replace("asn.personnel.", "").replace(".v1", "");
            assertEquals(type, EventTypes.employeeByKind(kind).orElseThrow());
        }
    }

    @Test
    void shouldRoundTripAnEventThroughJson() {
        UnitRegistered unit = new UnitRegistered(UUID.randomUUID(), "D110", "DISDIK", "Dinas Pendidikan", UUID.randomUUID(), null,
                LocalDate.of(2017, 1, 1));
        EventEnvelope event = EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service",
                unit.unitId().toString(), "D110", 3, Instant.parse("2026-11-26T01:02:03.456Z"), unit);

        EventEnvelope read = EventCodec.read(EventCodec.write(event));

        assertEquals(event, read);
        assertEquals(unit, EventCodec.data(read, EventTypes.UNIT_REGISTERED_V1));
    }

    @Test
    void shouldIgnoreFieldsAddedByANewerProducer() throws IOException {
        String json = Files.readString(SAMPLES.resolve("asn.personnel.unit-registered.v1/2026-11-first-published.json"))
                .replace("\"code\": \"BKPSDM\",", "\"code\": \"BKPSDM\", \"addedLater\": 42,")
                .replace("\"sequence\": 1,", "\"sequence\": 1, \"traceparent\": \"00-x\",");
        EventEnvelope event = EventCodec.read(json);
        assertEquals("BKPSDM", EventCodec.data(event, EventTypes.UNIT_REGISTERED_V1).code());
    }

    @Test
    void shouldReadAUnitWithAndWithoutItsTypeAndRejectAnUnknownType() throws IOException {
        UnitRegistered old = sample("asn.personnel.unit-registered.v1/2026-11-first-published.json", EventTypes.UNIT_REGISTERED_V1);
        String typed = Files.readString(SAMPLES.resolve("asn.personnel.unit-registered.v1/2026-11-with-unit-type.json"));
        UnitRegistered school = EventCodec.data(EventCodec.read(typed), EventTypes.UNIT_REGISTERED_V1);

        assertEquals(null, old.unitType());
        assertEquals(null, old.schoolLevel());
        assertEquals("SEKOLAH", school.unitType());
        assertEquals("SD", school.schoolLevel());
        EventEnvelope unknown = EventCodec.read(typed.replace("\"SEKOLAH\"", "\"KANTOR\""));
        InvalidEventException rejected = assertThrows(InvalidEventException.class, () -> EventCodec.data(unknown, EventTypes.UNIT_REGISTERED_V1));
        assertTrue(rejected.getMessage().contains("unitType"), rejected.getMessage());
    }

    @Test
    void shouldReadAUnitsListOrderWhenGivenAndRejectOneBelowOne() throws IOException {
        UnitRegistered old = sample("asn.personnel.unit-registered.v1/2026-11-with-unit-type.json", EventTypes.UNIT_REGISTERED_V1);
        String ordered = Files.readString(SAMPLES.resolve("asn.personnel.unit-registered.v1/2026-11-with-list-order.json"));
        UnitClassified reordered = sample("asn.personnel.unit-classified.v1/2026-11-with-list-order.json", EventTypes.UNIT_CLASSIFIED_V1);
        UnitClassified unordered = sample("asn.personnel.unit-classified.v1/2026-11-first-published.json", EventTypes.UNIT_CLASSIFIED_V1);

        assertEquals(null, old.listOrder());
        assertEquals(12, EventCodec.data(EventCodec.read(ordered), EventTypes.UNIT_REGISTERED_V1).listOrder());
        assertEquals(31, reordered.listOrder());
        assertEquals(null, unordered.listOrder());
        EventEnvelope zero = EventCodec.read(ordered.replace("\"listOrder\": 12", "\"listOrder\": 0"));
        InvalidEventException rejected = assertThrows(InvalidEventException.class, () -> EventCodec.data(zero, EventTypes.UNIT_REGISTERED_V1));
        assertTrue(rejected.getMessage().contains("listOrder"), rejected.getMessage());
    }

    @Test
    void shouldReadAPeriodWithAndWithoutABupExtensionAndRejectOneNotOnTheFirstOfAMonth() throws IOException {
        EmployeeChange old = sample("asn.personnel.promoted.v1/2026-11-with-masa-kerja.json", EventTypes.PROMOTED_V1);
        String extendedJson = Files.readString(SAMPLES.resolve("asn.personnel.bup-extended.v1/2026-11-first-published.json"));
        EmployeeChange extended = EventCodec.data(EventCodec.read(extendedJson), EventTypes.BUP_EXTENDED_V1);

        assertTrue(old.timeline().stream().allMatch(p -> p.bupExtendedUntil() == null));
        assertEquals(null, extended.timeline().get(1).bupExtendedUntil());
        assertEquals(LocalDate.of(2029, 1, 1), extended.timeline().get(2).bupExtendedUntil());
        EventEnvelope midMonth = EventCodec.read(extendedJson.replace("\"bupExtendedUntil\": \"2029-01-01\"", "\"bupExtendedUntil\": \"2029-01-15\""));
        InvalidEventException rejected = assertThrows(InvalidEventException.class, () -> EventCodec.data(midMonth, EventTypes.BUP_EXTENDED_V1));
        assertTrue(rejected.getMessage().contains("bupExtendedUntil"), rejected.getMessage());
    }

    @Test
    void shouldReadBupRulesWithAndWithoutTheDayBeforeWhichBupDoesNotCountAsReached() throws IOException {
        BupRulesPublished old = sample("asn.retirement.bup-rules-published.v1/2026-11-first-published.json", EventTypes.BUP_RULES_PUBLISHED_V1);
        String loweredJson = Files.readString(SAMPLES.resolve("asn.retirement.bup-rules-published.v1/2026-11-lowered-age.json"));
        BupRulesPublished lowered = EventCodec.data(EventCodec.read(loweredJson), EventTypes.BUP_RULES_PUBLISHED_V1);

        assertTrue(old.ranges().stream().allMatch(r -> r.reachedNotBefore() == null), "absent: no floor");
        assertEquals(null, lowered.rangeFor("TEACHER", LocalDate.of(1969, 12, 31)).orElseThrow().reachedNotBefore());
        assertEquals(LocalDate.of(2030, 1, 1), lowered.rangeFor("TEACHER", LocalDate.of(1970, 1, 1)).orElseThrow().reachedNotBefore());
        assertEquals(lowered, EventCodec.data(EventCodec.read(EventCodec.write(EventCodec.read(loweredJson))), EventTypes.BUP_RULES_PUBLISHED_V1),
                "written and read again");
        EventEnvelope notADate = EventCodec.read(loweredJson.replace("\"reachedNotBefore\": \"2030-01-01\"", "\"reachedNotBefore\": \"2030-1-1\""));
        InvalidEventException rejected = assertThrows(InvalidEventException.class, () -> EventCodec.data(notADate, EventTypes.BUP_RULES_PUBLISHED_V1));
        assertTrue(rejected.getMessage().contains("reachedNotBefore"), rejected.getMessage());
    }

    @Test
    void shouldRejectMalformedMessagesWithTheirReasons() throws IOException {
        String sample = Files.readString(SAMPLES.resolve("asn.personnel.unit-registered.v1/2026-11-first-published.json"));

        assertThrows(InvalidEventException.class, () -> EventCodec.read("{not json"));
        assertThrows(InvalidEventException.class, () -> EventCodec.read("[1,2]"));
        InvalidEventException noSubject = assertThrows(InvalidEventException.class,
                () -> EventCodec.read(sample.replace("\"subject\"", "\"subjekt\"")));
        assertTrue(noSubject.getMessage().contains("subject"), noSubject.getMessage());
        InvalidEventException zeroSequence = assertThrows(InvalidEventException.class,
                () -> EventCodec.read(sample.replace("\"sequence\": 1", "\"sequence\": 0")));
        assertTrue(zeroSequence.getMessage().contains("sequence"), zeroSequence.getMessage());

        EventEnvelope noName = EventCodec.read(sample.replace("\"name\":", "\"nama\":"));
        InvalidEventException missingName = assertThrows(InvalidEventException.class,
                () -> EventCodec.data(noName, EventTypes.UNIT_REGISTERED_V1));
        assertTrue(missingName.getMessage().contains("name"), missingName.getMessage());
    }

    /** The data of a stored sample event, read as its type. */
    private static <T> T sample(String file, EventType<T> type) throws IOException {
        return EventCodec.data(EventCodec.read(Files.readString(SAMPLES.resolve(file))), type);
    }

    private static Path samplesDirectory() {
        try {
            return Path.of(ContractCompatibilityTest.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
