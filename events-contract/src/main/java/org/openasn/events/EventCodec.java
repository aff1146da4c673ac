package org.openasn.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes events as JSON and checks them against the contract's schemas (each compiled once, see
 * {@link CompiledSchema}). Readers are tolerant: unknown fields are ignored (a newer producer may add optional ones);
 * a missing required field or a wrong type is an {@link InvalidEventException}. Thread-safe: a consumer may decode a
 * poll's events on several threads.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(CanonicalTimes.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final CompiledSchema ENVELOPE = load("/schemas/envelope.json");
    private static final Map<String, CompiledSchema> DATA = new ConcurrentHashMap<>();
    private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();
    private static final ObjectReader INSTANT = MAPPER.readerFor(Instant.class);
    static final LayoutReader LAYOUT = new LayoutReader(ENVELOPE.root(), type -> schema(type).root());

    private EventCodec() {
    }

    public static String write(EventEnvelope event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses and validates the envelope and, when its type is one of the contract's, the data too, binding it to the
     * type's record as it is read (decision 21; {@link #data} then returns that record). An event laid out as the
     * producers write it is read straight from its bytes ({@link LayoutReader}, decision 26); any other in one pass over
     * Jackson's tokens. An event neither can read (its type unknown here, its data before its type, an attribute twice,
     * or anything invalid) is read as a tree, checked and bound from it: the same answer, or the same refusal with its
     * reasons, only slower.
     */
    public static EventEnvelope read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #read(String)} from the UTF-8 bytes of a Kafka record, as a consumer gets them: Jackson's byte parser is
     * faster than its text one, and no string of the whole record is made. Bytes that are not UTF-8 are not an event.
     */
    public static EventEnvelope read(byte[] json) {
        EventEnvelope event = LAYOUT.read(json);
        if (event == null) {
            event = readInOnePass(json);
        }
        return event != null ? event : readTree(json);
    }

    /** The event read, checked and bound in one pass over {@code json}'s tokens, or {@code null} when it cannot be. */
    static EventEnvelope readInOnePass(byte[] json) {
        SchemaCursor cursor = new SchemaCursor();
        cursor.expect(ENVELOPE.root());
        try (JsonParser parser = new CheckedParser(MAPPER.getFactory().createParser(json), cursor)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String specversion = null, id = null, source = null, type = null, subject = null, datacontenttype = null, instansi = null;
            Instant time = null;
            long sequence = 0;
            EventData data = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (name.equals("data")) {
                    EventType<?> dataType = type == null ? null : EventTypes.byName(type).orElse(null);
                    if (dataType == null || data != null) {
                        return null;
                    }
                    cursor.expect(schema(dataType).root());
                    parser.nextToken();
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    Object value = READERS.computeIfAbsent(dataType.dataClass(), MAPPER::readerFor).readValue(parser);
                    data = EventData.bound(dataType, value, json, start, (int) parser.currentLocation().getByteOffset());
                    continue;
                }
                parser.nextToken();
                switch (name) {
                    case "specversion" -> specversion = once(specversion, parser.getText());
                    case "id" -> id = once(id, parser.getText());
                    case "source" -> source = once(source, parser.getText());
                    case "type" -> type = once(type, parser.getText());
                    case "subject" -> subject = once(subject, parser.getText());
                    case "time" -> time = once(time, INSTANT.<Instant>readValue(parser));
                    case "datacontenttype" -> datacontenttype = once(datacontenttype, parser.getText());
                    case "instansi" -> instansi = once(instansi, parser.getText());
                    case "sequence" -> sequence = once(sequence == 0 ? null : sequence, parser.getLongValue());
                    default -> parser.skipChildren();
                }
            }
            return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype, instansi, sequence, data);
        } catch (IOException | RuntimeException e) {
            return null; // SchemaCursor.Nonconforming, or anything the binding refused: the tree says why
        }
    }

    /** {@code value}, the first of an attribute's; an event with an attribute given twice is read from the tree. */
    private static <T> T once(T previous, T value) {
        if (previous != null) {
            throw new IllegalStateException("attribute repeated");
        }
        return value;
    }

    /** Parses and validates the envelope as a tree, and keeps its data as a tree (not validated: a consumer may not know every type). */
    static EventEnvelope readTree(byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidEventException(List.of("not JSON: " + e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidEventException(List.of("not a JSON object"));
        }
        check(ENVELOPE, tree, "envelope");
        // the attributes are bound without the data, which the envelope keeps as it was parsed (binding would copy it)
        JsonNode data = ((ObjectNode) tree).remove("data");
        try {
            Attributes a = MAPPER.treeToValue(tree, Attributes.class);
            return new EventEnvelope(a.specversion(), a.id(), a.source(), a.type(), a.subject(), a.time(), a.datacontenttype(), a.instansi(),
                    a.sequence(), EventData.of(data));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException(List.of("envelope: " + e.getMessage()));
        }
    }

    /** The envelope's attributes, bound as {@link EventEnvelope}'s are. */
    private record Attributes(String specversion, String id, String source, String type, String subject, Instant time,
                              String datacontenttype, String instansi, long sequence) {
    }

    /** The event's data as {@code type}'s record, after validating it against the type's schema. */
    public static <T> T data(EventEnvelope event, EventType<T> type) {
        if (!type.name().equals(event.type())) {
            throw new IllegalArgumentException("event " + event.id() + " is " + event.type() + ", not " + type.name());
        }
        T bound = event.data().boundAs(type);
        if (bound != null) {
            return bound;
        }
        JsonNode data = event.data().tree();
        check(schema(type), data, "data");
        try {
            return MAPPER.treeToValue(data, type.dataClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException(List.of("data: " + e.getMessage()));
        }
    }

    static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
    }

    /** The JSON in {@code json[start, end)}, which was read before. */
    static JsonNode tree(byte[] json, int start, int end) {
        try {
            return MAPPER.readTree(json, start, end - start);
        } catch (IOException e) {
            throw new IllegalStateException("data read before cannot be parsed again: " + e.getMessage(), e);
        }
    }

    private static CompiledSchema schema(EventType<?> type) {
        return DATA.computeIfAbsent(type.schema(), n -> load(type.schemaResource()));
    }

    private static void check(CompiledSchema schema, JsonNode node, String part) {
        List<String> messages = schema.validate(node);
        if (!messages.isEmpty()) {
            throw new InvalidEventException(messages.stream().map(m -> part + ": " + m).sorted().toList());
        }
    }

    private static CompiledSchema load(String resource) {
        try (InputStream in = EventCodec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the contract: " + resource);
            }
            return CompiledSchema.compile(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
