package org.openasn.events;

/** Kafka topics: one per publishing service, keyed by subject; each consumer's dead letters on its own topic. */
public final class Topics {

    /** Every personnel mutation, unit and formasi change. Owned by personnel-service. */
    public static final String PERSONNEL = "personnel.events";
    /** Retirement decisions such as RetirementDue, and the BUP rules. Owned by retirement-service. */
    public static final String RETIREMENT = "retirement.events";

    private Topics() {
    }

    /** The dead-letter topic of one consumer (a service's consumer group). */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlt";
    }
}
