package org.openasn.commons.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Query and path parameters as the client sent them. Text with the NUL character is refused before it reaches
 * PostgreSQL, which cannot store it; a value that does not convert to its parameter's type is named, where JAX-RS
 * would only answer a bare 404.
 */
public class RequestParameters {

    /** The message for text that contains U+0000, in a parameter or a JSON body. */
    public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    /** One parameter whose value is not of its declared type; {@code inPath} tells a path parameter from a query one. */
    public record Unconvertible(String name, boolean inPath, String message) {
    }

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        nulIn(uri.getPathParameters(), violations);
        nulIn(uri.getQueryParameters(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    violations);
        }
    }

    private static void nulIn(MultivaluedMap<String, String> parameters, List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                violations.add(new Problem.Violation(parameter.getKey().replace('\0', '?'), NUL_REFUSED));
            }
        }
    }

    /**
     * The first query or path parameter of the matched resource method (or of its {@code @BeanParam}s) whose value does not convert to the parameter's
     * type, the way JAX-RS converts it ({@code valueOf}, {@code fromString} or {@code parse}; booleans strictly, see
     * {@link StrictBooleans}); empty when every value converts or no method matched.
     */
    static Optional<Unconvertible> unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return Optional.empty();
        }
        List<AnnotatedElement> targets = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                targets.addAll(Arrays.asList(parameter.getType().getDeclaredFields()));
            } else {
                targets.add(parameter);
            }
        }
        for (AnnotatedElement target : targets) {
            QueryParam query = target.getAnnotation(QueryParam.class);
            PathParam path = target.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            if (name == null) {
                continue;
            }
            Class<?> type = target instanceof Parameter parameter ? parameter.getType() : ((Field) target).getType();
            String value = (query != null ? uri.getQueryParameters() : uri.getPathParameters()).getFirst(name);
            if (value != null && !value.isEmpty() && !converts(type, value)) {
                return Optional.of(new Unconvertible(name, path != null, "'" + value + "' is not " + describe(type)));
            }
        }
        return Optional.empty();
    }

    private static boolean converts(Class<?> declared, String value) {
        Class<?> type = declared.isPrimitive() ? MethodType.methodType(declared).wrap().returnType() : declared;
        if (type == String.class) {
            return true;
        }
        if (type == Boolean.class) {
            return StrictBooleans.isBoolean(value);
        }
        Method factory = factory(type);
        if (factory == null) {
            return true; // converted some other way: this check cannot tell
        }
        try {
            factory.invoke(null, value);
            return true;
        } catch (InvocationTargetException e) {
            return false;
        } catch (IllegalAccessException e) {
            return true;
        }
    }

    private static Method factory(Class<?> type) {
        for (String name : new String[] {"valueOf", "fromString", "parse"}) {
            for (Class<?> argument : new Class<?>[] {String.class, CharSequence.class}) {
                try {
                    Method method = type.getMethod(name, argument);
                    if (Modifier.isStatic(method.getModifiers())) {
                        return method;
                    }
                } catch (NoSuchMethodException e) {
                    // try the next
                }
            }
        }
        return null;
    }

    /** What a value of {@code type} looks like, for a message such as "'abc' is not a whole number". */
    static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            Number max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            return "a whole number (at most " + max + ")";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (type == YearMonth.class) {
            return "a month yyyy-MM";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class && type != char.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a valid " + type.getSimpleName();
    }
}
