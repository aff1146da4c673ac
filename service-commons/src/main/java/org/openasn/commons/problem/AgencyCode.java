package org.openasn.commons.problem;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An agency (instansi) code of the form the register takes ({@code PUT /agencies/{instansi}}): 1 to 20 letters and
 * digits; {@code null} (absent) passes. retirement-service and reporting-service know agencies only from events, so
 * their agency filters are checked for this form only (decision 8); without it {@code instansi=' OR 1=1--} or a code
 * with stray punctuation was answered as an agency without employees.
 */
@Pattern(regexp = "[A-Za-z0-9]{1,20}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, ANNOTATION_TYPE})
public @interface AgencyCode {

    String message() default "must be an agency code (instansi) of 1 to 20 letters and digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
