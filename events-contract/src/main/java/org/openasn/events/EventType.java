package org.openasn.events;

/**
 * A published event type: its versioned name (such as {@code asn.personnel.unit-registered.v1}), the record
 * its data maps to, the topic it travels on, and the JSON Schema of its data ({@code /schemas/<schema>.json}
 * on the class path). Several types may share one data shape and schema: every employee mutation carries
 * an {@link org.openasn.events.personnel.EmployeeChange}.
 */
public record EventType<T>(String name, Class<T> dataClass, String topic, String schema) {

    /** A type whose schema file is named after the type. */
    public static <T> EventType<T> of(String name, Class<T> dataClass, String topic) {
        return new EventType<>(name, dataClass, topic, name);
    }

    public String schemaResource() {
        return "/schemas/" + schema + ".json";
    }
}
