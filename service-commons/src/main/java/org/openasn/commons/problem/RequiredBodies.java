package org.openasn.commons.problem;

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
 * A request without a body to a method that reads one as JSON is told that the body is required, and what it should
 * be; the method would get {@code null}, and Bean Validation would answer with the name of its parameter ("details must
 * not be null").
 */
public class RequiredBodies {

    /** The JSON body each resource method reads, described ("an object (AgencyDetails)"), or empty; found once per method. */
    private static final Map<Method, Optional<String>> BODIES = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireBody(ResourceInfo resource, HttpHeaders headers) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Optional<String> body = BODIES.computeIfAbsent(method, RequiredBodies::jsonBody);
        if (body.isPresent() && headers.getLength() <= 0 && headers.getHeaderString("Transfer-Encoding") == null) {
            throw new ProblemException(400, "malformed-request", "Malformed request body",
                    "The request body is required: " + body.get() + ".", List.of());
        }
    }

    private static Optional<String> jsonBody(Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        if (consumes == null || Arrays.stream(consumes.value()).noneMatch(type -> type.startsWith(MediaType.APPLICATION_JSON))) {
            return Optional.empty();
        }
        return Arrays.stream(method.getParameters()).filter(RequiredBodies::isBody).findFirst().map(RequiredBodies::describe);
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
