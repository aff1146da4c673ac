package org.openasn.events;

/**
 * A published event type: its versioned name (such as {@code asn.personnel.unit-registered.v1}), the record
 * its data maps to, and the topic it travels on. The JSON Schema of its data is
 * {@code /schemas/<name>.json} on the class path.
 */
public record EventType<T>(String name, Class<T> dataClass, String topic) {

    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }
}
