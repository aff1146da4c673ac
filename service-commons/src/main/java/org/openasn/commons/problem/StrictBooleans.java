package org.openasn.commons.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Boolean parameters are {@code true} or {@code false} (any case); JAX-RS's {@code Boolean.valueOf} would read
 * {@code inService=yes} as {@code false} and answer a silently wrong list.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null || !isBoolean(value)) {
                throw new IllegalArgumentException("'" + value + "' is not true or false");
            }
            return Boolean.valueOf(value);
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    };

    static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
