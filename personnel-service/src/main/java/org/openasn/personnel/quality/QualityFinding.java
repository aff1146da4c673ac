package org.openasn.personnel.quality;

import java.util.List;
import java.util.Objects;

/**
 * An indicator an employee's record fails, and what is wrong with it.
 *
 * @param message what is wrong, in English, naming the values involved
 */
public record QualityFinding(QualityCheck check, String message) {

    public QualityFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /** Runs every checked indicator on one record: the failed ones, in the order of {@link QualityCheck}. */
    public static List<QualityFinding> evaluate(Subject subject) {
        return Scorecard.checkedIndicators().stream()
                .flatMap(check -> check.failure(subject).map(message -> new QualityFinding(check, message)).stream())
                .toList();
    }
}
