package org.openasn.commons.jdbc;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows for PostgreSQL {@code COPY table (columns) FROM STDIN}, sent on the connection of the current transaction:
 * set-based writes of many rows at once, committed or rolled back with everything else the transaction does.
 * Constraints and defaults apply as for {@code INSERT}; a violated one fails the whole COPY. Values: {@code null} is
 * NULL; anything else is stored as PostgreSQL reads it from the text {@code toString()} writes ({@code Instant} as
 * ISO-8601, {@code LocalDate} as yyyy-MM-dd). The rows go in the binary format when each value has a binary form for
 * its column's type that gives the same ({@link BinaryRows}: PostgreSQL then parses nothing), else in the text format,
 * escaped. Not thread-safe.
 */
public final class CopyIn {

    private static final long YEAR_1000 = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long YEAR_10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    /** The types (OIDs) of a table's columns, by {@code table(columns)}; the schema does not change while a service runs. */
    private static final Map<String, int[]> COLUMN_TYPES = new ConcurrentHashMap<>();

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private boolean sentInBinary;

    private CopyIn(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    public static CopyIn into(String table, String... columns) {
        return new CopyIn(table, List.of(columns));
    }

    /** Adds a row: one value per column, in the columns' order. */
    public CopyIn row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    public long rows() {
        return rows.size();
    }

    /** Whether the rows sent last went in the binary format. */
    public boolean sentInBinary() {
        return sentInBinary;
    }

    /** Sends the rows (nothing when there are none) and returns how many PostgreSQL stored. */
    public long execute(EntityManager em) {
        if (rows.isEmpty()) {
            return 0;
        }
        em.flush();
        return em.unwrap(Session.class).doReturningWork(this::execute);
    }

    /** Sends the rows on {@code connection} (nothing when there are none) and returns how many PostgreSQL stored. */
    public long execute(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        InputStream data = BinaryRows.encode(rows, columnTypes(connection));
        sentInBinary = data != null;
        if (sentInBinary) {
            sql += " (FORMAT binary)";
        } else {
            data = new ByteArrayInputStream(text());
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rows.clear();
        }
    }

    /** The OIDs of the columns' types, 0 for a column the table does not have (the COPY then says so). */
    private int[] columnTypes(Connection connection) throws SQLException {
        String key = table + columns;
        int[] known = COLUMN_TYPES.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Integer> byName = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    byName.put(result.getString(1), result.getInt(2));
                }
            }
        }
        int[] types = columns.stream().mapToInt(column -> byName.getOrDefault(column, 0)).toArray();
        COLUMN_TYPES.put(key, types);
        return types;
    }

    /** The rows in the text format. */
    private byte[] text() {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Instant instant && appendInstant(text, instant)) {
            return;
        }
        String s = value.toString();
        int plain = 0;
        while (plain < s.length() && !special(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            text.append(s);
            return;
        }
        text.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /**
     * Appends {@code instant} as {@link Instant#toString()} writes it ({@code 2026-01-05T02:30:00Z}, a fraction in groups
     * of three digits when there is one) for years 1000 to 9999, digit by digit: the general formatter it uses costs as
     * much as the rest of a row. Returns false, having appended nothing, for any other year.
     */
    static boolean appendInstant(StringBuilder text, Instant instant) {
        if (!ofFourDigitYear(instant)) {
            return false;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        text.append(t.getYear()).append('-');
        twoDigits(text, t.getMonthValue()).append('-');
        twoDigits(text, t.getDayOfMonth()).append('T');
        twoDigits(text, t.getHour()).append(':');
        twoDigits(text, t.getMinute()).append(':');
        twoDigits(text, t.getSecond());
        int nano = t.getNano();
        if (nano != 0) {
            int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            int value = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1_000 : nano;
            String fraction = Integer.toString(value);
            text.append('.');
            for (int i = fraction.length(); i < digits; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        text.append('Z');
        return true;
    }

    /** Whether {@code instant} is of the years 1000 to 9999, which {@link #appendInstant} writes and PostgreSQL reads as written. */
    static boolean ofFourDigitYear(Instant instant) {
        return instant.getEpochSecond() >= YEAR_1000 && instant.getEpochSecond() < YEAR_10000;
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
