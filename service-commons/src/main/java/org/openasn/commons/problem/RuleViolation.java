package org.openasn.commons.problem;

import java.util.List;

/**
 * 422: well-formed input that a domain rule refuses (promote a retired employee, a TMT before the TMT
 * CPNS). {@code slug} names the rule, so clients can tell refusals apart.
 */
public class RuleViolation extends ProblemException {

    public RuleViolation(String slug, String detail) {
        this(slug, detail, List.of());
    }

    public RuleViolation(String slug, String detail, List<Problem.Violation> violations) {
        super(422, slug, "Refused by a rule", detail, violations);
    }
}
