package org.openasn.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type       stable identifier of the kind of problem; clients switch on it
 * @param title      short summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong in this occurrence, for a human
 * @param violations the fields that failed validation, when there are any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://openasn.org/problems/";

    /** One invalid input: {@code field} is a JSON path such as {@code birthDate} or {@code rows[3].nip}. */
    public record Violation(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
