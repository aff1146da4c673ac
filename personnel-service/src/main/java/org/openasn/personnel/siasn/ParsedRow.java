package org.openasn.personnel.siasn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What {@link SiasnRowParser} made of one row: an employee (perhaps with warnings), or the reasons it was refused. */
public sealed interface ParsedRow permits ParsedRow.Accepted, ParsedRow.Rejected {

    /** @return the data row ({@link SiasnRow#rowNumber()}) */
    long rowNumber();

    /** @return every issue found, errors and warnings, in column order of discovery */
    List<RowIssue> issues();

    /** @return the employee, when the row was accepted */
    Optional<ImportedEmployee> employee();

    /** @return whether the row yields an employee */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The row yields an employee.
     *
     * @param warnings issues that do not refuse the row; all of severity WARNING
     */
    record Accepted(long rowNumber, ImportedEmployee value, List<RowIssue> warnings) implements ParsedRow {

        public Accepted {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
            if (warnings.stream().anyMatch(RowIssue::isError)) {
                throw new IllegalArgumentException("an accepted row cannot have errors");
            }
        }

        @Override
        public List<RowIssue> issues() {
            return warnings;
        }

        @Override
        public Optional<ImportedEmployee> employee() {
            return Optional.of(value);
        }
    }

    /**
     * The row is refused.
     *
     * @param issues every issue found; at least one is an ERROR
     */
    record Rejected(long rowNumber, List<RowIssue> issues) implements ParsedRow {

        public Rejected {
            issues = List.copyOf(issues);
            if (issues.stream().noneMatch(RowIssue::isError)) {
                throw new IllegalArgumentException("a rejected row needs at least one error");
            }
        }

        @Override
        public Optional<ImportedEmployee> employee() {
            return Optional.empty();
        }

        /** @return the errors alone */
        public List<RowIssue> errors() {
            return issues.stream().filter(RowIssue::isError).toList();
        }
    }
}
