package org.openasn.infra.stack;

import java.nio.file.Path;

/**
 * What {@code ./stack up} was asked to do.
 *
 * @param dataDir absolute data directory: PostgreSQL and Kafka data, signing keys, logs
 * @param reset   delete the data directory before starting
 * @param demo    load demo data once the stack is up
 * @param ports   where everything listens on 127.0.0.1
 */
public record StackOptions(Path dataDir, boolean reset, boolean demo, StackPorts ports) {

    public StackOptions {
        if (!dataDir.isAbsolute()) {
            throw new IllegalArgumentException("data directory must be absolute: " + dataDir);
        }
    }
}
