package org.openasn.infra.stack;

/** The three services of the stack, each with the PostgreSQL database it owns. */
public enum StackService {
    PERSONNEL("personnel-service", "personnel"),
    RETIREMENT("retirement-service", "retirement"),
    REPORTING("reporting-service", "reporting");

    private final String serviceName;
    private final String database;

    StackService(String serviceName, String database) {
        this.serviceName = serviceName;
        this.database = database;
    }

    /** The Maven module and application name, such as {@code personnel-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** The database it owns (one of {@code LocalInfra.DATABASES}). */
    public String database() {
        return database;
    }
}
