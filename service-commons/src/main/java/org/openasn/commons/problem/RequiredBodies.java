package org.openasn.commons.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request without a body to a method that reads one as JSON, or with the JSON literal {@code null} as its body, is
 * told that the body is required, and what it should be; the method would get {@code null}, and Bean Validation would
 * answer with the name of its parameter ("details must not be null").
 */
public class RequiredBodies {

    /** The JSON body a resource method reads: its type, and what it should be ("a JSON object (AgencyDetails)"). */
    private record Body(Class<?> type, String description) {
        ProblemException required(String after) {
            return new ProblemException(400, "malformed-request", "Malformed request body",
                    "The request body is required: " + description + after + ".", List.of());
        }
    }

    /** The JSON body each resource method reads, or empty; found once per method. */
    private static final Map<Method, Optional<Body>> BODIES = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireBody(ResourceInfo resource, HttpHeaders headers) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Optional<Body> body = BODIES.computeIfAbsent(method, RequiredBodies::jsonBody);
        if (body.isPresent() && headers.getLength() <= 0 && headers.getHeaderString("Transfer-Encoding") == null) {
            throw body.get().required("");
        }
    }

    /**
     * The problem to answer when Bean Validation found the body itself {@code null} (it was the JSON literal
     * {@code null}), or empty when {@code violation} is about anything else. The violation may come from the resource
     * method or from a service it passed the body to: it is the body's when the parameter found {@code null} is of the
     * body's type.
     */
    static Optional<ProblemException> nullBody(ResourceInfo resource, ConstraintViolation<?> violation) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || violation.getInvalidValue() != null) {
            return Optional.empty();
        }
        Class<?> type = null;
        List<Class<?>> parameterTypes = List.of();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                parameterTypes = node.as(Path.MethodNode.class).getParameterTypes();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                type = index < parameterTypes.size() ? parameterTypes.get(index) : null;
            } else {
                return Optional.empty(); // a field inside the body, or a parameter's element
            }
        }
        Class<?> nullType = type;
        return BODIES.computeIfAbsent(method, RequiredBodies::jsonBody).filter(body -> body.type().equals(nullType))
                .map(body -> body.required(", not null"));
    }

    private static Optional<Body> jsonBody(Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        if (consumes == null || Arrays.stream(consumes.value()).noneMatch(type -> type.startsWith(MediaType.APPLICATION_JSON))) {
            return Optional.empty();
        }
        return Arrays.stream(method.getParameters()).filter(RequiredBodies::isBody).findFirst()
                .map(parameter -> new Body(parameter.getType(), describe(parameter)));
    }

    /** The entity parameter: neither annotated by JAX-RS (path, query, header, context ...) nor a type JAX-RS injects. */
    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getPackageName();
            if (name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        String type = parameter.getType().getPackageName();
        return !(type.startsWith("jakarta.ws.rs") || type.startsWith("io.vertx") || type.startsWith("org.jboss.resteasy.reactive"));
    }

    private static String describe(Parameter parameter) {
        Class<?> type = parameter.getType();
        String shape = ProblemMappers.jsonShape(type);
        Schema schema = type.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
        return shape.equals("an object") ? "a JSON object (" + name + ")" : shape;
    }
}
