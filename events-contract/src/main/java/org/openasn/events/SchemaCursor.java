package org.openasn.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Arrays;

/**
 * Checks one JSON value against compiled schema rules token by token, as a parser reads it, so that an event can be
 * checked while it is bound, without a tree. It only says whether the value conforms: at the first token that does
 * not, it throws {@link Nonconforming}, and the reader reads the event again as a tree, whose check says what is
 * wrong ({@link CompiledSchema#validate}). Where checking a token would be more work than it is worth, it does not
 * accept it either (see {@link CompiledSchema.Rule#accepts}): stricter than the tree, never laxer. One cursor per
 * value read, on one thread.
 */
final class SchemaCursor {

    /** The value read does not conform (or the cursor could not tell): read it as a tree instead. */
    static final class Nonconforming extends RuntimeException {
        private static final Nonconforming INSTANCE = new Nonconforming();

        private Nonconforming() {
            super("the value does not conform to its schema", null, false, false);
        }
    }

    /** The rules for the next value (those of a property just named, of an array's items, or added by {@link #expect}). */
    private CompiledSchema.Rule[] pending = new CompiledSchema.Rule[4];
    private int pendingCount;
    /** The objects and arrays open, innermost last: their rules, and for objects the required properties seen. */
    private final Frames frames = new Frames();

    /** The next value must also keep {@code rule}. */
    void expect(CompiledSchema.Rule rule) {
        for (CompiledSchema.Rule r = rule; r != null; r = r.reference()) {
            if (pendingCount == pending.length) {
                pending = Arrays.copyOf(pending, pendingCount * 2);
            }
            pending[pendingCount++] = r;
        }
    }

    /** Checks the token the parser has just read. */
    void read(JsonToken token, JsonParser parser) throws IOException {
        switch (token) {
            case FIELD_NAME -> {
                Frame object = frames.top();
                pendingCount = 0;
                String name = parser.currentName();
                for (int i = 0; i < object.count; i++) {
                    CompiledSchema.Property property = object.rules[i].property(name);
                    if (property != null) {
                        object.seen[i] |= property.requiredBit();
                        if (property.rule() != null) {
                            expect(property.rule());
                        }
                    }
                }
            }
            case END_OBJECT -> {
                Frame object = frames.pop();
                for (int i = 0; i < object.count; i++) {
                    long required = object.rules[i].allRequired();
                    if ((object.seen[i] & required) != required) {
                        throw Nonconforming.INSTANCE;
                    }
                }
            }
            case END_ARRAY -> frames.pop();
            default -> value(token, parser);
        }
    }

    private void value(JsonToken token, JsonParser parser) throws IOException {
        Frame container = frames.top();
        if (container != null && container.array) {
            pendingCount = 0;
            for (int i = 0; i < container.count; i++) {
                if (container.rules[i].items() != null) {
                    expect(container.rules[i].items());
                }
            }
        }
        for (int i = 0; i < pendingCount; i++) {
            if (!pending[i].accepts(token, parser)) {
                throw Nonconforming.INSTANCE;
            }
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            frames.push(token == JsonToken.START_ARRAY, pending, pendingCount);
        }
        pendingCount = 0;
    }

    /** An object or array open, with the rules it keeps. */
    private static final class Frame {
        boolean array;
        CompiledSchema.Rule[] rules = new CompiledSchema.Rule[4];
        long[] seen = new long[4];
        int count;
    }

    /** The frames open; frames are reused, so that reading allocates nothing once the deepest level has been met. */
    private static final class Frames {
        private Frame[] frames = new Frame[8];
        private int depth;

        Frame top() {
            return depth == 0 ? null : frames[depth - 1];
        }

        void push(boolean array, CompiledSchema.Rule[] rules, int count) {
            if (depth == frames.length) {
                frames = Arrays.copyOf(frames, depth * 2);
            }
            Frame frame = frames[depth] != null ? frames[depth] : (frames[depth] = new Frame());
            depth++;
            frame.array = array;
            if (frame.rules.length < count) {
                frame.rules = new CompiledSchema.Rule[count];
                frame.seen = new long[count];
            }
            System.arraycopy(rules, 0, frame.rules, 0, count);
            Arrays.fill(frame.seen, 0, count, 0L);
            frame.count = count;
        }

        Frame pop() {
            return frames[--depth];
        }
    }
}
