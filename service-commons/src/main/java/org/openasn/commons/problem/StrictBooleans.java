package org.openasn.commons.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Boolean parameters are {@code true} or {@code false} (any case), or {@code 1} or {@code 0}; JAX-RS's
 * {@code Boolean.valueOf} would read {@code inService=yes} as {@code false} and answer a silently wrong list.
 * ({@code 0} must be accepted anyway: RESTEasy Reactive gives an absent primitive parameter the default "0".)
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    private static final ParamConverter<Boolean> BOXED = strict(null);
    private static final ParamConverter<Boolean> PRIMITIVE = strict(false);

    /** @param empty what an empty value ({@code inService=}) means: absent */
    private static ParamConverter<Boolean> strict(Boolean empty) {
        return new ParamConverter<>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return empty;
                }
                if (!isBoolean(value)) {
                    throw new IllegalArgumentException("'" + value + "' is not true or false");
                }
                return value.equals("1") || value.equalsIgnoreCase("true");
            }

            @Override
            public String toString(Boolean value) {
                return value.toString();
            }
        };
    }

    static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") || value.equals("1") || value.equals("0");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class ? (ParamConverter<T>) BOXED : rawType == boolean.class ? (ParamConverter<T>) PRIMITIVE : null;
    }
}
