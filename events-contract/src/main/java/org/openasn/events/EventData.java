package org.openasn.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * An event's data, as JSON. When {@link EventCodec} reads an event of a type the contract knows, it checks the data
 * against the type's schema and binds it to the type's record in the same pass, without building a tree
 * (decision 21): the record is kept here for {@link EventCodec#data}, with the bytes it was read from, which becomes a
 * tree only if someone asks for one. An event a producer makes keeps the record it was made from and is written from
 * it, as its tree would be, without building the tree. Events read otherwise carry their tree. Equal when their trees
 * are.
 */
public final class EventData {

    private volatile JsonNode tree;
    private final EventType<?> boundType;
    private final Object bound;
    private final byte[] source;
    private final int start;
    private final int end;

    private EventData(JsonNode tree, EventType<?> boundType, Object bound, byte[] source, int start, int end) {
        this.tree = tree;
        this.boundType = boundType;
        this.bound = bound;
        this.source = source;
        this.start = start;
        this.end = end;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventData of(JsonNode tree) {
        return new EventData(Objects.requireNonNull(tree, "data"), null, null, null, 0, 0);
    }

    /** Data a producer made: the record {@code value}, written as it is; its tree is made only if someone asks for it. */
    static EventData made(Object value) {
        return new EventData(null, null, Objects.requireNonNull(value, "data"), null, 0, 0);
    }

    /** Data read in one pass: {@code value}, checked against {@code type}'s schema, read from the UTF-8 {@code source[start, end)}. */
    static EventData bound(EventType<?> type, Object value, byte[] source, int start, int end) {
        return new EventData(null, type, value, source, start, end);
    }

    /**
     * The data as a JSON tree: parsed from the text it was read from, or made from the record a producer made it from, the
     * first time it is asked for.
     */
    public JsonNode tree() {
        JsonNode parsed = tree;
        if (parsed == null) {
            parsed = source != null ? EventCodec.tree(source, start, end) : EventCodec.toTree(bound);
            tree = parsed;
        }
        return parsed;
    }

    /** What the data is written from: the record a producer made it from, else its tree. */
    @JsonValue
    Object json() {
        return tree == null && source == null ? bound : tree();
    }

    /** The record {@code type}'s data was bound to as it was read, or {@code null} when it was not. */
    @SuppressWarnings("unchecked")
    <T> T boundAs(EventType<T> type) {
        return type.equals(boundType) ? (T) bound : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventData data && tree().equals(data.tree());
    }

    @Override
    public int hashCode() {
        return tree().hashCode();
    }

    @Override
    public String toString() {
        return tree().toString();
    }
}
