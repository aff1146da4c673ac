package org.openasn.events;

import com.fasterxml.jackson.core.JsonToken;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads an event laid out as the contract's producers write it, straight from its bytes into its records (decision 26):
 * each object's properties named as its record's components and in their order (any of them may be absent), values
 * that are strings of printable ASCII without escapes, whole numbers, {@code true}, {@code false}, {@code null}, objects
 * and arrays, and whitespace anywhere between them. Each property's name is compared with the next components' names,
 * and its value is read as its component's type and checked against the compiled rules of its place in the schema
 * ({@link CompiledSchema.Rule}, the rules of the one pass and of the tree), so there is no tokenizer, no symbol table
 * and no Jackson binding. At anything else (a property that is not the record's, or out of order, or twice; an escape
 * or a character beyond ASCII; a number with a fraction; a value the rules or the record refuse) it hands over
 * ({@code null}) and {@link EventCodec} reads the event in its one pass or as a tree, which give the answer or the
 * refusal with its reasons. So it is never laxer than they are, only faster; {@code LayoutReaderTest} and
 * {@code CompiledSchemaTest} compare it with the general validator and Jackson's binding. Thread-safe.
 */
final class LayoutReader {

    /** What the reader does not read: the event goes to the one pass. */
    private static final class HandOver extends RuntimeException {
        private static final HandOver INSTANCE = new HandOver();

        private HandOver() {
            super("the event is not laid out as the reader reads", null, false, false);
        }
    }

    /** The bytes read as they are inside a string: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int b = 0x20; b < 0x7f; b++) {
            PLAIN[b] = b != '"' && b != '\\';
        }
    }

    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");

    private final Value envelope;
    private final CompiledSchema.Rule[] dataRules;
    private final Function<EventType<?>, CompiledSchema.Rule> schemaOf;
    /** The data's value, by type name; empty for a type whose record the reader cannot read. */
    private final Map<String, Optional<Value>> data = new ConcurrentHashMap<>();

    /**
     * @param envelope the envelope's schema
     * @param schemaOf the schema of a type's data
     */
    LayoutReader(CompiledSchema.Rule envelope, Function<EventType<?>, CompiledSchema.Rule> schemaOf) {
        CompiledSchema.Rule[] rules = withReferences(List.of(envelope));
        this.envelope = new Value(Kind.RECORD, rules, Layout.of(EventEnvelope.class, rules), null, false, null);
        this.dataRules = withReferences(Layout.propertyRules(rules, "data"));
        this.schemaOf = schemaOf;
    }

