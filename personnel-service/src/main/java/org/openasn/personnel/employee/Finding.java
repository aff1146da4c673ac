package org.openasn.personnel.employee;

/**
 * A rule's verdict on a mutation: an {@link Severity#ERROR} refuses it, a {@link Severity#WARNING} is recorded
 * with it.
 *
 * @param code  stable name of the rule, such as {@code employee-separated}
 * @param field the input the finding is about, such as {@code tmt}
 */
public record Finding(Severity severity, String code, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String code, String field, String message) {
        return new Finding(Severity.ERROR, code, field, message);
    }

    public static Finding warning(String code, String field, String message) {
        return new Finding(Severity.WARNING, code, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
