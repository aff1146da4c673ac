package org.openasn.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SimplePattern} answers as {@code java.util.regex} does, for every pattern of the contract and texts near their values. */
class SimplePatternTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldMatchWhatJavaRegexMatchesForEveryPatternOfTheContract() throws Exception {
        Set<String> patterns = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        for (Path schema : files("/schemas")) {
            collect(MAPPER.readTree(Files.readString(schema)), patterns, new LinkedHashSet<>());
        }
        for (Path sample : files("/samples")) {
            collect(MAPPER.readTree(Files.readString(sample)), new LinkedHashSet<>(), values);
        }
        List<String> texts = near(values);
        int simple = 0;
        for (String regex : patterns) {
            Pattern pattern = Pattern.compile(regex);
            SimplePattern compiled = SimplePattern.of(regex).orElse(null);
            if (compiled == null) {
                continue;
            }
            simple++;
            int matched = 0;
            for (String text : texts) {
                boolean expected = pattern.matcher(text).find();
                assertEquals(expected, compiled.find(text), () -> regex + " on '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
                matched += expected ? 1 : 0;
            }
            assertTrue(matched > 0, regex + " matched none of the texts: the comparison says little");
        }
        assertTrue(simple >= patterns.size() - 2, simple + " of " + patterns.size() + " patterns are simple: " + patterns);
    }

    @Test
    void shouldLeaveOtherShapesToJavaRegex() {
        for (String regex : List.of("[0-9]{2}", "^(I|II)$", "^[^a]$", "^.{3}$", "^x{2,}$", "^\\d{2}$", "^a?b*$", "^[a-z]+[a-z0-9]$", "^[0-9]+-?$")) {
            assertFalse(SimplePattern.of(regex).isPresent(), regex);
        }
        for (String regex : List.of("^[a-z]+\\.[0-9]{2,3}$", "^[0-9]{4}-", "^asn\\.[a-z]+\\.[a-z0-9-]+\\.v[0-9]+$", "^[A-Z_]{3,30}$", "^a?$")) {
            assertTrue(SimplePattern.of(regex).isPresent(), regex);
        }
    }

    @Test
    void shouldTreatTheEndAsJavaRegexDoesBeforeAFinalLineTerminator() {
        SimplePattern twoDigits = SimplePattern.of("^[0-9]{2}$").orElseThrow();
        Pattern reference = Pattern.compile("^[0-9]{2}$");
        for (String text : List.of("12", "12\n", "12\r\n", "12\r", "12\u2028", "12\u0085", "12\n\n", "12\r\r", "12 ", "1", "123", "\n12")) {
            assertEquals(reference.matcher(text).find(), twoDigits.find(text), text);
        }
    }

    /** The values, and each of them altered one character at a time, cut, doubled and with line terminators or spaces around. */
    private static List<String> near(Set<String> values) {
        List<String> texts = new ArrayList<>(List.of("", "\n", " ", "é", "\ud83d\ude00"));
        String replacements = "0a9zAZ-_./:Té\n\ud83d";
        for (String value : values) {
            texts.add(value);
            for (String around : List.of("\n", "\r\n", "\r", "\u2029", " ", "x")) {
                texts.add(value + around);
                texts.add(around + value);
            }
            texts.add(value + value);
            for (int i = 0; i < value.length(); i++) {
                texts.add(value.substring(0, i) + value.substring(i + 1));
                texts.add(value.substring(0, i));
                for (char c : replacements.toCharArray()) {
                    texts.add(value.substring(0, i) + c + value.substring(i + 1));
                    texts.add(value.substring(0, i) + c + value.substring(i));
                }
            }
        }
        return texts;
    }

    private static void collect(JsonNode node, Set<String> patterns, Set<String> strings) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                patterns.add(field.getValue().textValue());
            }
        });
        if (node.isTextual() && node.textValue().length() < 80) {
            strings.add(node.textValue());
        }
        node.forEach(child -> collect(child, patterns, strings));
    }

    private static List<Path> files(String resource) throws IOException, URISyntaxException {
        try (Stream<Path> walk = Files.walk(Path.of(SimplePatternTest.class.getResource(resource).toURI()))) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
