package org.openasn.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One of the contract's JSON Schemas (draft 2020-12), compiled once into {@link Rule}s: every event read is checked by
 * them, so it costs a few map look-ups and regular expressions per field instead of a general validator's walk of the
 * schema. A rule checks a Jackson tree with messages ({@link #validate}), or one value of a token stream as it is read
 * ({@link SchemaCursor}, which only says whether it conforms). It knows the keywords the contract's schemas use and
 * refuses to compile a schema with any other one, so a constraint added to a schema is never silently ignored:
 * {@code type}, {@code required}, {@code properties}, {@code items}, {@code $ref} (to {@code #/$defs/…}), {@code const},
 * {@code enum} (of scalars), {@code pattern} (found anywhere in the string, as the standard says; the simple ones
 * without {@code java.util.regex}, see {@link SimplePattern}), {@code minLength}
 * and {@code maxLength} (in code points), {@code minimum} and {@code maximum}. {@code format} is an annotation in draft
 * 2020-12 and is not asserted here either: dates, times and UUIDs are checked when the data is bound to its record.
 * The messages read as those of the general validator the contract used before ({@code $.path: what is wrong}).
 */
final class CompiledSchema {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "format");

    private final Rule root;

    private CompiledSchema(Rule root) {
        this.root = root;
    }

    static CompiledSchema compile(JsonNode schema) {
        Map<String, Rule> definitions = new HashMap<>();
        // every definition exists before any is compiled, so that they may refer to each other in any order
        schema.path("$defs").fieldNames().forEachRemaining(name -> definitions.put(name, new Rule()));
        schema.path("$defs").fields().forEachRemaining(d -> compileInto(d.getValue(), definitions.get(d.getKey()), definitions));
        return new CompiledSchema(compileInto(schema, new Rule(), definitions));
    }

    /** What is wrong with {@code node}, one message per violation; empty when it is valid. */
    List<String> validate(JsonNode node) {
        List<String> errors = new ArrayList<>(0);
        root.check(node, Place.ROOT, errors);
        return errors;
    }

    Rule root() {
        return root;
    }

    /** Where a node is in the document, written out ({@code $.timeline[0].validFrom}) only for a message. */
    private record Place(Place parent, String name, int index) {
        static final Place ROOT = new Place(null, null, -1);

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return name != null ? parent + "." + name : parent + "[" + index + "]";
        }
    }

    /** The JSON types a schema may name, as bits of {@link Rule#types}. */
    private static final List<String> TYPES = List.of("object", "array", "string", "integer", "number", "boolean", "null");
    private static final int OBJECT = 1, ARRAY = 2, STRING = 4, INTEGER = 8, NUMBER = 16, BOOLEAN = 32, NULL = 64;

    /**
     * The constraints of one (sub)schema. Filled once by {@link #compileInto}, then only read, from any thread. Each
     * keyword is checked on its own, as the standard says: a value of the wrong type breaks {@code type} only, since
     * the other keywords apply to their own types.
     */
    static final class Rule {
        private int types;                     // bits of the types allowed, 0 when the schema names none
        private String expected;               // the types allowed as a message shows them
        private String[] required = new String[0];
        private final Map<String, Property> properties = new HashMap<>(); // named in properties, required, or both
        private Rule items;
        private Rule reference;
        private JsonNode[] allowed;            // const (one value) or enum
        private Set<String> allowedTexts;      // the strings among them
        private Set<JsonToken> allowedLiterals; // the tokens of the null, true and false among them
        private String allowedMessage;
        private String regex;
        private SimplePattern simplePattern;   // when the regex is simple enough; otherwise matchers
        private ThreadLocal<Matcher> matchers; // a matcher is reused, not made per value
        private int minLength = -1;
        private int maxLength = -1;
        private BigDecimal minimum;
        private BigDecimal maximum;

        Rule reference() {
            return reference;
        }

        Rule items() {
            return items;
        }

        /** What this rule says of property {@code name}, or {@code null} when it says nothing. */
        Property property(String name) {
            return properties.get(name);
        }

        /** The bits of every required property. */
        long allRequired() {
            return required.length == 64 ? -1L : (1L << required.length) - 1;
        }

        private void check(JsonNode node, Place place, List<String> errors) {
            if (reference != null) {
                reference.check(node, place, errors);
            }
            if (types != 0 && (types & typesOf(node)) == 0) {
                errors.add(place + ": " + typeOf(node) + " found, " + expected + " expected");
            }
            if (node.isObject()) {
                for (String name : required) {
                    if (!node.has(name)) {
                        errors.add(place + ": required property '" + name + "' not found");
                    }
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    Property property = properties.get(field.getKey());
                    if (property != null && property.rule() != null) {
                        property.rule().check(field.getValue(), new Place(place, field.getKey(), -1), errors);
                    }
                }
            }
            if (items != null && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    items.check(node.get(i), new Place(place, null, i), errors);
                }
            }
            if (allowed != null && !isAllowed(node)) {
                errors.add(place + allowedMessage);
            }
            if (node.isTextual()) {
                textKeeps(node.textValue(), place, errors);
            }
            if (node.isNumber()) {
                numberKeeps(node.decimalValue(), place, errors);
            }
        }

        /**
         * Whether the value at {@code parser}'s current token (a scalar, or the start of an object or array, whose
         * content the cursor checks as it comes) keeps this rule, as {@link #check} would find on the tree. Stricter
         * where that is simpler: a number with a fraction or an exponent, or beyond a {@code long}, is not accepted
         * here at all (the contract has none; the tree says whether it conforms).
         */
        boolean accepts(JsonToken token, JsonParser parser) throws IOException {
            return switch (token) {
                case VALUE_STRING -> acceptsText(parser.getText());
                case VALUE_NUMBER_INT -> parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER && acceptsInteger(parser.getLongValue());
                default -> acceptsToken(token);
            };
        }

        /** Whether the string {@code text} keeps this rule, as {@link #check} would find on the tree. */
        boolean acceptsText(String text) {
            return allows(STRING) && (allowed == null || allowedTexts.contains(text)) && textKeeps(text, null, null);
        }

        /** Whether the whole number {@code value} keeps this rule, as {@link #check} would find on the tree. */
        boolean acceptsInteger(long value) {
            if (!allows(INTEGER | NUMBER)) {
                return false;
            }
            if (minimum == null && maximum == null && allowed == null) {
                return true;
            }
            BigDecimal number = BigDecimal.valueOf(value);
            return (allowed == null || isAllowedNumber(number)) && numberKeeps(number, null, null);
        }

        /**
         * Whether {@code null}, {@code true}, {@code false}, or an object or array ({@code token} is its start, and its
         * content is checked as it comes) keeps this rule; any other token does not.
         */
        boolean acceptsToken(JsonToken token) {
            int type = switch (token) {
                case START_OBJECT -> OBJECT;
                case START_ARRAY -> ARRAY;
                case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
                case VALUE_NULL -> NULL;
                default -> 0;
            };
            return type != 0 && allows(type) && (allowed == null || allowedLiterals.contains(token));
        }

        private boolean allows(int type) {
            return types == 0 || (types & type) != 0;
        }

        /**
         * Whether {@code text} keeps {@code pattern}, {@code minLength} and {@code maxLength}; each one it breaks is
         * added to {@code errors} (as at {@code place}), or, with no list, only the answer is wanted.
         */
        private boolean textKeeps(String text, Place place, List<String> errors) {
            int length = minLength >= 0 || maxLength >= 0 ? text.codePointCount(0, text.length()) : 0;
            boolean keeps = matches(text) || broken(place, ": does not match the regex pattern ", regex, errors);
            keeps &= minLength < 0 || length >= minLength || broken(place, ": must be at least ", minLength + " characters long", errors);
            keeps &= maxLength < 0 || length <= maxLength || broken(place, ": must be at most ", maxLength + " characters long", errors);
            return keeps;
        }

        /** Whether {@code value} keeps {@code minimum} and {@code maximum}, as {@link #textKeeps} for strings. */
        private boolean numberKeeps(BigDecimal value, Place place, List<String> errors) {
            boolean keeps = minimum == null || value.compareTo(minimum) >= 0
                    || broken(place, ": must have a minimum value of ", minimum.toPlainString(), errors);
            keeps &= maximum == null || value.compareTo(maximum) <= 0
                    || broken(place, ": must have a maximum value of ", maximum.toPlainString(), errors);
            return keeps;
        }

        /** A keyword broken: its message goes to {@code errors} when there is a list; false either way. */
        private static boolean broken(Place place, String what, String limit, List<String> errors) {
            if (errors != null) {
                errors.add(place + what + limit);
            }
            return false;
        }

        private boolean matches(String text) {
            if (regex == null) {
                return true;
            }
            return simplePattern != null ? simplePattern.find(text) : matchers.get().reset(text).find();
        }

        private boolean isAllowed(JsonNode node) {
            for (JsonNode value : allowed) {
                if (value.isNumber() && node.isNumber() ? value.decimalValue().compareTo(node.decimalValue()) == 0 : value.equals(node)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isAllowedNumber(BigDecimal number) {
            for (JsonNode value : allowed) {
                if (value.isNumber() && value.decimalValue().compareTo(number) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What a rule says of one property: the rule its value keeps ({@code null} when only required), and its bit among
     * the required properties (0 when it is not required), found with one look-up per property read.
     */
    record Property(Rule rule, long requiredBit) {
    }

    private static Rule compileInto(JsonNode schema, Rule rule, Map<String, Rule> definitions) {
        if (!schema.isObject()) {
            throw new IllegalArgumentException("a schema must be an object: " + schema);
        }
        Iterator<Map.Entry<String, JsonNode>> keywords = schema.fields();
        while (keywords.hasNext()) {
            Map.Entry<String, JsonNode> keyword = keywords.next();
            JsonNode value = keyword.getValue();
            switch (keyword.getKey()) {
                case "type" -> {
                    List<String> types = list(value).stream().map(JsonNode::asText).toList();
                    for (String type : types) {
                        if (!TYPES.contains(type)) {
                            throw new IllegalArgumentException("unknown type " + type);
                        }
                        rule.types |= 1 << TYPES.indexOf(type);
                    }
                    rule.expected = types.size() == 1 ? types.get(0) : types.toString();
                }
                case "required" -> {
                    rule.required = list(value).stream().map(JsonNode::asText).toArray(String[]::new);
                    if (rule.required.length > 64) {
                        throw new IllegalArgumentException("more than 64 required properties are not supported");
                    }
                    for (int i = 0; i < rule.required.length; i++) {
                        long bit = 1L << i;
                        rule.properties.merge(rule.required[i], new Property(null, bit), (known, added) -> new Property(known.rule(), bit));
                    }
                }
                case "properties" -> value.fields().forEachRemaining(p -> {
                    Property property = new Property(compileInto(p.getValue(), new Rule(), definitions), 0);
                    rule.properties.merge(p.getKey(), property, (known, added) -> new Property(added.rule(), known.requiredBit()));
                });
                case "items" -> rule.items = compileInto(value, new Rule(), definitions);
                case "$ref" -> rule.reference = reference(value.asText(), definitions);
                case "const" -> allow(rule, List.of(value), ": must be the constant value '" + value.asText() + "'");
                case "enum" -> allow(rule, list(value), null);
                case "pattern" -> {
                    rule.regex = value.asText();
                    Pattern pattern = Pattern.compile(rule.regex);
                    rule.simplePattern = SimplePattern.of(rule.regex).orElse(null);
                    rule.matchers = rule.simplePattern != null ? null : ThreadLocal.withInitial(() -> pattern.matcher(""));
                }
                case "minLength" -> rule.minLength = value.intValue();
                case "maxLength" -> rule.maxLength = value.intValue();
                case "minimum" -> rule.minimum = value.decimalValue();
                case "maximum" -> rule.maximum = value.decimalValue();
                default -> {
                    if (!ANNOTATIONS.contains(keyword.getKey())) {
                        throw new IllegalArgumentException("keyword " + keyword.getKey() + " is not supported: check it in CompiledSchema first");
                    }
                }
            }
        }
        return rule;
    }

    private static Rule reference(String ref, Map<String, Rule> definitions) {
        String prefix = "#/$defs/";
        Rule definition = ref.startsWith(prefix) ? definitions.get(ref.substring(prefix.length())) : null;
        if (definition == null) {
            throw new IllegalArgumentException("only references to this schema's $defs are supported: " + ref);
        }
        return definition;
    }

    /** {@code const} or {@code enum}: a message of its own for {@code const}, else the list of values allowed. */
    private static void allow(Rule rule, List<JsonNode> values, String message) {
        if (values.stream().anyMatch(JsonNode::isContainerNode)) {
            throw new IllegalArgumentException("const and enum of objects or arrays are not supported: " + values);
        }
        rule.allowed = values.toArray(JsonNode[]::new);
        rule.allowedTexts = values.stream().filter(JsonNode::isTextual).map(JsonNode::textValue).collect(Collectors.toSet());
        rule.allowedLiterals = EnumSet.noneOf(JsonToken.class);
        values.stream().filter(v -> v.isNull() || v.isBoolean()).map(JsonNode::asToken).forEach(rule.allowedLiterals::add);
        rule.allowedMessage = message != null ? message
                : ": does not have a value in the enumeration " + values.stream().map(JsonNode::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    private static int typesOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING -> STRING;
            case NUMBER -> isInteger(node) ? INTEGER | NUMBER : NUMBER;
            case BOOLEAN -> BOOLEAN;
            case NULL -> NULL;
            default -> 0;
        };
    }

    private static boolean isInteger(JsonNode node) {
        return node.isIntegralNumber() || node.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}
