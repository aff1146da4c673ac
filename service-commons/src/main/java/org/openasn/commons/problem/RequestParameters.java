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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Query and path parameters as the client sent them. Text with the NUL character is refused before it reaches
 * PostgreSQL, which cannot store it; a parameter that takes one value and is given several is refused, where JAX-RS
 * would take the first; a value that does not convert to its parameter's type is named, where JAX-RS would only answer
 * a bare 404.
 */
public class RequestParameters {

    /** The single-valued query parameters of each resource method, found once per method. */
    private static final Map<Method, List<String>> SINGLE_VALUED = new ConcurrentHashMap<>();

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

    /**
     * Refuses a query parameter given more than once when its resource method declares it with one value (not a
     * {@code List}, {@code Set} or array): {@code ?size=5&size=50} would otherwise be answered for {@code size=5}.
     */
    @ServerRequestFilter
    public void refuseRepeated(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (query.isEmpty()) {
            return;
        }
        List<Problem.Violation> violations = null;
        for (String name : SINGLE_VALUED.computeIfAbsent(method, RequestParameters::singleValued)) {
            List<String> values = query.get(name);
            if (values != null && values.size() > 1) {
                violations = violations == null ? new ArrayList<>() : violations;
                violations.add(new Problem.Violation(name, repeated(values.size())));
            }
        }
        if (violations != null) {
            throw new InvalidInput(violations.stream().map(v -> "parameter " + v.field() + " " + v.message()).collect(Collectors.joining("; ")),
                    violations);
        }
    }

    /** What is wrong with a parameter that takes one value and is given {@code times} times. */
    public static String repeated(int times) {
        return "is given " + times + " times; it takes one value";
    }

    private static List<String> singleValued(Method method) {
        List<String> names = new ArrayList<>();
        for (AnnotatedElement target : targets(method)) {
            QueryParam query = target.getAnnotation(QueryParam.class);
            Class<?> type = type(target);
            if (query != null && !type.isArray() && !Collection.class.isAssignableFrom(type)) {
                names.add(query.value());
            }
        }
        return List.copyOf(names);
    }

    private static void nulIn(MultivaluedMap<String, String> parameters, List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                violations.add(new Problem.Violation(parameter.getKey().replace('\0', '?'), NUL_REFUSED));
            }
        }
    }

    /**
     * The first query or path parameter of the matched resource method (or of its {@code @BeanParam}s) whose value does
     * not convert to the parameter's type, the way JAX-RS converts it ({@code valueOf}, {@code fromString} or
     * {@code parse}; booleans strictly, see {@link StrictBooleans}; dates and months of four-digit years, see
     * {@link FourDigitYearDates}); empty when every value converts or no method matched.
     */
    static Optional<Unconvertible> unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return Optional.empty();
        }
        for (AnnotatedElement target : targets(method)) {
            QueryParam query = target.getAnnotation(QueryParam.class);
            PathParam path = target.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            if (name == null) {
                continue;
            }
            Class<?> type = type(target);
            String value = (query != null ? uri.getQueryParameters() : uri.getPathParameters()).getFirst(name);
            if (value != null && !value.isEmpty() && !converts(type, value)) {
                return Optional.of(new Unconvertible(name, path != null, "'" + value + "' is not " + describe(type)));
            }
        }
        return Optional.empty();
    }

    /** The method's parameters, and the fields of its {@code @BeanParam}s in their place. */
    private static List<AnnotatedElement> targets(Method method) {
        List<AnnotatedElement> targets = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                targets.addAll(Arrays.asList(parameter.getType().getDeclaredFields()));
            } else {
                targets.add(parameter);
            }
        }
        return targets;
    }

    private static Class<?> type(AnnotatedElement target) {
        return target instanceof Parameter parameter ? parameter.getType() : ((Field) target).getType();
    }

    private static boolean converts(Class<?> declared, String value) {
        Class<?> type = declared.isPrimitive() ? MethodType.methodType(declared).wrap().returnType() : declared;
        if (type == String.class) {
            return true;
        }
        if (type == Boolean.class) {
            return StrictBooleans.isBoolean(value);
        }
        if (type == LocalDate.class || type == YearMonth.class) {
            return FourDigitYearDates.converts(type, value);
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
