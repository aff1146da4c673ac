package org.openasn.personnel.siasn;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a SIASN "Export Data ASN" CSV one row at a time, in bounded memory, whatever the file's size.
 *
 * <p>The format, as real exports write it:
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark. Bytes that are not UTF-8 become U+FFFD and the row names the
 *       column ({@link SiasnRow#malformedColumns()}); no other encoding is guessed;</li>
 *   <li>the delimiter is ';' or ',': whichever occurs more often outside quotes in the header line (',' on a
 *       tie, as in RFC 4180);</li>
 *   <li>RFC 4180 quoting: a field that starts with '"' runs to the next lone '"', may contain delimiters and line
 *       breaks, and writes '"' as '""'. Leniently, a '"' inside an unquoted field, or text after a closing quote,
 *       is kept as text;</li>
 *   <li>lines end in CRLF, LF or CR, mixed freely; line breaks inside quotes are kept as they are;</li>
 *   <li>blank lines, and rows whose every field is blank (";;;;" that spreadsheets leave at the end), are
 *       skipped and do not count as rows;</li>
 *   <li>header names are normalised by {@link SiasnColumns#normalise(String)}; an empty header name is named
 *       "#n" after its 1-based position; two columns with the same normalised name are a
 *       {@link SiasnFormatException}, since either could hold the value.</li>
 * </ul>
 *
 * <p>A row with another number of fields than the header, or that the end of the file cuts inside quotes (a
 * truncated file), is still returned, with a {@linkplain SiasnRow#structuralProblems() structural problem}, so the
 * importer can report it by line. Memory stays bounded on broken files too: a field keeps at most
 * {@value #MAX_FIELD_CHARS} characters and a row at most four times the header's fields (the rest is counted,
 * not kept), so a stray quote early in a file yields one bad row, not an out-of-memory error.
 *
 * <p>Not thread-safe; one reader per file. Closing the reader closes the stream.
 */
public final class SiasnCsvReader implements Closeable, Iterable<SiasnRow> {

    /** The most characters kept of one field; longer fields are cut and the row gets a structural problem. */
    public static final int MAX_FIELD_CHARS = 1 << 16;

    private static final int MAX_HEADER_CHARS = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int EOF = Utf8Source.EOF;
    private static final int MALFORMED = Utf8Source.MALFORMED;

    private final Utf8Source source;
    private final char delimiter;
    private final List<String> headers;
    private final Map<String, Integer> index;
    private final int maxFields;

    private final StringBuilder field = new StringBuilder(128);
    private String[] fields;
    private boolean[] fieldMalformed;
    private int fieldCount;
    private boolean currentFieldMalformed;
    private boolean currentFieldQuoted;
    private boolean anyFieldQuoted;
    private boolean fieldTooLong;
    private long unterminatedQuoteLine;

    private long line = 1;
    private long recordStartLine;
    private long rowNumber;

    /**
     * Reads the header line.
     *
     * @param in the file's bytes; buffered internally, so a raw {@code FileInputStream} is fine
     * @throws SiasnFormatException if the file is empty, lacks a {@linkplain SiasnColumns#REQUIRED required}
     *                              column (the message lists every missing one and the delimiter detected), or has
     *                              two columns of the same name
     * @throws IOException          if the stream fails
     */
    public SiasnCsvReader(InputStream in) throws IOException {
        this.source = new Utf8Source(in, BUFFER_BYTES);
        Header header;
        try {
            header = readHeader();
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        this.delimiter = header.delimiter();
        this.headers = header.names();
        this.index = header.index();
        this.maxFields = Math.max(16, headers.size() * 4);
        this.fields = new String[headers.size() + 1];
        this.fieldMalformed = new boolean[fields.length];
    }

    /** The header line, read and checked. */
    private record Header(char delimiter, List<String> names, Map<String, Integer> index) {
    }

    private Header readHeader() throws IOException {
        String headerLine = readHeaderLine();
        if (headerLine == null) {
            throw new SiasnFormatException("the file is empty: a SIASN export starts with a header line",
                    SiasnColumns.REQUIRED, null);
        }
        char delimiter = detectDelimiter(headerLine);
        List<String> names = new ArrayList<>();
        for (String raw : splitHeader(headerLine, delimiter)) {
            String name = SiasnColumns.normalise(raw);
            names.add(name.isEmpty() ? "#" + (names.size() + 1) : name);
        }
        Map<String, Integer> positions = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (positions.putIfAbsent(names.get(i), i) != null && !duplicates.contains(names.get(i))) {
                duplicates.add(names.get(i));
            }
        }
        List<String> missing = SiasnColumns.REQUIRED.stream().filter(h -> !positions.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new SiasnFormatException("the file lacks " + missing.size() + " required column"
                    + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing) + " (delimiter '"
                    + delimiter + "' detected; the header has " + names.size() + " column"
                    + (names.size() == 1 ? "" : "s") + ")", missing, delimiter);
        }
        if (!duplicates.isEmpty()) {
            throw new SiasnFormatException("the header names a column twice: " + String.join(", ", duplicates)
                    + " (delimiter '" + delimiter + "' detected)", List.of(), delimiter);
        }
        return new Header(delimiter, List.copyOf(names), Collections.unmodifiableMap(positions));
    }

    /** @return the normalised header names, in file order */
    public List<String> headers() {
        return headers;
    }

    /** @return the delimiter detected from the header line: ';' or ',' */
    public char delimiter() {
        return delimiter;
    }

    /** @return the bytes of the file read so far, for progress and an ETA against the file's size */
    public long bytesRead() {
        return source.bytesConsumed();
    }

    /** @return the data rows returned so far */
    public long rowsRead() {
        return rowNumber;
    }

    /**
     * @return the next data row, or {@code null} at the end of the file
     * @throws IOException if the stream fails
     */
    public SiasnRow next() throws IOException {
        while (readRecord()) {
            if (isBlankRecord()) {
                continue;
            }
            rowNumber++;
            return toRow();
        }
        return null;
    }

    /** @return the remaining rows, read lazily; an {@link IOException} is rethrown as {@link UncheckedIOException} */
    public Stream<SiasnRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Iterates the remaining rows; an {@link IOException} is rethrown as {@link UncheckedIOException}. */
    @Override
    public Iterator<SiasnRow> iterator() {
        return new Iterator<>() {
            private SiasnRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = SiasnCsvReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public SiasnRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SiasnRow row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    // ---- header ---------------------------------------------------------------------------------------------

    /** Reads the first non-blank line, up to a line break outside quotes; {@code null} when there is none. */
    private String readHeaderLine() throws IOException {
        skipBlankLines();
        if (source.peek() == EOF) {
            return null;
        }
        StringBuilder header = new StringBuilder(1024);
        boolean inQuotes = false;
        while (true) {
            int c = source.read();
            if (c == EOF) {
                break;
            }
            if (c == '"') {
                inQuotes = !inQuotes; // a doubled quote toggles twice
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                endLine(c);
                break;
            } else if (c == '\n' || (c == '\r' && source.peek() != '\n')) {
                line++;
            }
            header.append(c == MALFORMED ? '\uFFFD' : (char) c);
            if (header.length() > MAX_HEADER_CHARS) {
                throw new SiasnFormatException("the first line is longer than " + MAX_HEADER_CHARS
                        + " characters: not the header of a SIASN export", SiasnColumns.REQUIRED, null);
            }
        }
        return header.toString();
    }

    private static char detectDelimiter(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean inQuotes = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == ';') {
                semicolons++;
            } else if (!inQuotes && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> splitHeader(String header, char delimiter) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < header.length() && header.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    name.append(c);
                }
            } else if (c == delimiter) {
                names.add(name.toString());
                name.setLength(0);
            } else if (c == '"' && name.length() == 0) {
                inQuotes = true;
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return names;
    }

    // ---- records --------------------------------------------------------------------------------------------

    private void skipBlankLines() throws IOException {
        while (true) {
            int c = source.peek();
            if (c != '\n' && c != '\r') {
                return;
            }
            source.read();
            endLine(c);
        }
    }

    /** After reading a line break c: consumes the LF of a CRLF and counts the line. */
    private void endLine(int c) throws IOException {
        if (c == '\r' && source.peek() == '\n') {
            source.read();
        }
        line++;
    }

    /**
     * Reads one record into {@link #fields}.
     *
     * @return false at the end of the file, when no record remains
     */
    private boolean readRecord() throws IOException {
        skipBlankLines();
        if (source.peek() == EOF) {
            return false;
        }
        recordStartLine = line;
        fieldCount = 0;
        anyFieldQuoted = false;
        fieldTooLong = false;
        unterminatedQuoteLine = 0;
        resetField();
        boolean inQuotes = false;
        long quoteOpenedOn = 0;
        while (true) {
            int c = source.read();
            if (inQuotes) {
                if (c == '"') {
                    if (source.peek() == '"') {
                        source.read();
                        append('"');
                    } else {
                        inQuotes = false;
                    }
                } else if (c == EOF) {
                    unterminatedQuoteLine = quoteOpenedOn;
                    endField();
                    return true;
                } else {
                    if (c == '\n' || (c == '\r' && source.peek() != '\n')) {
                        line++;
                    }
                    append(c);
                }
            } else if (c == delimiter) {
                endField();
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                endField();
                return true;
            } else if (c == EOF) {
                endField();
                return true;
            } else if (c == '"' && field.length() == 0 && !currentFieldQuoted) {
                inQuotes = true;
                currentFieldQuoted = true;
                anyFieldQuoted = true;
                quoteOpenedOn = line;
            } else {
                append(c);
            }
        }
    }

    private void append(int c) {
        if (c == MALFORMED) {
            currentFieldMalformed = true;
            c = '\uFFFD';
        }
        if (field.length() < MAX_FIELD_CHARS) {
            field.append((char) c);
        } else {
            fieldTooLong = true;
        }
    }

    private void endField() {
        if (fieldCount < maxFields) {
            if (fieldCount == fields.length) {
                int grown = Math.min(maxFields, fields.length * 2);
                fields = Arrays.copyOf(fields, grown);
                fieldMalformed = Arrays.copyOf(fieldMalformed, grown);
            }
            fields[fieldCount] = field.length() == 0 ? "" : field.toString();
            fieldMalformed[fieldCount] = currentFieldMalformed;
        }
        fieldCount++;
        resetField();
    }

    private void resetField() {
        field.setLength(0);
        currentFieldMalformed = false;
        currentFieldQuoted = false;
    }

    private boolean isBlankRecord() {
        if (anyFieldQuoted || unterminatedQuoteLine != 0) {
            return false;
        }
        int kept = Math.min(fieldCount, maxFields);
        for (int i = 0; i < kept; i++) {
            String value = fields[i];
            for (int j = 0; j < value.length(); j++) {
                if (!SiasnColumns.isBlank(value.charAt(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private SiasnRow toRow() {
        int columns = headers.size();
        boolean wellFormed = unterminatedQuoteLine == 0 && fieldCount == columns && !fieldTooLong;
        List<String> problems = wellFormed ? List.of() : new ArrayList<>(2);
        if (unterminatedQuoteLine != 0) {
            problems.add("the file ends inside the quoted field opened on line " + unterminatedQuoteLine
                    + ": the file is truncated or a quote is unbalanced");
        }
        if (fieldCount != columns) {
            problems.add("the row has " + fieldCount + " field" + (fieldCount == 1 ? "" : "s") + ", the header "
                    + columns + (fieldCount > columns
                    ? ": a value holds an unquoted '" + delimiter + "', or the row has extra fields"
                    : ": the row is cut short or values are missing"));
        }
        if (fieldTooLong) {
            problems.add("a field is longer than " + MAX_FIELD_CHARS + " characters and was cut");
        }
        String[] values = new String[columns];
        int kept = Math.min(Math.min(fieldCount, maxFields), columns);
        System.arraycopy(fields, 0, values, 0, kept);
        Arrays.fill(values, kept, columns, "");
        List<String> malformed = List.of();
        for (int i = 0; i < kept; i++) {
            if (fieldMalformed[i]) {
                if (malformed.isEmpty()) {
                    malformed = new ArrayList<>(2);
                }
                malformed.add(headers.get(i));
            }
        }
        return new SiasnRow(rowNumber, recordStartLine, new RowValues(index, headers, values), problems, malformed);
    }
}
