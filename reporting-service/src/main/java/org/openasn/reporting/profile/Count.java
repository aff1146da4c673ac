package org.openasn.reporting.profile;

import java.util.Map;

/**
 * A count from the read model with the values it was grouped by, keyed by dimension name ({@code kind}, {@code ruang},
 * {@code jenisJabatan}, ...; movements also {@code movement} and {@code reason}). A missing value is absent or
 * {@value #UNKNOWN}.
 */
public record Count(Map<String, String> key, long count) {

    /** How the headcount query writes a value that was not recorded. */
    public static final String UNKNOWN = "(unknown)";

    /** The value of one dimension, {@code null} when not recorded. */
    public String value(String dimension) {
        String value = key.get(dimension);
        return value == null || UNKNOWN.equals(value) ? null : value;
    }
}
