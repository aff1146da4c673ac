package org.openasn.reporting.profile;

import org.openasn.reference.unit.JenisUnit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The title rows of Table 3.13 and the rule that puts an eselon post in one, read from {@code post-titles.tsv} beside
 * this class (data, not code: see its header): per section (kind of SKPD), rows matched by the leading words of the
 * position's name, the longest match winning, optionally only for posts in units of some types. A named post that fits
 * no row of its section is in {@value #OTHER}; a post without a name is not recorded.
 */
public final class PostTitles {

    /** The row of named posts that fit no title. */
    public static final String OTHER = "LAINNYA";

    private record Rule(String row, Set<String> unitTypes, String words) {
    }

    private static final Map<String, List<Bin>> BINS = new LinkedHashMap<>();
    private static final Map<String, List<Rule>> RULES = new LinkedHashMap<>();

    static {
        for (String[] f : rows()) {
            String section = JenisUnit.parse(f[0]).name();
            List<Bin> bins = BINS.computeIfAbsent(section, s -> new ArrayList<>());
            if (bins.stream().noneMatch(b -> b.key().equals(f[2]))) {
                bins.add(Bin.of(f[2], f[2]));
            }
            Set<String> types = f[1].equals("*") ? Set.of() : Set.of(f[1].split(","));
            types.forEach(JenisUnit::parse);
            for (String words : f[3].split("\\|")) {
                RULES.computeIfAbsent(section, s -> new ArrayList<>()).add(new Rule(f[2], types, normalise(words)));
            }
        }
        BINS.values().forEach(bins -> bins.add(Bin.optional(OTHER, OTHER)));
    }

    private PostTitles() {
    }

    /** The rows of a section (a {@link JenisUnit} name) in print order, {@value #OTHER} last; none for an unknown section. */
    public static List<Bin> bins(String section) {
        return BINS.getOrDefault(section, List.of());
    }

    /**
     * The row of a post: the title whose leading words are the longest start of {@code jabatanName} among the rules of
     * {@code section} that apply to a unit of type {@code unitType}; {@value #OTHER} when none does; {@code null} when the
     * name is not recorded.
     */
    public static String rowOf(String section, String unitType, String jabatanName) {
        if (jabatanName == null || jabatanName.isBlank()) {
            return null;
        }
        String name = normalise(jabatanName);
        Rule best = null;
        for (Rule rule : RULES.getOrDefault(section, List.of())) {
            boolean applies = rule.unitTypes().isEmpty() || rule.unitTypes().contains(unitType);
            boolean starts = name.equals(rule.words()) || name.startsWith(rule.words() + " ");
            if (applies && starts && (best == null || rule.words().length() > best.words().length())) {
                best = rule;
            }
        }
        return best == null ? OTHER : best.row();
    }

    static String normalise(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PostTitles.class.getResourceAsStream("post-titles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource post-titles.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length != 4) {
                        throw new IllegalStateException("post-titles.tsv: expected 4 tab-separated fields in: " + line);
                    }
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
