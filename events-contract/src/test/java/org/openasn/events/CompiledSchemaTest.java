package org.openasn.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled schemas refuse exactly what a general JSON Schema validator (networknt's, which the contract used
 * before, kept here as the reference) refuses, with the same messages: every published sample, and each of them
 * altered in every field in the ways a producer could get it wrong (field missing, null, of another type, empty, too
 * long, out of range, not matching its pattern or enumeration). {@link EventCodec#read} tries each event by its layout
 * first ({@link LayoutReader}), so the decoding test covers that reader too.
 */
class CompiledSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TestFactory
    Stream<DynamicTest> shouldRefuseWhatTheGeneralValidatorRefusesWithTheSameMessages() throws IOException {
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(samples())) {
            samples = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        return samples.stream().map(sample -> DynamicTest.dynamicTest(samples().relativize(sample).toString(), () -> {
            JsonNode event = MAPPER.readTree(Files.readString(sample));
            EventType<?> type = EventTypes.byName(event.get("type").asText()).orElseThrow();
            Pair envelope = pair("/schemas/envelope.json");
            Pair data = pair(type.schemaResource());
            int[] refused = new int[1];
            List<JsonNode> variants = new ArrayList<>();
            variants.add(event);
            alterations(event, variants::add);
            for (JsonNode variant : variants) {
                List<String> expected = envelope.reference(variant);
                assertEquals(expected, envelope.compiled(variant), () -> "envelope of " + variant);
                JsonNode payload = variant.get("data");
                if (payload != null) {
                    List<String> expectedData = data.reference(payload);
                    assertEquals(expectedData, data.compiled(payload), () -> "data of " + variant);
                    expected = Stream.concat(expected.stream(), expectedData.stream()).toList();
                }
                refused[0] += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(envelope.reference(event).isEmpty() && data.reference(event.get("data")).isEmpty(), "the sample itself is valid");
            assertTrue(refused[0] > variants.size() / 3, refused[0] + " of " + variants.size() + " variants refused");
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldDecodeAndRefuseTheSameEventsAsTheGeneralValidatorWithJackson() throws IOException {
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(samples())) {
            samples = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return samples.stream().map(sample -> DynamicTest.dynamicTest(samples().relativize(sample).toString(), () -> {
            JsonNode event = MAPPER.readTree(Files.readString(sample));
            List<JsonNode> variants = new ArrayList<>();
            variants.add(event);
            alterations(event, variants::add);
            int inOnePass = 0;
            for (JsonNode variant : variants) {
                String json = variant.toString();
                ReferenceCodec.Decoded expected = ReferenceCodec.decode(json);
                assertEquals(expected, decode(json), json);
                if (expected.data() != null && !hasFraction(variant)) {
                    assertTrue(readInOnePass(json), () -> "valid, yet not read in one pass: " + json);
                    inOnePass++;
                }
            }
            assertTrue(inOnePass > 0, "the sample itself is read in one pass");
            assertNotNull(EventCodec.LAYOUT.read(event.toString().getBytes(StandardCharsets.UTF_8)), "the sample itself is read by its layout");
        }));
    }

    /** Whether {@link EventCodec#read} bound the data as it read the event (decision 21), rather than from a tree. */
    static boolean readInOnePass(String json) {
        EventEnvelope event = EventCodec.read(json);
        return EventTypes.byName(event.type()).map(type -> event.data().boundAs(type) != null).orElse(false);
    }

    /** Whether a number with a fraction or an exponent is somewhere in {@code node} (one pass leaves those to the tree). */
    private static boolean hasFraction(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasFraction(child)) {
                return true;
            }
        }
        return false;
    }

    private static ReferenceCodec.Decoded decode(String json) {
        EventEnvelope envelope;
        try {
            envelope = EventCodec.read(json);
        } catch (InvalidEventException e) {
            return refused(e.reasons(), "envelope: ");
        }
        EventType<?> type = EventTypes.byName(envelope.type()).orElse(null);
        if (type == null) {
            return new ReferenceCodec.Decoded(envelope, null, List.of());
        }
        try {
            return new ReferenceCodec.Decoded(envelope, EventCodec.data(envelope, type), List.of());
        } catch (InvalidEventException e) {
            return refused(e.reasons(), "data: ");
        }
    }

    /** Schema messages are compared as they are; a refusal by Jackson's binding only as a refusal (its text names the record bound). */
    private static ReferenceCodec.Decoded refused(List<String> reasons, String schemaPrefix) {
        boolean bySchema = reasons.stream().allMatch(r -> r.startsWith(schemaPrefix + "$"));
        return new ReferenceCodec.Decoded(null, null, bySchema ? reasons : List.of("refused"));
    }

    @Test
    void shouldRefuseToCompileASchemaWithAKeywordItDoesNotCheck() throws IOException {
        JsonNode schema = MAPPER.readTree("""
                {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}""");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CompiledSchema.compile(schema));
        assertTrue(refused.getMessage().contains("additionalProperties"), refused.getMessage());
    }

    @Test
    void shouldCheckNumbersByValueAndStringsInCodePoints() throws IOException {
        JsonNode schema = MAPPER.readTree("""
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 3}, "s": {"type": "string", "maxLength": 2}}}""");
        CompiledSchema compiled = CompiledSchema.compile(schema);
        JsonSchema reference = ReferenceCodec.schema(schema);
        for (String json : List.of("{\"n\": 1}", "{\"n\": 3.0}", "{\"n\": 2.5}", "{\"n\": 0}", "{\"n\": 4}", "{\"n\": 1e0}", "{\"n\": 12345678901234567890}",
                "{\"s\": \"\\ud83d\\ude00\\ud83d\\ude00\"}", "{\"s\": \"abc\"}")) {
            JsonNode node = MAPPER.readTree(json);
            assertEquals(messages(reference, node), compiled.validate(node).stream().sorted().toList(), json);
        }
    }

    /** The reference validator and the compiled schema of one schema file. */
    private record Pair(JsonSchema referenceSchema, CompiledSchema compiledSchema) {
        List<String> reference(JsonNode node) {
            return messages(referenceSchema, node);
        }

        List<String> compiled(JsonNode node) {
            return compiledSchema.validate(node).stream().sorted().toList();
        }
    }

    private static Pair pair(String resource) {
        try (InputStream in = EventCodec.class.getResourceAsStream(resource)) {
            JsonNode schema = MAPPER.readTree(in);
            return new Pair(ReferenceCodec.schema(schema), CompiledSchema.compile(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(JsonSchema schema, JsonNode node) {
        return ReferenceCodec.messages(schema, node);
    }

    /** Copies of {@code root}, each with one field (at any depth) removed or replaced by a wrong value. */
    private static void alterations(JsonNode root, Consumer<JsonNode> out) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            JsonNode original = at(root, path);
            for (JsonNode wrong : wrongValues(original)) {
                out.accept(replaced(root, path, wrong));
            }
            if (path.get(path.size() - 1) instanceof String) {
                out.accept(replaced(root, path, null));
            }
        }
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> next = new ArrayList<>(path);
                next.add(name);
                paths.add(next);
                collect(node.get(name), next, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                paths.add(next);
                collect(node.get(i), next, paths);
            }
        }
    }

    private static List<JsonNode> wrongValues(JsonNode original) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("x"), NODES.textNode("x".repeat(501)),
                NODES.textNode("ABC_DEF"), NODES.textNode("99"), NODES.textNode("2026-13-45"), NODES.textNode("2026-01-05T00:00:00Z"),
                NODES.textNode("3F2B8C1E-7A4D-4E4B-9C61-2A9D0F6E1B35"), NODES.textNode("é".repeat(21)), NODES.numberNode(0), NODES.numberNode(-1),
                NODES.numberNode(1.5), NODES.numberNode(1.0), NODES.numberNode(61), NODES.numberNode(12), NODES.booleanNode(true), NODES.objectNode(),
                NODES.arrayNode()));
        if (original.isTextual()) {
            String text = original.textValue();
            values.add(NODES.textNode(text + " "));
            values.add(NODES.textNode(" " + text));
            values.add(NODES.textNode(text.toLowerCase()));
            values.add(NODES.textNode(text.toUpperCase()));
            values.add(NODES.textNode(text.repeat(2)));
            values.add(NODES.textNode(text.isEmpty() ? "" : text.substring(1)));
        }
        if (original.isArray()) {
            ArrayNode withWrongItem = original.deepCopy();
            withWrongItem.add(NODES.textNode("x"));
            values.add(withWrongItem);
        }
        return values;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    /** A copy of {@code root} with the node at {@code path} replaced by {@code value}, or removed when it is {@code null}. */
    private static JsonNode replaced(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            if (value == null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ObjectNode) parent).set(name, value);
            }
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return copy;
    }

    private static Path samples() {
        try {
            return Path.of(CompiledSchemaTest.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
