package org.openasn.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openasn.commons.jdbc.CopyIn;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * service-commons' {@code CopyIn} against the real database: rows it sends in the binary format are stored exactly as
 * PostgreSQL stores the text of the same values (decision 27), and rows with a value that has no binary form go as text.
 * Each row carries every value twice, typed and as its text, and PostgreSQL compares the two.
 */
@QuarkusTest
class CopyInFormatsTest {

    private static final String COLUMNS = "b boolean, s smallint, i integer, l bigint, t text, v varchar(40), c char(3), j jsonb, u uuid, d date, "
            + "ts timestamptz, b_text text, s_text text, i_text text, l_text text, j_text text, u_text text, d_text text, ts_text text";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldStoreInBinaryWhatPostgresqlMakesOfTheText() throws SQLException {
        Random random = new Random(20261127);
        try (Connection connection = dataSource.getConnection()) {
            String table = create(connection);
            CopyIn copy = CopyIn.into(table, "b", "s", "i", "l", "t", "v", "c", "j", "u", "d", "ts", "b_text", "s_text", "i_text", "l_text", "j_text",
                    "u_text", "d_text", "ts_text");
            for (int row = 0; row < 20_000; row++) {
                boolean b = random.nextBoolean();
                short s = (short) random.nextInt();
                int i = random.nextInt();
                long l = random.nextLong();
                String j = "{\"k\": [" + random.nextInt(100) + ", \"é\\n\"], \"a\": null}";
                UUID u = UUID.randomUUID();
                LocalDate d = LocalDate.ofEpochDay(LocalDate.of(1, 1, 1).toEpochDay() + random.nextInt(3_650_000));
                Instant ts = instant(random, row);
                copy.row(row % 7 == 0 ? null : b, (int) s, i, l, "tab\there, new\nline, back\\slash, ✓ " + row, "v" + row, "abc", j, u, d, ts,
                        Boolean.toString(b), Short.toString(s), Integer.toString(i), Long.toString(l), j, u.toString(), d.toString(), ts.toString());
            }
            assertEquals(20_000, copy.execute(connection));
            assertTrue(copy.sentInBinary(), "every value has a binary form");
            assertEquals(0, count(connection, "SELECT count(*) FROM " + table + " WHERE (b IS NOT NULL AND b <> b_text::boolean) OR s <> s_text::smallint "
                    + "OR i <> i_text::integer OR l <> l_text::bigint OR j <> j_text::jsonb OR u <> u_text::uuid OR d <> d_text::date "
                    + "OR ts <> ts_text::timestamptz OR NOT starts_with(t, 'tab\there, new\nline, back\\slash, ✓ ') OR c <> 'abc'"));
            assertEquals(20_000 / 7 + 1, count(connection, "SELECT count(*) FROM " + table + " WHERE b IS NULL"));
        }
    }

    @Test
    void shouldSendAsTextRowsWithAValueThatHasNoBinaryForm() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String table = create(connection);
            CopyIn copy = CopyIn.into(table, "i", "u", "t", "ts");
            copy.row(1, UUID.randomUUID(), "plain", Instant.parse("2026-11-27T01:02:03.0000005Z"));
            copy.row("2", "3F2B8C1E-7A4D-4E4B-9C61-2A9D0F6E1B35", new BigDecimal("1.50"), Instant.parse("2026-11-27T01:02:04Z")); // text of other types
            assertEquals(2, copy.execute(connection));
            assertFalse(copy.sentInBinary());
            assertEquals(1, count(connection, "SELECT count(*) FROM " + table + " WHERE i = 2 AND u = '3f2b8c1e-7a4d-4e4b-9c61-2a9d0f6e1b35' AND t = '1.50'"));
            assertEquals(1, count(connection, "SELECT count(*) FROM " + table + " WHERE ts = '2026-11-27T01:02:03.000000Z'"),
                    "half a microsecond is rounded to even, as from text");
        }
    }

    @Test
    void shouldStoreValuesLargerThanTheChunksTheRowsAreEncodedIn() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String table = create(connection);
            CopyIn copy = CopyIn.into(table, "i", "t", "j");
            String ascii = "a".repeat(150_000) + "z";
            String accented = "é".repeat(90_000) + "✓";
            String json = "{\"k\": \"" + "ü".repeat(70_000) + "\"}";
            for (int row = 0; row < 3_000; row++) {
                copy.row(row, row == 1_000 ? ascii : row == 2_000 ? accented : "row " + row, row == 2_500 ? json : "{}");
            }
            assertEquals(3_000, copy.execute(connection));
            assertTrue(copy.sentInBinary());
            assertEquals(3_000, count(connection, "SELECT count(*) FROM " + table + " WHERE t = CASE i WHEN 1000 THEN repeat('a', 150000) || 'z' "
                    + "WHEN 2000 THEN repeat('é', 90000) || '✓' ELSE 'row ' || i END AND j = CASE i WHEN 2500 THEN jsonb_build_object('k', repeat('ü', 70000)) "
                    + "ELSE '{}'::jsonb END"));
        }
    }

    /** Instants of the years 1000 to 9999, many with a fraction that ends in exactly half a microsecond. */
    private static Instant instant(Random random, int row) {
        long from = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long second = from + (long) (random.nextDouble() * (to - from));
        int nano = switch (row % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000_000) * 1_000 + 500;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(second, nano);
    }

    private static String create(Connection connection) throws SQLException {
        String table = "copy_formats_" + UUID.randomUUID().toString().replace("-", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE " + table + " (" + COLUMNS + ")");
        }
        return table;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
