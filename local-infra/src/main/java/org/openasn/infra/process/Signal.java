package org.openasn.infra.process;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** POSIX signals the launcher sends to its children (the JDK only offers TERM and KILL). */
public enum Signal {
    /** PostgreSQL: fast shutdown. Quarkus and Kafka: orderly shutdown, as on Ctrl-C. */
    INT,
    /** Orderly shutdown (PostgreSQL: smart shutdown, which waits for clients). */
    TERM,
    KILL;

    static void send(long pid, Signal signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal.name(), Long.toString(pid))
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
