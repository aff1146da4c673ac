package org.openasn.personnel.siasn;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a SIASN export, as text.
 *
 * @param rowNumber          1-based number of the data row: the header and skipped blank lines are not counted
 * @param lineNumber         the physical line (1-based, header included) on which the row starts; a row with a
 *                           quoted line break spans several lines
 * @param values             the fields by normalised header name, in file order, exactly as read (not stripped);
 *                           every header of the file is a key, with "" for a field a short row lacks. Columns this
 *                           package does not know are kept too
 * @param structuralProblems why the row cannot be read reliably: another number of fields than the header, an
 *                           unterminated quote at the end of the file, an oversized field. A row with a problem must
 *                           not be interpreted: its values may be shifted
 * @param malformedColumns   the columns whose bytes were not valid UTF-8 (or NUL); the bad bytes were replaced by U+FFFD
 */
public record SiasnRow(long rowNumber, long lineNumber, Map<String, String> values, List<String> structuralProblems,
                       List<String> malformedColumns) {

    /** Copies the lists; {@code values} is kept as given (the reader passes an unmodifiable view). */
    public SiasnRow {
        Objects.requireNonNull(values, "values");
        structuralProblems = List.copyOf(structuralProblems);
        malformedColumns = List.copyOf(malformedColumns);
    }

    /** A row without encoding problems. */
    public SiasnRow(long rowNumber, long lineNumber, Map<String, String> values, List<String> structuralProblems) {
        this(rowNumber, lineNumber, values, structuralProblems, List.of());
    }

    /** @return whether the row has the header's shape and can be interpreted */
    public boolean isWellFormed() {
        return structuralProblems.isEmpty();
    }

    /** @return whether the file has this column (normalised name), whatever this row holds in it */
    public boolean hasColumn(String column) {
        return values.containsKey(column);
    }

    /**
     * @param column a normalised header name
     * @return the value without surrounding whitespace (non-breaking spaces included), or {@code null} when the
     *         file lacks the column or the field is blank
     */
    public String text(String column) {
        String raw = values.get(column);
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && SiasnColumns.isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && SiasnColumns.isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }
}
