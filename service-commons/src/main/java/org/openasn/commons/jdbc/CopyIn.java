package org.openasn.commons.jdbc;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows for PostgreSQL {@code COPY table (columns) FROM STDIN} (text format), sent on the connection of the
 * current transaction: set-based writes of many rows at once, committed or rolled back with everything else the
 * transaction does. Constraints and defaults apply as for {@code INSERT}; a violated one fails the whole COPY.
 * Values: {@code null} is NULL; anything else is written as {@code toString()} writes it ({@code Instant} as ISO-8601,
 * {@code LocalDate} as yyyy-MM-dd), escaped for the text format.
 */
public final class CopyIn {

    private static final long YEAR_1000 = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long YEAR_10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private final String table;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private long rows;

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
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public long rows() {
        return rows;
    }

    /** Sends the rows (nothing when there are none) and returns how many PostgreSQL stored. */
    public long execute(EntityManager em) {
        if (rows == 0) {
            return 0;
        }
        em.flush();
        return em.unwrap(Session.class).doReturningWork(this::execute);
    }

    /** Sends the rows on {@code connection} (nothing when there are none) and returns how many PostgreSQL stored. */
    public long execute(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        rows = 0;
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(Object value) {
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
        if (instant.getEpochSecond() < YEAR_1000 || instant.getEpochSecond() >= YEAR_10000) {
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

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
