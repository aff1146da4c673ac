package org.openasn.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LayoutReader} (decision 26) reads every event as the producers write it, and for any other bytes either gives
 * what the general validator with Jackson's binding gives ({@link ReferenceCodec}) or hands over; it never accepts what
 * the reference refuses. {@code CompiledSchemaTest} checks the same on each sample's alterations field by field; here
 * the bytes themselves are altered.
 */
class LayoutReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldReadEveryTypeAsItsProducersWriteIt() throws IOException {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String json = produced(sample);
            EventEnvelope read = EventCodec.LAYOUT.read(json.getBytes(StandardCharsets.UTF_8));
            assertNotNull(read, () -> "not read by its layout: " + json);
            assertSameAsReference(json, read);
            assertEquals(MAPPER.readTree(json).get("data"), read.data().tree(), "the data's bytes are found again");
        }));
    }

    /** A producer's event is written from its record without a tree; the bytes are those its tree would give. */
    @TestFactory
    Stream<DynamicTest> shouldWriteAMadeEventAsItsTreeWouldBeWritten() throws IOException {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            EventEnvelope event = EventCodec.read(Files.readString(sample));
            EventEnvelope made = made(event, EventTypes.byName(event.type()).orElseThrow());
            String written = EventCodec.write(made);
            EventEnvelope fromTree = new EventEnvelope(made.specversion(), made.id(), made.source(), made.type(), made.subject(), made.time(),
                    made.datacontenttype(), made.instansi(), made.sequence(), EventData.of(EventCodec.toTree(made.data().json())));
            assertEquals(EventCodec.write(fromTree), written);
            assertEquals(fromTree, made, "equal, by their trees");
            assertEquals(made, EventCodec.read(written));
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldGiveTheReferenceAnswerOrHandOverForAlteredBytes() throws IOException {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            byte[] produced = produced(sample).getBytes(StandardCharsets.UTF_8);
            Random random = new Random(sample.getFileName().toString().hashCode());
            byte[] alphabet = "\"\\{}[],:0123456789-.eE tfnulrsa\u00e9".getBytes(StandardCharsets.UTF_8);
            int read = 0;
            for (int i = 0; i < 3_000; i++) {
                byte[] altered = alter(produced, random, alphabet);
                String json = new String(altered, StandardCharsets.UTF_8);
                EventEnvelope byLayout = EventCodec.LAYOUT.read(altered);
                ReferenceCodec.Decoded expected = ReferenceCodec.decode(json);
                if (expected.envelope() == null || (expected.data() == null && isKnownType(expected.envelope()))) {
                    assertNull(byLayout, () -> "the reference refused what the layout read: " + json);
                } else if (byLayout != null) {
                    assertSameAsReference(json, byLayout);
                    read++;
                }
            }
            assertTrue(read > 0, "some alterations are still events the layout reads (whitespace, another value)");
        }));
    }

    @Test
    void shouldHandOverWhatIsNotLaidOutAsProducersWriteIt() throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(produced(samples().findFirst().orElseThrow()));
        String json = event.toString();
        assertNotNull(layout(json));
        assertNull(layout(json.replaceFirst("\"sequence\":(\\d+)", "\"sequence\":1,\"sequence\":$1")), "an attribute twice");
        assertNull(layout(json.replaceFirst("\\{", "{\"traceparent\":\"00-1\",")), "an attribute the envelope has no component for");
        ObjectNode reordered = MAPPER.createObjectNode();
        reordered.set("id", event.get("id"));
        event.properties().forEach(field -> reordered.set(field.getKey(), field.getValue()));
        assertNull(layout(reordered.toString()), "attributes out of order");
        assertNull(layout(json.replaceFirst("\"source\":\"/", "\"source\":\"\\\\u002f")), "an escape");
        assertNull(layout(json + " x"), "something after the event");
        String spaced = "\n " + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event).replace("\n", "\r\n\t") + " \r\n";
        assertNotNull(layout(spaced), "whitespace anywhere between values");
        assertSameAsReference(spaced, layout(spaced));
    }

    private static EventEnvelope layout(String json) {
        return EventCodec.LAYOUT.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample's event as a producer writes it: its data bound to the type's record and written from that record. */
    private static String produced(Path sample) throws IOException {
        EventEnvelope event = EventCodec.read(Files.readString(sample));
        EventType<?> type = EventTypes.byName(event.type()).orElseThrow();
        return write(event, type);
    }

    private static <T> String write(EventEnvelope event, EventType<T> type) {
        return EventCodec.write(made(event, type));
    }

    /** {@code event} made again by a producer from its data's record. */
    private static <T> EventEnvelope made(EventEnvelope event, EventType<T> type) {
        return EventEnvelope.create(type, event.source(), event.subject(), event.instansi(), event.sequence(),
                Instant.parse("2026-11-27T03:04:05.123456Z"), EventCodec.data(event, type));
    }

    /** {@code bytes} with one to three bytes replaced, inserted or removed, or cut short. */
    private static byte[] alter(byte[] bytes, Random random, byte[] alphabet) {
        byte[] altered = bytes;
        for (int change = 0, changes = 1 + random.nextInt(3); change < changes && altered.length > 1; change++) {
            int at = random.nextInt(altered.length);
            byte with = alphabet[random.nextInt(alphabet.length)];
            altered = switch (random.nextInt(4)) {
                case 0 -> {
                    byte[] copy = altered.clone();
                    copy[at] = with;
                    yield copy;
                }
                case 1 -> concat(altered, at, new byte[]{with}, at);
                case 2 -> concat(altered, at, new byte[0], at + 1);
                default -> java.util.Arrays.copyOf(altered, at);
            };
        }
        return altered;
    }

    private static byte[] concat(byte[] bytes, int upTo, byte[] middle, int from) {
        byte[] joined = new byte[upTo + middle.length + bytes.length - from];
        System.arraycopy(bytes, 0, joined, 0, upTo);
        System.arraycopy(middle, 0, joined, upTo, middle.length);
        System.arraycopy(bytes, from, joined, upTo + middle.length, bytes.length - from);
        return joined;
    }

    private static boolean isKnownType(EventEnvelope event) {
        return EventTypes.byName(event.type()).isPresent();
    }

    private static void assertSameAsReference(String json, EventEnvelope read) {
        ReferenceCodec.Decoded expected = ReferenceCodec.decode(json);
        assertEquals(expected.envelope(), read, json);
        assertEquals(expected.data(), EventCodec.data(read, EventTypes.byName(read.type()).orElseThrow()), json);
    }

    private static Stream<Path> samples() throws IOException {
        try {
            Path root = Path.of(LayoutReaderTest.class.getResource("/samples").toURI());
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                return files.stream();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
