package org.openasn.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One of the contract's JSON Schemas (draft 2020-12), compiled once into checks over a Jackson tree: every event read
 * is checked by it, so it costs a few map look-ups and regular expressions per field instead of a general validator's
 * walk of the schema. It knows the keywords the contract's schemas use and refuses to compile a schema with any other
 * one, so a constraint added to a schema is never silently ignored: {@code type}, {@code required},
 * {@code properties}, {@code items}, {@code $ref} (to {@code #/$defs/…}), {@code const}, {@code enum},
 * {@code pattern} (found anywhere in the string, as the standard says), {@code minLength} and {@code maxLength}
 * (in code points), {@code minimum} and {@code maximum}. {@code format} is an annotation in draft 2020-12 and is
 * not asserted here either: dates, times and UUIDs are checked when the data is bound to its record. The messages
 * read as those of the general validator the contract used before ({@code $.path: what is wrong}).
 */
final class CompiledSchema {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "format");

    /** A check of one node at one place; adds what is wrong to {@code errors}. */
    private interface Check {
        void check(JsonNode node, Place place, List<String> errors);
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

    private final Check root;

    private CompiledSchema(Check root) {
        this.root = root;
    }

    static CompiledSchema compile(JsonNode schema) {
        Map<String, Check> definitions = new HashMap<>();
        Compiler compiler = new Compiler(schema, definitions);
        // all compiled before anything is checked: afterwards the map is only read, from any thread
        schema.path("$defs").fields().forEachRemaining(d -> definitions.put(d.getKey(), compiler.compile(d.getValue())));
        return new CompiledSchema(compiler.compile(schema));
    }

    /** What is wrong with {@code node}, one message per violation; empty when it is valid. */
    List<String> validate(JsonNode node) {
        List<String> errors = new ArrayList<>(0);
        root.check(node, Place.ROOT, errors);
        return errors;
    }

    private record Compiler(JsonNode document, Map<String, Check> definitions) {

        Check compile(JsonNode schema) {
            if (!schema.isObject()) {
                throw new IllegalArgumentException("a schema must be an object: " + schema);
            }
            List<Check> checks = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> keywords = schema.fields();
            while (keywords.hasNext()) {
                Map.Entry<String, JsonNode> keyword = keywords.next();
                JsonNode value = keyword.getValue();
                switch (keyword.getKey()) {
                    case "type" -> checks.add(type(value));
                    case "required" -> checks.add(required(value));
                    case "properties" -> checks.add(properties(value));
                    case "items" -> checks.add(items(compile(value)));
                    case "$ref" -> checks.add(reference(value.asText()));
                    case "const" -> checks.add(oneOf(List.of(value), (path, allowed) -> path + ": must be the constant value '" + value.asText() + "'"));
                    case "enum" -> checks.add(oneOf(list(value), (path, allowed) -> path + ": does not have a value in the enumeration " + allowed));
                    case "pattern" -> checks.add(pattern(value.asText()));
                    case "minLength" -> checks.add(length(value.intValue(), true));
                    case "maxLength" -> checks.add(length(value.intValue(), false));
                    case "minimum" -> checks.add(bound(value.decimalValue(), true));
                    case "maximum" -> checks.add(bound(value.decimalValue(), false));
                    default -> {
                        if (!ANNOTATIONS.contains(keyword.getKey())) {
                            throw new IllegalArgumentException("keyword " + keyword.getKey() + " is not supported: check it in CompiledSchema first");
                        }
                    }
                }
            }
            Check[] all = checks.toArray(Check[]::new);
            return all.length == 1 ? all[0] : (node, place, errors) -> {
                for (Check check : all) {
                    check.check(node, place, errors);
                }
            };
        }

        private Check reference(String ref) {
            String prefix = "#/$defs/";
            if (!ref.startsWith(prefix) || !document.path("$defs").has(ref.substring(prefix.length()))) {
                throw new IllegalArgumentException("only references to this schema's $defs are supported: " + ref);
            }
            String name = ref.substring(prefix.length());
            // looked up when checking, so that definitions may refer to each other in any order
            return (node, place, errors) -> definitions.get(name).check(node, place, errors);
        }

        private Check type(JsonNode value) {
            List<String> types = list(value).stream().map(JsonNode::asText).toList();
            types.forEach(CompiledSchema::checkKnownType);
            String expected = types.size() == 1 ? types.get(0) : types.toString();
            return (node, place, errors) -> {
                for (String type : types) {
                    if (is(node, type)) {
                        return;
                    }
                }
                errors.add(place + ": " + typeOf(node) + " found, " + expected + " expected");
            };
        }

        private static Check required(JsonNode value) {
            String[] names = list(value).stream().map(JsonNode::asText).toArray(String[]::new);
            return (node, place, errors) -> {
                if (node.isObject()) {
                    for (String name : names) {
                        if (!node.has(name)) {
                            errors.add(place + ": required property '" + name + "' not found");
                        }
                    }
                }
            };
        }

        private Check properties(JsonNode value) {
            Map<String, Check> properties = new LinkedHashMap<>();
            value.fields().forEachRemaining(p -> properties.put(p.getKey(), compile(p.getValue())));
            return (node, place, errors) -> {
                if (node.isObject()) {
                    properties.forEach((name, check) -> {
                        JsonNode property = node.get(name);
                        if (property != null) {
                            check.check(property, new Place(place, name, -1), errors);
                        }
                    });
                }
            };
        }

        private static Check items(Check item) {
            return (node, place, errors) -> {
                if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        item.check(node.get(i), new Place(place, null, i), errors);
                    }
                }
            };
        }

        private interface Message {
            String of(String path, String allowed);
        }

        private static Check oneOf(List<JsonNode> values, Message message) {
            String allowed = values.stream().map(JsonNode::toString).collect(Collectors.joining(", ", "[", "]"));
            return (node, place, errors) -> {
                for (JsonNode value : values) {
                    if (same(value, node)) {
                        return;
                    }
                }
                errors.add(message.of(place.toString(), allowed));
            };
        }

        private static Check pattern(String regex) {
            Pattern pattern = Pattern.compile(regex);
            ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> pattern.matcher("")); // a matcher is reused, not made per value
            return (node, place, errors) -> {
                if (node.isTextual() && !matchers.get().reset(node.textValue()).find()) {
                    errors.add(place + ": does not match the regex pattern " + regex);
                }
            };
        }

        private static Check length(int limit, boolean atLeast) {
            return (node, place, errors) -> {
                if (node.isTextual()) {
                    String text = node.textValue();
                    int length = text.codePointCount(0, text.length());
                    if (atLeast && length < limit) {
                        errors.add(place + ": must be at least " + limit + " characters long");
                    } else if (!atLeast && length > limit) {
                        errors.add(place + ": must be at most " + limit + " characters long");
                    }
                }
            };
        }

        private static Check bound(BigDecimal limit, boolean atLeast) {
            return (node, place, errors) -> {
                if (node.isNumber()) {
                    int comparison = node.decimalValue().compareTo(limit);
                    if (atLeast && comparison < 0) {
                        errors.add(place + ": must have a minimum value of " + limit.toPlainString());
                    } else if (!atLeast && comparison > 0) {
                        errors.add(place + ": must have a maximum value of " + limit.toPlainString());
                    }
                }
            };
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
    }

    private static void checkKnownType(String type) {
        if (!Set.of("object", "array", "string", "integer", "number", "boolean", "null").contains(type)) {
            throw new IllegalArgumentException("unknown type " + type);
        }
    }

    private static boolean is(JsonNode node, String type) {
        return switch (type) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "integer" -> isInteger(node);
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "null" -> node.isNull();
            default -> false;
        };
    }

    private static boolean isInteger(JsonNode node) {
        return node.isIntegralNumber() || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
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

    /** JSON equality: numbers by value, the rest as Jackson compares them. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
