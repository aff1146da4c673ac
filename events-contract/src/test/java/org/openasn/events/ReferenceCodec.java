package org.openasn.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How {@link EventCodec} read events before the schemas were compiled: a general JSON Schema validator (networknt's)
 * for the envelope and the data, then Jackson binding the whole envelope. The reference the compiled schemas are
 * checked against, and the baseline of the decoding benchmark.
 */
final class ReferenceCodec {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema ENVELOPE = SCHEMAS.getSchema(EventCodec.class.getResourceAsStream("/schemas/envelope.json"));
    private static final Map<String, JsonSchema> DATA = new ConcurrentHashMap<>();
    /** Configured as EventCodec's mapper. */
    private static final ObjectMapper BINDER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    private ReferenceCodec() {
    }

    /** What reading an event and its data gives: the envelope and the data, or the schema's messages, or "refused". */
    record Decoded(EventEnvelope envelope, Object data, List<String> schemaMessages) {
    }

    static JsonSchema schema(JsonNode schema) {
        return SCHEMAS.getSchema(schema);
    }

    static List<String> messages(JsonSchema schema, JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** How EventCodec read events before the compiled schemas: the general validator, then Jackson binding the whole envelope. */
    static Decoded decode(String json) {
        JsonNode tree;
        try {
            tree = BINDER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Decoded(null, null, List.of("refused"));
        }
        if (tree == null || !tree.isObject()) {
            return new Decoded(null, null, List.of("refused"));
        }
        List<String> envelopeMessages = messages(ENVELOPE, tree);
        if (!envelopeMessages.isEmpty()) {
            return new Decoded(null, null, envelopeMessages.stream().map(m -> "envelope: " + m).toList());
        }
        EventEnvelope envelope;
        try {
            envelope = BINDER.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Decoded(null, null, List.of("refused"));
        }
        EventType<?> type = EventTypes.byName(envelope.type()).orElse(null);
        if (type == null) {
            return new Decoded(envelope, null, List.of());
        }
        List<String> dataMessages = messages(DATA.computeIfAbsent(type.schemaResource(), r -> SCHEMAS.getSchema(EventCodec.class.getResourceAsStream(r))),
                envelope.data().tree());
        if (!dataMessages.isEmpty()) {
            return new Decoded(null, null, dataMessages.stream().map(m -> "data: " + m).toList());
        }
        try {
            return new Decoded(envelope, BINDER.treeToValue(envelope.data().tree(), type.dataClass()), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Decoded(null, null, List.of("refused"));
        }
    }
}
