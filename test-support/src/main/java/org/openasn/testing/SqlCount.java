package org.openasn.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a test reads straight from the service's database: the one number a {@code SELECT count(*) ...} gives. */
public final class SqlCount {

    private SqlCount() {
    }

    /** The first column of the first row of {@code sql}, run on a connection of {@code dataSource}. */
    public static long of(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
