package org.openasn.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A schema {@code pattern} of the simple shape most of the contract's have ({@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}$},
 * {@code ^[a-z][a-z-]{2,40}$}): anchored at the start, a sequence of ASCII literals and ASCII character classes, each
 * with an optional count ({@code {n}}, {@code {n,m}}, {@code +}, {@code *}, {@code ?}), and an optional {@code $}.
 * Matched by walking the text once, several times faster than {@link java.util.regex} and with the same answer
 * (including {@code $} before a final line terminator), which {@code SimplePatternTest} checks against it. A pattern
 * of any other shape (groups, alternatives, {@code .}, negated or escaped classes), or one a single greedy walk could
 * get wrong (a repeated element that can also match what follows it), is not simple: {@link #of} gives nothing and the
 * schema uses {@code java.util.regex}.
 */
final class SimplePattern {

    /**
     * One element: the ASCII characters it matches, as the bits of {@code low} (characters 0–63) and {@code high}
     * (64–127), and how many times (at least, at most).
     */
    private record Element(long low, long high, int min, int max) {
        Element(BitSet chars, int min, int max) {
            this(word(chars, 0), word(chars, 64), min, max);
        }

        /** The 64 bits of {@code chars} from {@code from}. */
        private static long word(BitSet chars, int from) {
            long[] words = chars.get(from, from + 64).toLongArray();
            return words.length == 0 ? 0 : words[0];
        }

        boolean matches(char c) {
            return c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0;
        }

        boolean overlaps(Element other) {
            return (low & other.low) != 0 || (high & other.high) != 0;
        }
    }

    private final Element[] elements;
    private final boolean toEnd;

    private SimplePattern(Element[] elements, boolean toEnd) {
        this.elements = elements;
        this.toEnd = toEnd;
    }

    /** The pattern, if it is of the simple shape. */
    static Optional<SimplePattern> of(String regex) {
        if (!regex.startsWith("^")) {
            return Optional.empty();
        }
        List<Element> elements = new ArrayList<>();
        int i = 1;
        int end = regex.length();
        boolean toEnd = regex.endsWith("$") && !regex.endsWith("\\$");
        if (toEnd) {
            end--;
        }
        while (i < end) {
            BitSet chars = new BitSet(128);
            char c = regex.charAt(i);
            if (c == '[') {
                int close = regex.indexOf(']', i + 1);
                if (close < 0 || !parseClass(regex.substring(i + 1, close), chars)) {
                    return Optional.empty();
                }
                i = close + 1;
            } else if (c == '\\' && i + 1 < end && isEscapedPunctuation(regex.charAt(i + 1))) {
                chars.set(regex.charAt(i + 1));
                i += 2;
            } else if (isPlainLiteral(c)) {
                chars.set(c);
                i++;
            } else {
                return Optional.empty();
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = regex.charAt(i);
                if (q == '+' || q == '*' || q == '?') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : Integer.MAX_VALUE;
                    i++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return Optional.empty();
                    }
                    String[] bounds = regex.substring(i + 1, close).split(",", -1);
                    try {
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length == 1 ? min : Integer.parseInt(bounds[1]);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    if (bounds.length > 2 || max < min) {
                        return Optional.empty();
                    }
                    i = close + 1;
                }
            }
            elements.add(new Element(chars, min, max));
        }
        // a greedy walk is right only if no element that may repeat can also take what must come after it
        for (int e = 0; e < elements.size(); e++) {
            Element element = elements.get(e);
            if (element.min() != element.max()) {
                if (e + 1 < elements.size()) {
                    Element next = elements.get(e + 1);
                    if (next.min() == 0 || next.overlaps(element)) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(new SimplePattern(elements.toArray(Element[]::new), toEnd));
    }

    /** Whether {@code text} matches, as {@code Pattern.compile(regex).matcher(text).find()} would say. */
    boolean find(String text) {
        int at = 0;
        int length = text.length();
        for (Element element : elements) {
            int count = 0;
            while (count < element.max() && at < length && element.matches(text.charAt(at))) {
                at++;
                count++;
            }
            if (count < element.min()) {
                return false;
            }
        }
        return !toEnd || at == length || isFinalLineTerminator(text, at);
    }

    /** {@code $} without MULTILINE also matches before a line terminator that ends the input. */
    private static boolean isFinalLineTerminator(String text, int at) {
        String rest = text.substring(at);
        return rest.equals("\n") || rest.equals("\r") || rest.equals("\r\n") || rest.equals("\u0085") || rest.equals("\u2028") || rest.equals("\u2029");
    }

    /** The inside of {@code [...]}: ASCII letters, digits, ranges of them, and {@code -}, {@code _}, {@code /} as themselves. */
    private static boolean parseClass(String inside, BitSet chars) {
        if (inside.isEmpty() || inside.startsWith("^")) {
            return false;
        }
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (!isPlainLiteral(c)) {
                return false;
            }
            if (i + 2 < inside.length() && inside.charAt(i + 1) == '-' && Character.isLetterOrDigit(c)) {
                char to = inside.charAt(i + 2);
                if (!Character.isLetterOrDigit(to) || !isPlainLiteral(to) || to < c) {
                    return false;
                }
                chars.set(c, to + 1);
                i += 2;
            } else {
                chars.set(c);
            }
        }
        return true;
    }

    private static boolean isPlainLiteral(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '/' || c == ':';
    }

    private static boolean isEscapedPunctuation(char c) {
        return c == '.' || c == '-' || c == '/' || c == '+' || c == '*' || c == '?' || c == '$' || c == '^' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '\\';
    }
}
