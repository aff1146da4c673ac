package org.openasn.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private EventCodec() {
    }

    public static String write(EventEnvelope event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses and validates the envelope (not the data: a consumer may not know every type). */
    public static EventEnvelope read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(List.of("not JSON: " + e.getOriginalMessage()));
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
                    a.sequence(), data);
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
        check(DATA.computeIfAbsent(type.schema(), n -> load(type.schemaResource())), event.data(), "data");
        try {
            return MAPPER.treeToValue(event.data(), type.dataClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException(List.of("data: " + e.getMessage()));
        }
    }

    static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
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
