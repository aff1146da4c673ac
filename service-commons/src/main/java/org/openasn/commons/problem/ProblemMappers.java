package org.openasn.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every exception into an RFC 9457 problem+json response. Nothing internal (class names, stack traces,
 * SQL) reaches the client: unexpected errors get a reference that is logged with the stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        Optional<ProblemException> nullBody = e.getConstraintViolations().stream().map(v -> RequiredBodies.nullBody(resource, v))
                .flatMap(Optional::stream).findFirst();
        if (nullBody.isPresent()) {
            return problem(nullBody.get(), uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation-failed"), "Invalid input", 400, detail, path(uri), violations));
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        String original = String.valueOf(e.getOriginalMessage());
        Matcher shape = WRONG_SHAPE.matcher(original);
        boolean wrongShape = e instanceof MismatchedInputException mismatch && !(e instanceof InvalidFormatException)
                && mismatch.getTargetType() != null && shape.find();
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "is not a known field; the fields there are " + unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType() != String.class) {
            message = "'" + invalid.getValue() + "' is not " + RequestParameters.describe(invalid.getTargetType());
        } else if (wrongShape) {
            message = "expected " + jsonShape(((MismatchedInputException) e).getTargetType()) + ", got " + shape.group(1).toLowerCase();
        } else {
            message = original.replaceAll(" \\(class [^)]*\\)", "").replaceAll("`[a-z]+\\.[\\w.$]+`", "value");
        }
        if (message.length() > 300) {
            message = message.substring(0, 300);
        }
        List<Problem.Violation> violations = field.isEmpty() ? List.of() : List.of(new Problem.Violation(field, message));
        String body = wrongShape ? "The body has the wrong shape: " : "The body is not valid JSON: ";
        return respond(new Problem(Problem.type("malformed-request"), "Malformed request body", 400,
                field.isEmpty() ? body + message : field + ": " + message, path(uri), violations));
    }

    /** Jackson's "Cannot deserialize value of type `X` from Array value": valid JSON of the wrong kind. */
    private static final Pattern WRONG_SHAPE = Pattern.compile("^Cannot deserialize value of type .* from (Array|Object|String|Integer|"
            + "Floating-point|Boolean|Null) value");

    static String jsonShape(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == UUID.class || Temporal.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(Exception e, UriInfo uri) {
        Problem problem = new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "A valid bearer token is required (Authorization: Bearer <JWT>).", path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation.", path(uri), List.of()));
    }

    /**
     * JAX-RS's own errors. Two of them hide a precise answer: a body that is not JSON at all (Jackson's parse error,
     * wrapped in a 400), and a query or path parameter that does not convert to its type (a 404 that says nothing):
     * the first is explained like any malformed body; the second names the parameter, a 400 for a query parameter, a
     * 404 for a path parameter (a malformed id names nothing).
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            Optional<RequestParameters.Unconvertible> parameter = RequestParameters.unconvertible(resource, uri);
            if (parameter.isPresent()) {
                RequestParameters.Unconvertible p = parameter.get();
                return respond(p.inPath()
                        ? new NotFoundProblem(p.name() + ": " + p.message() + ", so it names nothing here.").toProblem(path(uri))
                        : InvalidInput.of(p.name(), p.message()).toProblem(path(uri)));
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug(title)), title, status, detail, path(uri), List.of()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW) || name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s, at %s", reference, path(uri));
        return respond(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "An unexpected error occurred. Quote reference " + reference + " when reporting it.", path(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code register.request.units[2].name} becomes {@code units[2].name}: the method and parameter are noise to a client. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name += "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name += "[" + node.getKey() + "]";
            }
            parts.add(name);
        }
        // a body parameter's own name is noise; a query or path parameter is the field itself
        return parts.isEmpty() ? String.valueOf(parameter) : String.join(".", parts).replace(".[", "[");
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