    /** The event in {@code json}, checked and its data bound; {@code null} when it is not laid out as this reader reads. */
    EventEnvelope read(byte[] json) {
        Input in = new Input(json);
        try {
            if (!envelope.layout.readable) {
                return null;
            }
            Object event = in.value(envelope, this);
            return in.next() == -1 ? (EventEnvelope) event : null;
        } catch (HandOver | ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The value of {@code type}'s data: the envelope's rules for {@code data} and the type's schema, and its record's layout. */
    private Optional<Value> dataOf(String typeName) {
        return data.computeIfAbsent(typeName, name -> EventTypes.byName(name).map(type -> {
            List<CompiledSchema.Rule> rules = new ArrayList<>(Arrays.asList(dataRules));
            rules.add(schemaOf.apply(type));
            CompiledSchema.Rule[] all = withReferences(rules);
            Value value = new Value(Kind.RECORD, all, Layout.of(type.dataClass(), all), type, false, null);
            return value.layout.readable ? value : null;
        }));
    }

    /** The compiled rules of one place in a schema, with those they refer to. */
    private static CompiledSchema.Rule[] withReferences(List<CompiledSchema.Rule> rules) {
        List<CompiledSchema.Rule> all = new ArrayList<>();
        for (CompiledSchema.Rule rule : rules) {
            for (CompiledSchema.Rule r = rule; r != null; r = r.reference()) {
                all.add(r);
            }
        }
        return all.toArray(CompiledSchema.Rule[]::new);
    }

    /** How a component's value is read. */
    private enum Kind { STRING, UUID, DATE, INSTANT, BOOLEAN, INT, LONG, RECORD, LIST, DATA }

    /**
     * The value of one place: its kind, the rules it keeps, the layout of its record ({@link Kind#RECORD}), the value of
     * its items ({@link Kind#LIST}), whether it is a primitive (which cannot be {@code null}), and for the value of a
     * type's data that type. Of {@link Kind#DATA}, the envelope's data, nothing more: the type read before it says what it is.
     */
    private record Value(Kind kind, CompiledSchema.Rule[] rules, Layout layout, EventType<?> type, boolean primitive, Value item) {
        boolean readable() {
            return (layout == null || layout.readable) && (item == null || item.readable());
        }
    }

    /** How a record is read: its canonical constructor, and for each component its name and value. */
    private static final class Layout {
        final Constructor<?> constructor;
        final byte[][] names;
        final Value[] values;
        /** The components the rules require, and the primitives (whose absence is left to Jackson), as bits. */
        final long required;
        /** The component that holds the type name, for the envelope's data. */
        final int typeIndex;
        /** False when an object of this place cannot be read as the record (a required property that is no component, or a type not read here). */
        final boolean readable;

        private Layout(Constructor<?> constructor, byte[][] names, Value[] values, long required, int typeIndex, boolean readable) {
            this.constructor = constructor;
            this.names = names;
            this.values = values;
            this.required = required;
            this.typeIndex = typeIndex;
            this.readable = readable;
        }

        static Layout of(Class<?> record, CompiledSchema.Rule[] rules) {
            RecordComponent[] components = record.getRecordComponents();
            if (components == null || components.length > 64) {
                return new Layout(null, null, null, 0, -1, false);
            }
            byte[][] names = new byte[components.length][];
            Value[] values = new Value[components.length];
            boolean readable = true;
            int typeIndex = -1;
            for (int i = 0; i < components.length; i++) {
                names[i] = bytes(components[i].getName());
                values[i] = value(components[i].getGenericType(), withReferences(propertyRules(rules, components[i].getName())));
                readable &= values[i] != null && values[i].readable();
                typeIndex = components[i].getName().equals("type") ? i : typeIndex;
            }
            long required = 0;
            for (int i = 0; i < components.length; i++) {
                required |= values[i] != null && values[i].primitive ? 1L << i : 0;
            }
            for (CompiledSchema.Rule rule : rules) {
                long covered = 0;
                for (int i = 0; i < components.length; i++) {
                    CompiledSchema.Property property = rule.property(components[i].getName());
                    if (property != null && property.requiredBit() != 0) {
                        covered |= property.requiredBit();
                        required |= 1L << i;
                    }
                }
                readable &= covered == rule.allRequired();
            }
            readable &= typeIndex >= 0 || Arrays.stream(values).noneMatch(v -> v != null && v.kind == Kind.DATA);
            try {
                Constructor<?> constructor = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                // access checked once here, not at each event (where it looks up the caller's module and package each time)
                constructor.trySetAccessible();
                return new Layout(constructor, names, values, required, typeIndex, readable);
            } catch (NoSuchMethodException e) {
                return new Layout(null, names, values, required, typeIndex, false);
            }
        }

        /** The rules that {@code rules} (an object's) set for property {@code name}. */
        static List<CompiledSchema.Rule> propertyRules(CompiledSchema.Rule[] rules, String name) {
            List<CompiledSchema.Rule> found = new ArrayList<>();
            for (CompiledSchema.Rule rule : rules) {
                CompiledSchema.Property property = rule.property(name);
                if (property != null && property.rule() != null) {
                    found.add(property.rule());
                }
            }
            return found;
        }

        /** How a component of {@code type} keeping {@code rules} is read; {@code null} for a type the reader does not read. */
        private static Value value(Type type, CompiledSchema.Rule[] rules) {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class
                    && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                List<CompiledSchema.Rule> items = new ArrayList<>();
                for (CompiledSchema.Rule rule : rules) {
                    if (rule.items() != null) {
                        items.add(rule.items());
                    }
                }
                CompiledSchema.Rule[] itemRules = withReferences(items);
                Value itemValue = new Value(Kind.RECORD, itemRules, Layout.of(item, itemRules), null, false, null);
                return new Value(Kind.LIST, rules, null, null, false, itemValue);
            }
            if (!(type instanceof Class<?> cls)) {
                return null;
            }
            if (cls.isRecord()) {
                return new Value(Kind.RECORD, rules, Layout.of(cls, rules), null, false, null);
            }
            Kind kind = cls == String.class ? Kind.STRING
                    : cls == UUID.class ? Kind.UUID
                    : cls == LocalDate.class ? Kind.DATE
                    : cls == Instant.class ? Kind.INSTANT
                    : cls == boolean.class || cls == Boolean.class ? Kind.BOOLEAN
                    : cls == int.class || cls == Integer.class ? Kind.INT
                    : cls == long.class || cls == Long.class ? Kind.LONG
                    : cls == EventData.class ? Kind.DATA
                    : null;
            return kind == null ? null : new Value(kind, rules, null, null, cls.isPrimitive(), null);
        }

        /** The object whose {@code {} {@code in} has just read, as the record; {@code reader} reads an envelope's data. */
        Object read(Input in, LayoutReader reader) throws ReflectiveOperationException {
            Object[] arguments = new Object[values.length];
            long present = 0;
            int next = 0;
            if (in.next() == '}') {
                in.at++;
            } else {
                while (true) {
                    int component = in.name(names, next);
                    in.expect(':');
                    Value value = values[component];
                    arguments[component] = value.kind == Kind.DATA ? reader.data(in, arguments[typeIndex]) : in.value(value, reader);
                    present |= 1L << component;
                    next = component + 1;
                    int after = in.next();
                    in.at++;
                    if (after == '}') {
                        break;
                    }
                    if (after != ',') {
                        throw HandOver.INSTANCE;
                    }
                }
            }
            if ((present & required) != required) {
                throw HandOver.INSTANCE;
            }
            return constructor.newInstance(arguments);
        }
    }

    /** The envelope's data, at {@code in}, of the type named {@code typeName} (read before it). */
    private EventData data(Input in, Object typeName) throws ReflectiveOperationException {
        Value value = typeName == null ? null : dataOf((String) typeName).orElse(null);
        if (value == null || in.next() != '{') {
            throw HandOver.INSTANCE;
        }
        int start = in.at;
        Object data = in.value(value, this);
        return EventData.bound(value.type, data, in.bytes, start, in.at);
    }

    /** The bytes of an event and where the reader is in them. */
    private static final class Input {
        final byte[] bytes;
        int at;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The next byte that is not whitespace, which the reader is then at; -1 at the end. */
        int next() {
            while (at < bytes.length) {
                byte b = bytes[at];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b;
                }
                at++;
            }
            return -1;
        }

        void expect(char c) {
            if (next() != c) {
                throw HandOver.INSTANCE;
            }
            at++;
        }

        /**
         * The index of the property name here among {@code names} from {@code from} on. A name is those bytes and a
         * closing quote: the names have no quote or escape, so no other string is equal to one.
         */
        int name(byte[][] names, int from) {
            expect('"');
            for (int i = from; i < names.length; i++) {
                if (isHere(names[i])) {
                    at += names[i].length + 1;
                    return i;
                }
            }
            throw HandOver.INSTANCE;
        }

        /** Whether {@code name} and a quote follow. */
        private boolean isHere(byte[] name) {
            int end = at + name.length;
            if (end >= bytes.length || bytes[end] != '"') {
                return false;
            }
            for (int i = 0; i < name.length; i++) {
                if (bytes[at + i] != name[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Where the string whose first character the reader is at ends (its closing quote). */
        private int stringEnd() {
            int i = at;
            while (i < bytes.length && PLAIN[bytes[i] & 0xff]) {
                i++;
            }
            if (i == bytes.length || bytes[i] != '"') {
                throw HandOver.INSTANCE;
            }
            return i;
        }

        /** The string here, checked against {@code value}'s rules. */
        private String text(Value value) {
            if (next() != '"') {
                throw HandOver.INSTANCE;
            }
            int start = ++at;
            int end = stringEnd();
            at = end + 1;
            String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            for (CompiledSchema.Rule rule : value.rules) {
                if (!rule.acceptsText(text)) {
                    throw HandOver.INSTANCE;
                }
            }
            return text;
        }

        private boolean literal(byte[] word) {
            if (at + word.length <= bytes.length && Arrays.equals(bytes, at, at + word.length, word, 0, word.length)) {
                at += word.length;
                return true;
            }
            return false;
        }

        private void keeps(Value value, JsonToken token) {
            for (CompiledSchema.Rule rule : value.rules) {
                if (!rule.acceptsToken(token)) {
                    throw HandOver.INSTANCE;
                }
            }
        }

        /** The value here, as {@code value}'s kind, checked against its rules. */
        Object value(Value value, LayoutReader reader) throws ReflectiveOperationException {
            int first = next();
            if (first == 'n') {
                if (value.primitive || !literal(NULL)) {
                    throw HandOver.INSTANCE;
                }
                keeps(value, JsonToken.VALUE_NULL);
                return null;
            }
            return switch (value.kind) {
                case STRING -> text(value);
                case UUID -> uuid(text(value));
                case DATE -> present(CanonicalTimes.date(text(value)));
                case INSTANT -> present(CanonicalTimes.instant(text(value)));
                case BOOLEAN -> {
                    boolean truth = literal(TRUE);
                    if (!truth && !literal(FALSE)) {
                        throw HandOver.INSTANCE;
                    }
                    keeps(value, truth ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE);
                    yield truth;
                }
                case INT -> {
                    long number = integer(value);
                    if (number != (int) number) {
                        throw HandOver.INSTANCE;
                    }
                    yield (int) number;
                }
                case LONG -> integer(value);
                case RECORD -> {
                    if (first != '{') {
                        throw HandOver.INSTANCE;
                    }
                    keeps(value, JsonToken.START_OBJECT);
                    at++;
                    yield value.layout.read(this, reader);
                }
                case LIST -> list(value, reader);
                case DATA -> throw HandOver.INSTANCE;
            };
        }

        private List<Object> list(Value value, LayoutReader reader) throws ReflectiveOperationException {
            if (next() != '[') {
                throw HandOver.INSTANCE;
            }
            keeps(value, JsonToken.START_ARRAY);
            at++;
            List<Object> items = new ArrayList<>();
            if (next() == ']') {
                at++;
                return items;
            }
            while (true) {
                items.add(value(value.item, reader));
                int after = next();
                at++;
                if (after == ']') {
                    return items;
                }
                if (after != ',') {
                    throw HandOver.INSTANCE;
                }
            }
        }

        /** A whole number in JSON's form ({@code -?(0|[1-9][0-9]*)}) of at most 18 digits, checked against {@code value}'s rules. */
        private long integer(Value value) {
            int start = at;
            boolean negative = at < bytes.length && bytes[at] == '-';
            if (negative) {
                at++;
            }
            int digitsFrom = at;
            long number = 0;
            while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
                number = number * 10 + (bytes[at++] - '0');
            }
            int digits = at - digitsFrom;
            if (digits == 0 || digits > 18 || (digits > 1 && bytes[digitsFrom] == '0')
                    || (at < bytes.length && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) || at - start > 19) {
                throw HandOver.INSTANCE;
            }
            number = negative ? -number : number;
            for (CompiledSchema.Rule rule : value.rules) {
                if (!rule.acceptsInteger(number)) {
                    throw HandOver.INSTANCE;
                }
            }
            return number;
        }

        private static <T> T present(T value) {
            if (value == null) {
                throw HandOver.INSTANCE;
            }
            return value;
        }

        /** A UUID in its canonical 36-character form (hex digits of either case), as Jackson reads it. */
        private static UUID uuid(String text) {
            if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-' || text.charAt(23) != '-') {
                throw HandOver.INSTANCE;
            }
            long high = hex(text, 0, 8) << 32 | hex(text, 9, 13) << 16 | hex(text, 14, 18);
            long low = hex(text, 19, 23) << 48 | hex(text, 24, 36);
            return new UUID(high, low);
        }

        private static long hex(String text, int from, int to) {
            long value = 0;
            for (int i = from; i < to; i++) {
                int digit = Character.digit(text.charAt(i), 16);
                if (digit < 0) { // the text is ASCII, whose only hex digits are 0-9, a-f and A-F
                    throw HandOver.INSTANCE;
                }
                value = value << 4 | digit;
            }
            return value;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
