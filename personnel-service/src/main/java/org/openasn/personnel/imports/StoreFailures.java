package org.openasn.personnel.imports;

import org.jboss.logging.Logger;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Why a row, or an import, could not be stored, in the import's own words. The database errors an import can meet are
 * named (a NIP or unit recorded meanwhile by another import, a value too long for its field, a concurrent change); any
 * other gets a reference that is logged with the database's message. The database's text (SQL, constraints, columns,
 * values) never reaches the report.
 */
final class StoreFailures {

    private static final Logger LOG = Logger.getLogger(StoreFailures.class);

    private StoreFailures() {
    }

    /** The reason for the report; an unknown failure is logged with its reference. */
    static String reason(Throwable failure, UUID jobId) {
        SQLException sql = sqlCause(failure);
        String known = sql == null ? null : known(sql);
        if (known != null) {
            LOG.debugf(failure, "import %s: %s", jobId, known);
            return known;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "import %s: could not store, reference %s: %s", jobId, reference, sql == null ? failure : sql.getMessage());
        return "an unexpected error (reference " + reference + " for the administrators)";
    }

    private static String known(SQLException sql) {
        String state = String.valueOf(sql.getSQLState());
        return switch (state) {
            case "23505" -> duplicate(constraint(sql));
            case "22001" -> "a value is longer than its field allows";
            case "23502" -> "a required value is missing";
            case "23514" -> "a value is outside what its field allows";
            case "23503" -> "it refers to a unit or position that was removed meanwhile; import the file again";
            case "40001", "40P01" -> "it conflicted with a change made at the same time; import the file again";
            default -> null;
        };
    }

    private static String duplicate(String constraint) {
        if (constraint.startsWith("employee_nip")) {
            return "its NIP was recorded meanwhile (by another import or an appointment); import the file again to update the employee";
        }
        if (constraint.startsWith("unit")) {
            return "its unit was registered meanwhile (by another import); import the file again";
        }
        if (constraint.startsWith("position")) {
            return "its position was added meanwhile (by another import); import the file again";
        }
        return "it duplicates a record stored meanwhile; import the file again";
    }

    private static String constraint(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return server == null || server.getConstraint() == null ? "" : server.getConstraint();
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
