package org.openasn.commons.problem;

import java.util.List;

/** 400: input that fails validation, with every offending field. */
public class InvalidInput extends ProblemException {

    public InvalidInput(String detail, List<Problem.Violation> violations) {
        super(400, "validation-failed", "Invalid input", detail, violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(field + ": " + message, List.of(new Problem.Violation(field, message)));
    }
}
