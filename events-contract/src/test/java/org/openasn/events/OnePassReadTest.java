package org.openasn.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link EventCodec#read} does with events it can read in one pass and with those it leaves to the tree (decision
 * 21): the answer is always the general validator's with Jackson's binding ({@link ReferenceCodec}).
 */
class OnePassReadTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldReadFieldsUnknownHereInOnePassAndIgnoreThem() throws Exception {
        ObjectNode event = sample();
        event.putObject("traceparent").putArray("spans").addObject().put("id", 1).putArray("tags").add("a");
        ObjectNode data = (ObjectNode) event.get("data");
        data.putArray("futureField").addArray().add(1.5).addObject().putNull("x");
        ((ObjectNode) data.get("timeline").get(0)).putObject("futurePeriodField").put("nested", true);
        String json = event.toString();
        assertSameAsReference(json);
        assertTrue(CompiledSchemaTest.readInOnePass(json));
    }

    @Test
    void shouldReadTheTreeWhenTheDataComesBeforeTheType() throws Exception {
        ObjectNode event = sample();
        ObjectNode reordered = MAPPER.createObjectNode();
        reordered.set("data", event.get("data"));
        event.properties().forEach(field -> reordered.set(field.getKey(), field.getValue()));
        String json = reordered.toString();
        assertTrue(json.indexOf("\"data\"") < json.indexOf("\"type\""));
        assertSameAsReference(json);
        assertFalse(CompiledSchemaTest.readInOnePass(json));
    }

    @Test
    void shouldReadTheTreeWhenAnAttributeComesTwice() throws Exception {
        String json = sample().toString();
        String twice = json.replaceFirst("\"sequence\":(\\d+)", "\"sequence\":1,\"sequence\":$1");
        assertTrue(twice.length() > json.length());
        assertSameAsReference(twice);
        assertFalse(CompiledSchemaTest.readInOnePass(twice));
        assertEquals(EventCodec.read(json).sequence(), EventCodec.read(twice).sequence(), "the last one counts, as in a tree");
    }

    @Test
    void shouldReadTheTreeWhenATypeIsUnknownHereAndKeepItsData() throws Exception {
        ObjectNode event = sample();
        event.put("type", "asn.personnel.something-new.v1");
        String json = event.toString();
        EventEnvelope read = EventCodec.read(json);
        assertEquals(event.get("data"), read.data().tree());
        assertSameAsReference(json);
    }

    @Test
    void shouldKeepTheDataAsWrittenForWhoeverAsksForItsTree() throws Exception {
        ObjectNode event = sample();
        String json = "  " + event.toString().replace(",\"", ",\n  \"") + "\n";
        EventEnvelope read = EventCodec.read(json);
        assertTrue(CompiledSchemaTest.readInOnePass(json));
        assertEquals(event.get("data"), read.data().tree());
        assertEquals(read, EventCodec.readTree(json.getBytes(StandardCharsets.UTF_8)), "equal to the same event read as a tree");
        assertEquals(json.replaceAll("\\s", ""), EventCodec.write(read).replaceAll("\\s", ""), "written back as it was read");
    }

    @Test
    void shouldKeepTheDataOfAnEventWithCharactersOfSeveralBytes() throws Exception {
        ObjectNode event = sample();
        ObjectNode person = (ObjectNode) event.get("data").get("person");
        person.put("name", "Ni Putu Ayu Déwi Çahyani \uD83C\uDF3A"); // two- and four-byte UTF-8 characters before the periods
        String json = event.toString();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > json.length(), "byte offsets differ from char offsets");
        EventEnvelope read = EventCodec.read(bytes);
        assertTrue(CompiledSchemaTest.readInOnePass(json));
        assertEquals(event.get("data"), read.data().tree(), "the data's bytes are found again");
        assertEquals("Ni Putu Ayu Déwi Çahyani \uD83C\uDF3A", EventCodec.data(read, EventTypes.PROMOTED_V1).person().name());
        assertSameAsReference(json);
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() throws Exception {
        byte[] bytes = sample().toString().getBytes(StandardCharsets.UTF_8);
        int name = indexOf(bytes, "Siti".getBytes(StandardCharsets.UTF_8));
        bytes[name] = (byte) 0xC3; // starts a two-byte character that the next byte does not continue
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> EventCodec.read(bytes));
        assertTrue(refused.getMessage().contains("not JSON"), refused::getMessage);
    }

    @Test
    void shouldLeaveNumbersWithAFractionToTheTree() throws Exception {
        ObjectNode event = sample();
        ((ObjectNode) event.get("data").get("timeline").get(0)).put("masaKerjaYears", 4.0);
        String json = event.toString();
        assertSameAsReference(json);
        assertFalse(CompiledSchemaTest.readInOnePass(json));
        assertEquals(4, EventCodec.data(EventCodec.read(json), EventTypes.PROMOTED_V1).timeline().get(0).masaKerjaYears());
    }

    private static void assertSameAsReference(String json) {
        ReferenceCodec.Decoded expected = ReferenceCodec.decode(json);
        assertNotNull(expected.envelope(), () -> "the reference refused " + json + ": " + expected.schemaMessages());
        EventEnvelope read = EventCodec.read(json);
        assertEquals(expected.envelope(), read);
        if (expected.data() != null) {
            assertEquals(expected.data(), EventCodec.data(read, EventTypes.byName(read.type()).orElseThrow()));
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static ObjectNode sample() throws Exception {
        Path path = Path.of(OnePassReadTest.class.getResource("/samples/asn.personnel.promoted.v1/2026-11-backdated-promotion.json").toURI());
        return (ObjectNode) MAPPER.readTree(Files.readString(path));
    }
}
