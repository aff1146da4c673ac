package org.openasn.personnel.siasn;

import java.util.Objects;

/**
 * A problem found in one row of a SIASN export. An {@link Severity#ERROR} refuses the row: no employee is imported
 * from it. A {@link Severity#WARNING} accompanies an imported employee: the value was kept as the file has it, or
 * a documented default was used, and someone should look at it.
 *
 * <p>Issues hold values from the file, which are personal data: report them to the agency that sent the file, do
 * not log them wholesale. A NIK is masked to its region code in {@link #value()} for that reason; the row number
 * and NIP find the row.
 *
 * @param rowNumber the data row ({@link SiasnRow#rowNumber()})
 * @param column    the normalised header of the column at fault, or {@code null} for the row as a whole (a
 *                  structural problem)
 * @param value     the offending value as the file has it ("" when it is empty), or {@code null} for the row
 * @param reason    what is wrong, in English
 * @param severity  whether the row is refused
 */
public record RowIssue(long rowNumber, String column, String value, String reason, Severity severity) {

    /** Whether an issue refuses the row. */
    public enum Severity {
        /** The row is refused. */
        ERROR,
        /** The row is imported; the issue is reported with it. */
        WARNING
    }

    /** Reason and severity are required. */
    public RowIssue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
    }

    static RowIssue error(long rowNumber, String column, String value, String reason) {
        return new RowIssue(rowNumber, column, value, reason, Severity.ERROR);
    }

    static RowIssue warning(long rowNumber, String column, String value, String reason) {
        return new RowIssue(rowNumber, column, value, reason, Severity.WARNING);
    }

    /** @return whether this issue refuses the row */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
