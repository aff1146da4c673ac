package org.openasn.infra.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loopback ports of one stack. The defaults are the ports the services declare themselves (8081-8083)
 * and PostgreSQL/Kafka ports that do not clash with a system installation; {@link #from(int)} packs all six
 * into {@code base .. base+5} so that two stacks (or a test) can run side by side.
 */
public record StackPorts(int personnel, int retirement, int reporting, int postgres, int kafka, int controller) {

    public StackPorts {
        for (int port : new int[]{personnel, retirement, reporting, postgres, kafka, controller}) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
    }

    public static StackPorts defaults() {
        return new StackPorts(8081, 8082, 8083, 15432, 19092, 19093);
    }

    /** Services on {@code base}, {@code base+1}, {@code base+2}; PostgreSQL, Kafka and its controller on the next three. */
    public static StackPorts from(int base) {
        if (base < 1024 || base > 65535 - 5) {
            throw new IllegalArgumentException("--ports-from must be between 1024 and " + (65535 - 5) + ", was " + base);
        }
        return new StackPorts(base, base + 1, base + 2, base + 3, base + 4, base + 5);
    }

    public int of(StackService service) {
        return switch (service) {
            case PERSONNEL -> personnel;
            case RETIREMENT -> retirement;
            case REPORTING -> reporting;
        };
    }

    /** Every port with what uses it, in start order. */
    public Map<Integer, String> byUser() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(postgres, "PostgreSQL");
        ports.put(kafka, "Kafka");
        ports.put(controller, "Kafka controller");
        for (StackService service : StackService.values()) {
            ports.put(of(service), service.serviceName());
        }
        return ports;
    }
}
